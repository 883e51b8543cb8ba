#!/usr/bin/env python3
"""check_csv.py [--nutrients] EXPECTED.json OUT.csv: the CSV output read with Python's csv module gives, row for
row, the ground truth's sources, values and errors; with --nutrients also every nutrient of the profile, in a
'SLUG (UNIT)' column after the legend's (empty where the page has no value); no cell is a live formula."""
import csv
import json
import sys

args = sys.argv[1:]
nutrients = args[:1] == ["--nutrients"]
args = args[1:] if nutrients else args
expected = json.load(open(args[0], encoding="utf-8"))
with open(args[1], encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))
header, body = rows[0], rows[1:]
assert header[:3] == ["source", "product", "error"], header
assert len(body) == len(expected), f"{len(body)} rows for {len(expected)} inputs"
profile_columns = [k for k in header[3:] if " (" in k or k.isascii()] if nutrients else []
legend_columns = [k for k in header[3:] if k not in profile_columns]
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
    got = {k: float(cells[k]) for k in legend_columns if cells[k] != ""}
    assert got == {k: float(v) for k, v in want["values"].items()}, (src, got, want["values"])
    if nutrients:
        columns = {(n if u is None else f"{n} ({u})"): v for n, v, u in
                   ((n, want["nutrients"][n], want["nutrient_units"][n]) for n in want["nutrients"])}
        got = {k: float(cells[k]) for k in profile_columns if cells[k] != ""}
        assert got == {k: float(v) for k, v in columns.items() if v is not None}, (src, got, columns)
        assert all(k in header for k in columns), (src, [k for k in columns if k not in header])
print(f"csv: {len(body)} rows, {len(legend_columns)} legend and {len(profile_columns)} profile columns, all right, "
      "no live formula")
