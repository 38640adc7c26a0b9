#!/usr/bin/env python3
"""Independent witnesses for collab's machine-readable outputs (used by the CLI tests).

  validate.py sarif FILE            FILE against the SARIF 2.1.0 JSON schema (OASIS's
                                    sarif-schema-2.1.0.json, copied from the PyPI package
                                    `schemastore` 0.2.3, which caches schemastore.org)
  validate.py junit FILE            FILE parsed by Python's XML parser; prints, as JSON, each
                                    suite's cases and the failures' texts; checks the counts
  validate.py html FILE             FILE parsed as XML (well-formed) and by Python's HTML
                                    parser; fails on any script, external reference or
                                    unclosed element; prints, as JSON, counts of what it holds
  validate.py schema SCHEMA YAML…   each YAML file (read as an editor's YAML 1.2 server would:
                                    no timestamps) against a JSON Schema (draft 2020-12)

Exit status 0 when valid; otherwise the errors on stderr and status 1.
"""
import json
import os
import sys
import re
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser

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


class PageCounter(HTMLParser):
    VOID = {"meta", "br", "img", "hr", "input", "link", "rect", "line", "path", "marker"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.counts, self.stack, self.problems = {}, [], []

    def handle_starttag(self, tag, attrs):
        self.counts[tag] = self.counts.get(tag, 0) + 1
        if tag == "script":
            self.problems.append("a <script> element")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"an event handler attribute {name}")
            if value and re.search(r"(^|\W)(https?:|ftp:|file:|data:|javascript:)|^//", value.strip()):
                self.problems.append(f"an external reference {name}={value}")
        self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.stack.pop()

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else 'nothing'}>")
        else:
            self.stack.pop()


def html(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    ElementTree.fromstring(text.split("\n", 1)[1])  # well-formed XML after the doctype
    page = PageCounter()
    page.feed(text)
    page.close()
    if page.stack:
        page.problems.append(f"unclosed {page.stack}")
    if re.search(r"url\((?!#)", text) or "@import" in text:
        page.problems.append("a stylesheet reference")
    for problem in page.problems:
        print(problem, file=sys.stderr)
    print(json.dumps(page.counts, sort_keys=True))
    return not page.problems


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
    ok = {"sarif": lambda: sarif(arguments[0]), "junit": lambda: junit(arguments[0]), "html": lambda: html(arguments[0]),
          "schema": lambda: schema(arguments[0], arguments[1:])}[kind]()
    sys.exit(0 if ok else 1)
