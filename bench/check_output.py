#!/usr/bin/env python3
"""Compares an extractor's output (a JSON array of {"source", "values"} records) with a corpus's
expected.json, page by page and in order, on every field the ground truth holds. Prints "RIGHT TOTAL";
exit 0 when all are right.

usage: check_output.py [--full] [--nutrients] EXPECTED_JSON OUTPUT_JSON

A page with values is right when its values (same names, same order, equal numbers) are the ground truth's
and, with --full, its product and its units too (nutriscan's rows; the notebook's tools report neither and
are checked without --full). A broken page is right when the record has no values and its error says what
the ground truth says: the same text (nutriscan's own corpora), or, for a corpus made by make_corpus.py,
which names the kind of breakage, an error of that kind.
--nutrients: each page's "nutrients" and "nutrient_units" must be right too, in order.
"""
import json
import math
import sys


NUTRIENTS = False
FULL = False

# make_corpus.py names the kind of breakage; an error of that kind says so in these words.
KINDS = {
    "empty": ("empty",),
    "truncated": ("truncated",),
    "no block": ("no div#him_bx", "no block"),
    "not a number": ("not a number",),
}


def same_number(a, b):
    return a is None and b is None or a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=0.0)


def right_error(want, got):
    if got.get("values") is not None:
        return False
    error = got.get("error") or ""
    if want in KINDS:
        return any(words in error for words in KINDS[want])
    return error == want


def right(want, got):
    if got is None or not got.get("source", "").endswith(want["source"]):
        return False
    if want["values"] is None:
        return right_error(want.get("error", ""), got)
    values = got.get("values")
    if not isinstance(values, dict) or list(values) != list(want["values"]) or got.get("error"):
        return False
    if not all(math.isclose(values[k], v, rel_tol=1e-9, abs_tol=0.0) for k, v in want["values"].items()):
        return False
    if FULL:
        if got.get("product") != want.get("product"):
            return False
        if got.get("units") != want.get("units") or list(got["units"]) != list(want["units"]):
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
    global NUTRIENTS, FULL
    args = sys.argv[1:]
    while args and args[0] in ("--full", "--nutrients"):
        FULL = FULL or args[0] == "--full"
        NUTRIENTS = NUTRIENTS or args[0] == "--nutrients"
        args = args[1:]
    with open(args[0], encoding="utf-8") as f:
        expected = json.load(f)
    with open(args[1], encoding="utf-8") as f:
        actual = json.load(f)
    n_right = sum(1 for k, want in enumerate(expected) if right(want, actual[k] if k < len(actual) else None))
    print(n_right, len(expected))
    sys.exit(0 if n_right == len(expected) and len(actual) == len(expected) else 1)


if __name__ == "__main__":
    main()
