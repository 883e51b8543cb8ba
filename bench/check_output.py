#!/usr/bin/env python3
"""Compares an extractor's output (a JSON array of {"source", "values"} records) with a corpus's
expected.json, page by page and in order. Prints "RIGHT TOTAL"; exit 0 when all are right.

usage: check_output.py EXPECTED_JSON OUTPUT_JSON
"""
import json
import math
import sys


def right(want, got):
    if got is None or not got.get("source", "").endswith(want["source"]):
        return False
    if want["values"] is None:
        return got.get("values") is None and bool(got.get("error"))
    values = got.get("values")
    if not isinstance(values, dict) or list(values) != list(want["values"]) or got.get("error"):
        return False
    return all(math.isclose(values[k], v, rel_tol=1e-9, abs_tol=0.0) for k, v in want["values"].items())


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        expected = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        actual = json.load(f)
    n_right = sum(1 for k, want in enumerate(expected) if right(want, actual[k] if k < len(actual) else None))
    print(n_right, len(expected))
    sys.exit(0 if n_right == len(expected) and len(actual) == len(expected) else 1)


if __name__ == "__main__":
    main()
