"""What the Python comparison tools share: reading the page list and writing records the way nutriscan
does (a JSON array, one {"source", "values"} or {"source", "values": null, "error"} record per line)."""
import json
import sys


def read_sources(listing):
    with open(listing, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip()]


def write_records(sources, results, out=sys.stdout):
    out.write("[\n")
    for k, (source, result) in enumerate(zip(sources, results)):
        record = {"source": source}
        record.update(result)
        out.write(json.dumps(record, ensure_ascii=False) + (",\n" if k < len(sources) - 1 else "\n"))
    out.write("]\n")
