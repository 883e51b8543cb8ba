#!/usr/bin/env python3
"""check_csv.py EXPECTED.json OUT.csv: the CSV output read with Python's csv module gives, row for row, the
ground truth's sources, values and errors; no cell is a live spreadsheet formula."""
import csv
import json
import sys

expected = json.load(open(sys.argv[1], encoding="utf-8"))
with open(sys.argv[2], encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))
header, body = rows[0], rows[1:]
assert header[:3] == ["source", "product", "error"], header
assert len(body) == len(expected), f"{len(body)} rows for {len(expected)} inputs"
for row, want in zip(body, expected):
    assert len(row) == len(header), row
    for cell in row:
        assert not cell or cell[0] not in "=+-@\t\r", f"live formula: {cell!r}"
    cells = dict(zip(header, row))
    src = cells["source"].lstrip("'")
    assert src.endswith(want["source"]), (src, want["source"])
    if want["values"] is None:
        assert cells["error"], f"{src}: no error"
        assert all(cells[k] == "" for k in header[3:]), f"{src}: values on a failed page"
        continue
    assert cells["error"] == "", f"{src}: {cells['error']}"
    got = {k: float(cells[k]) for k in header[3:] if cells[k] != ""}
    assert got == {k: float(v) for k, v in want["values"].items()}, (src, got, want["values"])
print(f"csv: {len(body)} rows, {len(header) - 3} nutrient columns, all right, no live formula")
