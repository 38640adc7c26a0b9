#!/usr/bin/env python3
"""Builds a repository whose collaborations live through their stages, for the history-at-scale
benchmark (`collab report --all`, `collab metrics`), with `git fast-import`.

The generated workspace (scripts/generate-workspace.py) starts with every collaboration at
define and every task todo; each later commit moves one collaboration on: define → initiate →
plan → execute, a task todo → doing → done, execute → verify once its tasks are done, and from
verify back to execute (a task reopened) one time in four, else closed. Every 40th change
arrives through a side branch merged with --no-ff, its commit authored by someone else.

usage: generate-flow-history.py WORKSPACE REPO [COMMITS]      (default 20000)
"""
import os
import random
import re
import subprocess
import sys

workspace, repo = sys.argv[1], sys.argv[2]
commits = int(sys.argv[3]) if len(sys.argv) > 3 else 20000
rng = random.Random(20240615)
files = {}
for folder, _, names in os.walk(workspace):
    for name in names:
        path = os.path.join(folder, name)
        files[os.path.relpath(path, workspace)] = open(path, "rb").read()
ids = sorted({path.split("/")[1] for path in files if path.startswith("collaborations/")})

STATUS = re.compile(rb"(\n    status: )(\w+)")
state = {}
for id in ids:
    problem, tasks = f"collaborations/{id}/problem.yaml", f"collaborations/{id}/tasks.yaml"
    files[problem] = re.sub(rb"\nstage: \w+\n", b"\nstage: define\n", files[problem], count=1)
    files[tasks] = STATUS.sub(rb"\1todo", files[tasks])
    state[id] = {"stage": "define", "tasks": ["todo"] * len(STATUS.findall(files[tasks]))}

subprocess.run(["git", "init", "-q", "-b", "main", repo], check=True)
for key, value in [("core.commitGraph", "false"), ("gc.auto", "0"), ("user.name", "bench"), ("user.email", "bench@example.com")]:
    subprocess.run(["git", "-C", repo, "config", key, value], check=True)
importer = subprocess.Popen(["git", "-C", repo, "fast-import", "--quiet"], stdin=subprocess.PIPE)
out = importer.stdin

def write_commit(ref, mark, when, author, message, changes, parent=None, merge=None):
    out.write(f"commit {ref}\nmark :{mark}\n".encode())
    out.write(f"author {author} {when} +0800\ncommitter {author} {when} +0800\n".encode())
    text = message.encode()
    out.write(b"data " + str(len(text)).encode() + b"\n" + text + b"\n")
    if parent:
        out.write(f"from :{parent}\n".encode())
    if merge:
        out.write(f"merge :{merge}\n".encode())
    for path, data in changes:
        out.write(b"M 100644 inline " + path.encode() + b"\ndata " + str(len(data)).encode() + b"\n" + data + b"\n")
    out.write(b"\n")

def set_stage(id, stage):
    path = f"collaborations/{id}/problem.yaml"
    files[path] = re.sub(rb"\nstage: \w+\n", f"\nstage: {stage}\n".encode(), files[path], count=1)
    state[id]["stage"] = stage
    return path

def set_task(id, index, status):
    path = f"collaborations/{id}/tasks.yaml"
    matches = list(STATUS.finditer(files[path]))
    match = matches[index]
    files[path] = files[path][:match.start(2)] + status.encode() + files[path][match.end(2):]
    state[id]["tasks"][index] = status
    return path

def step(id):
    """One move of collaboration `id`: the paths it changes."""
    current = state[id]
    stage, tasks = current["stage"], current["tasks"]
    following = {"define": "initiate", "initiate": "plan", "plan": "execute"}
    if stage in following:
        return [set_stage(id, following[stage])]
    if stage == "execute":
        if "doing" in tasks:
            return [set_task(id, tasks.index("doing"), "done")]
        if "todo" in tasks:
            return [set_task(id, tasks.index("todo"), "doing")]
        return [set_stage(id, "verify")]
    if stage == "verify":
        if rng.random() < 0.25:
            return [set_stage(id, "execute"), set_task(id, rng.randrange(len(tasks)), "doing")]
        return [set_stage(id, "closed")]
    return []

start = 1704067200
write_commit("refs/heads/main", 1, start, "李主管 <li@example.com>", "workspace", sorted(files.items()))
main, mark, number = 1, 1, 1
open_ids = list(ids)
while number < commits and open_ids:
    id = rng.choice(open_ids)
    paths = step(id)
    if state[id]["stage"] == "closed":
        open_ids.remove(id)
    if not paths:
        continue
    changes = [(path, files[path]) for path in sorted(set(paths))]
    when = start + number * 3600
    if number % 40 == 0:
        # Through a side branch: its commit by someone else, then a merge on main.
        mark += 1
        write_commit(f"refs/heads/side", mark, when, "王经理 <wang@example.com>", f"{id}: change {number}", changes, parent=main)
        side = mark
        number += 1
        mark += 1
        write_commit("refs/heads/main", mark, when + 1800, "李主管 <li@example.com>", f"Merge branch 'side' ({id})", [], parent=main, merge=side)
    else:
        mark += 1
        write_commit("refs/heads/main", mark, when, "李主管 <li@example.com>", f"{id}: change {number}", changes, parent=main)
    main = mark
    number += 1
out.close()
if importer.wait() != 0:
    sys.exit("git fast-import failed")
subprocess.run(["git", "-C", repo, "checkout", "-q", "-f", "main"], check=True)
subprocess.run(["git", "-C", repo, "branch", "-q", "-D", "side"], check=False)
