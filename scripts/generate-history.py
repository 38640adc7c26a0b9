#!/usr/bin/env python3
"""Builds a git repository for the history benchmark with `git fast-import`: the generated
workspace (scripts/generate-workspace.py) as the first commit, then COMMITS-1 commits that
each change one collaboration's tasks (and, now and then, the stage of collaboration
c00042, the one `collab log` is timed on). Tags `a` (five commits before HEAD) and `b`
(HEAD) mark the range `collab diff a b` is timed on.

usage: generate-history.py WORKSPACE REPO [COMMITS]      (default 20000)
"""
import os
import random
import re
import subprocess
import sys

workspace, repo = sys.argv[1], sys.argv[2]
commits = int(sys.argv[3]) if len(sys.argv) > 3 else 20000
rng = random.Random(20241011)
files = {}
for folder, _, names in os.walk(workspace):
    for name in names:
        path = os.path.join(folder, name)
        files[os.path.relpath(path, workspace)] = open(path, "rb").read()
ids = sorted({path.split("/")[1] for path in files if path.startswith("collaborations/")})
stages = ["define", "initiate", "plan", "execute", "verify", "execute", "verify", "closed"]
target = "collaborations/c00042/problem.yaml"

subprocess.run(["git", "init", "-q", "-b", "main", repo], check=True)
for key, value in [("core.commitGraph", "false"), ("gc.auto", "0"), ("user.name", "bench"), ("user.email", "bench@example.com")]:
    subprocess.run(["git", "-C", repo, "config", key, value], check=True)
importer = subprocess.Popen(["git", "-C", repo, "fast-import", "--quiet"], stdin=subprocess.PIPE)
out = importer.stdin

def blob(path, data):
    out.write(b"M 100644 inline " + path.encode() + b"\ndata " + str(len(data)).encode() + b"\n" + data + b"\n")

def commit(number, message, changes):
    when = 1704067200 + number * 3600
    out.write(b"commit refs/heads/main\n")
    out.write(f"author 李主管 <li@example.com> {when} +0800\ncommitter 李主管 <li@example.com> {when} +0800\n".encode())
    text = message.encode()
    out.write(b"data " + str(len(text)).encode() + b"\n" + text + b"\n")
    for path, data in changes:
        blob(path, data)
    if number == commits - 6:
        out.write(b"reset refs/tags/a\nfrom refs/heads/main\n\n")

commit(0, "workspace", sorted(files.items()))
stage = 0
for number in range(1, commits):
    changes = []
    if number % 400 == 0:
        stage = (stage + 1) % len(stages)
        files[target] = re.sub(rb"\nstage: \w+\n", ("\nstage: %s\n" % stages[stage]).encode(), files[target], count=1)
        changes.append((target, files[target]))
    else:
        path = f"collaborations/{rng.choice(ids)}/tasks.yaml"
        files[path] = re.sub(rb"\d+%", str(rng.randint(10, 99)).encode() + b"%", files[path], count=1)
        changes.append((path, files[path]))
    commit(number, f"change {number}", changes)
out.write(b"reset refs/tags/b\nfrom refs/heads/main\n\n")
out.close()
if importer.wait() != 0:
    sys.exit("git fast-import failed")
subprocess.run(["git", "-C", repo, "checkout", "-q", "-f", "main"], check=True)
