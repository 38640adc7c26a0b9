#!/usr/bin/env python3
"""Test helper: what PyYAML reads from each file named on the command line.

Prints one JSON line per file: the data with every scalar a string (PyYAML's BaseLoader,
which applies no implicit types), or {"error": "..."} when PyYAML rejects the file.
"""
import json
import sys

import yaml

for name in sys.argv[1:]:
    try:
        with open(name, "rb") as handle:
            data = yaml.load(handle, Loader=yaml.BaseLoader)
        print(json.dumps(data, ensure_ascii=False))
    except yaml.YAMLError as error:
        print(json.dumps({"error": str(error).replace("\n", " ")}))
