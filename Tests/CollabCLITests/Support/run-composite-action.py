#!/usr/bin/env python3
"""Runs the steps of a composite GitHub Action as the runner does, for the tests.

Each step's `run` goes to `bash --noprofile --norc -eo pipefail FILE` (GitHub's bash shell)
in the current folder, with the step's `env:` after putting in ${{ inputs.NAME }},
${{ github.action_path }} and ${{ steps.ID.outputs.NAME }}; GITHUB_OUTPUT, GITHUB_PATH and
GITHUB_STEP_SUMMARY work as on a runner. A step's `if:` may be written only with what this
file knows (success(), always(), !cancelled(), steps.ID.outcome == '…', joined by &&);
anything else is an error, so the action cannot grow what the tests do not run.

usage: run-composite-action.py ACTION.yml [INPUT=VALUE]…
GITHUB_WORKSPACE, GITHUB_BASE_REF, GITHUB_STEP_SUMMARY and RUNNER_TEMP come from the
environment. Prints `step: NAME: success|failure|skipped` to stderr for each step; exits 1
when a step failed, 2 when the action cannot be run here.
"""
import os
import re
import subprocess
import sys
import tempfile

import yaml

EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def fail(message):
    print(f"run-composite-action: {message}", file=sys.stderr)
    sys.exit(2)


def main():
    path = sys.argv[1]
    with open(path, encoding="utf-8") as file:
        action = yaml.safe_load(file)
    if action["runs"]["using"] != "composite":
        fail("not a composite action")
    inputs = {name: str(spec.get("default", "")) for name, spec in action.get("inputs", {}).items()}
    for argument in sys.argv[2:]:
        name, _, value = argument.partition("=")
        if name not in inputs:
            fail(f"the action has no input {name!r}")
        inputs[name] = value

    temporary = tempfile.mkdtemp()
    environment = dict(os.environ)
    steps = {}
    failed = False

    def value(expression):
        if expression.startswith("inputs."):
            return inputs[expression[len("inputs."):]]
        if expression == "github.action_path":
            return os.path.dirname(os.path.abspath(path))
        match = re.fullmatch(r"steps\.([\w-]+)\.outputs\.([\w-]+)", expression)
        if match:
            return steps.get(match[1], {}).get("outputs", {}).get(match[2], "")
        fail(f"unknown expression {expression!r}")

    def condition(text):
        inner = EXPRESSION.fullmatch(text.strip())
        text = inner[1] if inner else text
        result = True
        for term in (part.strip() for part in text.split("&&")):
            if term in ("always()", "!cancelled()"):
                continue
            if term == "success()":
                result = result and not failed
                continue
            match = re.fullmatch(r"steps\.([\w-]+)\.outcome\s*==\s*'(\w+)'", term)
            if not match:
                fail(f"unknown condition {term!r}")
            result = result and steps.get(match[1], {}).get("outcome") == match[2]
        return result

    for index, step in enumerate(action["runs"]["steps"]):
        name = step.get("name", f"step {index + 1}")
        if set(step) - {"name", "id", "if", "shell", "env", "run"}:
            fail(f"{name}: only run steps can be run here")
        if EXPRESSION.search(step["run"]):
            fail(f"{name}: an expression in run; pass it through env (as GitHub advises against injection)")
        if step.get("shell") != "bash":
            fail(f"{name}: shell must be bash")
        condition_text = step.get("if", "success()")
        if not condition(str(condition_text)):
            print(f"step: {name}: skipped", file=sys.stderr)
            steps[step.get("id", str(index))] = {"outcome": "skipped", "outputs": {}}
            continue
        output_file = os.path.join(temporary, f"output-{index}")
        path_file = os.path.join(temporary, f"path-{index}")
        script = os.path.join(temporary, f"step-{index}.sh")
        for file_name in (output_file, path_file):
            open(file_name, "w").close()
        with open(script, "w", encoding="utf-8") as file:
            file.write(step["run"])
        step_environment = dict(environment, GITHUB_OUTPUT=output_file, GITHUB_PATH=path_file)
        for key, text in (step.get("env") or {}).items():
            if EXPRESSION.search(str(text)) and not EXPRESSION.fullmatch(str(text)):
                fail(f"{name}: env {key} mixes text and an expression")
            step_environment[key] = EXPRESSION.sub(lambda match: value(match[1]), str(text))
        status = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", script], env=step_environment).returncode
        outputs = {}
        with open(output_file, encoding="utf-8") as file:
            for line in file.read().splitlines():
                key, _, text = line.partition("=")
                outputs[key] = text
        with open(path_file, encoding="utf-8") as file:
            for folder in file.read().splitlines():
                environment["PATH"] = folder + os.pathsep + environment["PATH"]
        outcome = "success" if status == 0 else "failure"
        failed = failed or status != 0
        steps[step.get("id", str(index))] = {"outcome": outcome, "outputs": outputs}
        print(f"step: {name}: {outcome}", file=sys.stderr)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
