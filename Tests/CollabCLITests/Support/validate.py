#!/usr/bin/env python3
"""Independent witnesses for collab's machine-readable outputs (used by the CLI tests).

  validate.py sarif FILE            FILE against the SARIF 2.1.0 JSON schema (OASIS's
                                    sarif-schema-2.1.0.json, copied from the PyPI package
                                    `schemastore` 0.2.3, which caches schemastore.org)
  validate.py junit FILE            FILE parsed by Python's XML parser; prints, as JSON, each
                                    suite's cases and the failures' texts; checks the counts
  validate.py schema SCHEMA YAML…   each YAML file (read as an editor's YAML 1.2 server would:
                                    no timestamps) against a JSON Schema (draft 2020-12)

Exit status 0 when valid; otherwise the errors on stderr and status 1.
"""
import json
import os
import sys
import xml.etree.ElementTree as ElementTree

import jsonschema
import yaml


def sarif(path):
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "sarif-schema-2.1.0.json"), encoding="utf-8") as handle:
        schema = json.load(handle)
    with open(path, encoding="utf-8") as handle:
        log = json.load(handle)
    errors = list(jsonschema.Draft7Validator(schema).iter_errors(log))
    for error in errors:
        print(f"{list(error.absolute_path)}: {error.message}", file=sys.stderr)
    return not errors


def junit(path):
    root = ElementTree.parse(path).getroot()
    assert root.tag == "testsuites", root.tag
    suites = {}
    total = failures = 0
    for suite in root.findall("testsuite"):
        cases = suite.findall("testcase")
        failed = [case for case in cases if case.find("failure") is not None]
        assert int(suite.get("tests")) == len(cases), suite.get("name")
        assert int(suite.get("failures")) == len(failed), suite.get("name")
        total += len(cases)
        failures += len(failed)
        suites[suite.get("name")] = {
            case.get("name"): {"failure": case.find("failure").text if case.find("failure") is not None else None,
                               "out": case.find("system-out").text if case.find("system-out") is not None else None,
                               "file": case.get("file")}
            for case in cases}
    assert int(root.get("tests")) == total and int(root.get("failures")) == failures
    print(json.dumps(suites, ensure_ascii=False))
    return True


class EditorLoader(yaml.SafeLoader):
    """YAML as the YAML language server reads it: dates stay strings (YAML 1.2 has no timestamps)."""


EditorLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def schema(schema_path, documents):
    with open(schema_path, encoding="utf-8") as handle:
        document = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(document)  # a valid draft 2020-12 schema itself
    validator = jsonschema.Draft202012Validator(document)
    valid = True
    for path in documents:
        with open(path, encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=EditorLoader)
        for error in validator.iter_errors(data if data is not None else {}):
            print(f"{path}: {list(error.absolute_path)}: {error.message}", file=sys.stderr)
            valid = False
    return valid


if __name__ == "__main__":
    kind, arguments = sys.argv[1], sys.argv[2:]
    ok = {"sarif": lambda: sarif(arguments[0]), "junit": lambda: junit(arguments[0]),
          "schema": lambda: schema(arguments[0], arguments[1:])}[kind]()
    sys.exit(0 if ok else 1)
