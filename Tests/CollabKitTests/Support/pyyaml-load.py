#!/usr/bin/env python3
"""Test helper: what PyYAML reads from each file named on the command line.

Prints one JSON line per file: the data with every scalar a string, or {"error": "..."}
when PyYAML rejects the file. By default with PyYAML's BaseLoader, which applies no
implicit types; with --safe first, with SafeLoader (YAML 1.1's implicit types: booleans,
numbers, dates, null), each value turned back into its text as Python writes it — so a
plain `no` comes back as "False", `010` as "8" and `~` as "" — and differs from what collab read.
"""
import datetime
import json
import sys

import yaml


def as_text(value):
    if isinstance(value, dict):
        return {as_text(key): as_text(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_text(item) for item in value]
    if value is None:
        return ""  # an empty value, as collab's JSON writes it (null to both, "" in text)
    if isinstance(value, str):
        return value
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return repr(value) if isinstance(value, float) else str(value)


arguments = sys.argv[1:]
safe = bool(arguments) and arguments[0] == "--safe"
loader = yaml.SafeLoader if safe else yaml.BaseLoader
for name in arguments[1:] if safe else arguments:
    try:
        with open(name, "rb") as handle:
            data = yaml.load(handle, Loader=loader)
        # No document at all (a file of comments) stays null, as collab writes it.
        print(json.dumps(None if data is None else as_text(data), ensure_ascii=False))
    except (yaml.YAMLError, ValueError) as error:
        print(json.dumps({"error": str(error).replace("\n", " ")}))
