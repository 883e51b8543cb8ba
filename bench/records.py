"""What the Python comparison tools share: reading the page list, reading legend items with nutriscan's
rules, and writing records the way nutriscan does (a JSON array, one {"source", "values"} or
{"source", "values": null, "error"} record per line)."""
import gzip
import json
import re
import sys

# The same reading rules as nutriscan: decimal comma, multi-word names, any space, either dash, and one
# closing mark after the unit as the site ends each item ("жиры — 0,39 г,").
ITEM = re.compile(r"^(.+?)\s*[\u2013\u2014]\s*([0-9]+(?:,[0-9]+)?)(?:\s*([^\W\d_]+|%))?(?:\s*[,.;:])?$")
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)


def page_text(data):
    """The page as text, decoded as a careful user would: gzip undone, then the charset the page declares
    (libxml2 2.9 does not see <meta charset="utf-8" /> and would read the page as Latin-1), then UTF-8."""
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    m = META_CHARSET.search(data[:4096])
    for charset in ([m.group(1).decode("ascii")] if m else []) + ["utf-8", "windows-1251"]:
        try:
            return data.decode(charset), data
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", "replace"), data


def read_sources(listing):
    with open(listing, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip()]


def legend_result(item_texts):
    """The record for a page whose legend items read as these texts (whitespace already collapsed)."""
    values = {}
    for text in item_texts:
        m = ITEM.match(text)
        if not m:
            return {"values": None, "error": "legend value is not a number: " + text}
        name = m.group(1).strip()
        values[name[:1].upper() + name[1:]] = float(m.group(2).replace(",", "."))
    return {"values": values}


def write_records(sources, results, out=sys.stdout):
    out.write("[\n")
    for k, (source, result) in enumerate(zip(sources, results)):
        record = {"source": source}
        record.update(result)
        out.write(json.dumps(record, ensure_ascii=False) + (",\n" if k < len(sources) - 1 else "\n"))
    out.write("]\n")
