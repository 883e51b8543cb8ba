#!/usr/bin/env python3
"""Turns what `pup 'div#him_bx span.him_bx__legend.pr__fl json{}'` printed for each page into records, with
the same reading rules as the other tools. Input: for each page a line "\\x1e" + its path, then pup's JSON.

usage: parallel -k ... 'printf "\\036%s\\n" {}; pup ... json{} < {}' :::: FILES_TXT | pup_records.py
"""
import json
import sys

from records import legend_result, write_records


def texts(node):
    """All text of a pup JSON node and its children, depth first, stripped, empty ones left out."""
    out = [node["text"].strip()] if node.get("text", "").strip() else []
    for child in node.get("children", []):
        out.extend(texts(child))
    return out


def item_text(span):
    """pup's JSON gives an element's own text apart from its children's, so "<a>жиры</a> – <span>12 г</span>"
    comes out as "–", "жиры", "12 г": put the dash back between the name and the last part."""
    parts = texts(span)
    marks = [t for t in parts if t in (",", ".", ";", ":")]
    parts = [t for t in parts if t not in (",", ".", ";", ":")]
    words = [t for t in parts if t not in ("\u2013", "\u2014")]
    if len(words) < 2 or len(words) == len(parts):
        return " ".join(" ".join(parts).split())
    return " ".join(" ".join(words[:-1]).split()) + " \u2013 " + " ".join(words[-1].split()) + "".join(marks[:1])


def record(output):
    try:
        spans = json.loads(output) if output.strip() else []
    except ValueError as e:
        return {"values": None, "error": "pup: %s" % e}
    if not spans:
        return {"values": None, "error": "no legend items"}
    return legend_result(item_text(span) for span in spans)


def main():
    sources, results = [], []
    for chunk in sys.stdin.read().split("\x1e")[1:]:
        source, _, output = chunk.partition("\n")
        sources.append(source)
        results.append(record(output))
    write_records(sources, results)


if __name__ == "__main__":
    main()
