#!/usr/bin/env python3
"""Compares an extractor's output (a JSON array of {"source", "values"} records) with a corpus's
expected.json, page by page and in order. Prints "RIGHT TOTAL"; exit 0 when all are right.

usage: check_output.py [--nutrients] EXPECTED_JSON OUTPUT_JSON

--nutrients: each page's "nutrients" and "nutrient_units" must be right too, in order.
"""
import json
import math
import sys


NUTRIENTS = False


def same_number(a, b):
    return a is None and b is None or a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=0.0)


def right(want, got):
    if got is None or not got.get("source", "").endswith(want["source"]):
        return False
    if want["values"] is None:
        return got.get("values") is None and bool(got.get("error"))
    values = got.get("values")
    if not isinstance(values, dict) or list(values) != list(want["values"]) or got.get("error"):
        return False
    if not all(math.isclose(values[k], v, rel_tol=1e-9, abs_tol=0.0) for k, v in want["values"].items()):
        return False
    if NUTRIENTS:
        nutrients = got.get("nutrients")
        if not isinstance(nutrients, dict) or list(nutrients) != list(want["nutrients"]):
            return False
        if got.get("nutrient_units") != want["nutrient_units"] or list(got["nutrient_units"]) != list(want["nutrient_units"]):
            return False
        return all(same_number(nutrients[k], v) for k, v in want["nutrients"].items())
    return True


def main():
    global NUTRIENTS
    args = sys.argv[1:]
    NUTRIENTS = args[:1] == ["--nutrients"]
    args = args[1:] if NUTRIENTS else args
    with open(args[0], encoding="utf-8") as f:
        expected = json.load(f)
    with open(args[1], encoding="utf-8") as f:
        actual = json.load(f)
    n_right = sum(1 for k, want in enumerate(expected) if right(want, actual[k] if k < len(actual) else None))
    print(n_right, len(expected))
    sys.exit(0 if n_right == len(expected) and len(actual) == len(expected) else 1)


if __name__ == "__main__":
    main()
