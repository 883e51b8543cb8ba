#!/usr/bin/env python3
"""The best honest Python: lxml.html and an XPath to the legend items, on a multiprocessing.Pool, with
the same reading rules as nutriscan (decimal comma, multi-word names, any space, either dash, a closing
mark), each page decoded as it declares (see records.page_text). With --nutrients, the page's whole
nutrient profile too, by the same rules as nutriscan --nutrients: the calorie line, the legend items'
marks, the paragraph after the block and the three tables, each value from its data-fa JSON.

usage: lxml_pool.py [--nutrients] FILES_TXT BASE_DIR [PROCESSES]
"""
import json
import os
import sys
from multiprocessing import Pool

from records import legend_result, page_text, read_sources, write_records

import lxml.html

XPATH = ('//div[@id="him_bx"][1]//span[contains(concat(" ", normalize-space(@class), " "), " him_bx__legend ")'
         ' and contains(concat(" ", normalize-space(@class), " "), " pr__fl ")]')


def has_class(name):
    return 'contains(concat(" ", normalize-space(@class), " "), " %s ")' % name


NUTRIENTS = False
CALORIES = './/span[%s][1]' % has_class("him_bx__legend_calories")
MEASURE = './/*[%s]' % has_class("js__msr_cc")
MARK = './/span[%s]' % has_class("him_bx__legend_mark")
ENDLINE = '(//p[%s])[1]' % has_class("pr__ind_endline")
TABLES = ['(//table[%s])[1]' % has_class(kind) for kind in ("bju_tbl", "vitamins_tbl", "minerals_tbl")]
ROWS = './/tr[%s]' % has_class("js__msr_cc")
NAME_LINK = './/td[%s]//a[@href]' % has_class("tbl-name")


def slug_of(href):
    at = href.find("/nutrients/")
    if at < 0:
        return None
    slug = href[at + len("/nutrients/"):]
    for stop in "/?#":
        slug = slug.split(stop)[0]
    return slug or None


def profile(doc, block, items, values):
    """The page's nutrients and their units, slug by slug in page order; a ValueError says why the page fails."""
    nutrients, units = {}, {}

    def add(slug, fa):
        msr = json.loads(fa).get("msr") or {}
        val = msr.get("val")
        val = "" if val is None else str(val)
        value = None if val == "" else float(val)
        if slug in nutrients:
            if nutrients[slug] != value:
                raise ValueError("nutrient %s is given twice with different values" % slug)
            return
        nutrients[slug] = value
        unit = msr.get("unit") if isinstance(msr.get("unit"), str) else msr.get("unitRu")
        units[slug] = unit if isinstance(unit, str) else None

    calories = block.xpath(CALORIES)
    if calories:
        measure = calories[0].xpath(MEASURE)
        if measure and measure[0].get("data-fa") is not None:
            add("energy", measure[0].get("data-fa"))
    names = list(values)
    for k, item in enumerate(items):
        mark = item.xpath(MARK)
        slug = next((c[4:] for c in (mark[0].get("class") or "").split() if c.startswith("pr__") and len(c) > 4 and c != "pr__fl"),
                    None) if mark else None
        if not slug:
            continue
        measure = item.xpath(MEASURE)
        if measure and measure[0].get("data-fa") is not None:
            add(slug, measure[0].get("data-fa"))
        else:
            add(slug, json.dumps({"msr": {"val": str(values[names[k]])}}))
    endline = doc.xpath(ENDLINE)
    if endline:
        pending = None
        for e in endline[0].iter():
            if e.tag == "a" and e.get("href") is not None and slug_of(e.get("href")):
                pending = slug_of(e.get("href"))
            elif "js__msr_cc" in (e.get("class") or "").split() and pending and e.get("data-fa") is not None:
                add(pending, e.get("data-fa"))
                pending = None
    for path in TABLES:
        for table in doc.xpath(path):
            for row in table.xpath(ROWS):
                link = row.xpath(NAME_LINK)
                slug = slug_of(link[0].get("href")) if link else None
                if slug and row.get("data-fa") is not None:
                    add(slug, row.get("data-fa"))
    return nutrients, units


def parse(path):
    try:
        with open(path, "rb") as f:
            data = f.read()
    except Exception as e:
        return {"values": None, "error": "%s: %s" % (type(e).__name__, e)}
    return parse_data(data)


def parse_data(data):
    """A page's record from its bytes (also what the Scrapy spider in fetch_scrapy.py calls)."""
    try:
        if not data:
            return {"values": None, "error": "empty file"}
        text, data = page_text(data)
        doc = lxml.html.document_fromstring(text)
        if not doc.xpath('//div[@id="him_bx"]'):
            return {"values": None, "error": "no div#him_bx block"}
        if b"</html>" not in data[-64:]:
            return {"values": None, "error": "truncated"}
        items = doc.xpath(XPATH)
        result = legend_result(" ".join(span.text_content().split()) for span in items)
        if NUTRIENTS and result["values"] is not None:
            result["nutrients"], result["nutrient_units"] = profile(doc, doc.xpath('//div[@id="him_bx"]')[0], items, result["values"])
        return result
    except Exception as e:
        return {"values": None, "error": "%s: %s" % (type(e).__name__, e)}


def init(nutrients):
    global NUTRIENTS
    NUTRIENTS = nutrients


def main():
    args = sys.argv[1:]
    nutrients = args[:1] == ["--nutrients"]
    args = args[1:] if nutrients else args
    listing, base = args[0], args[1]
    processes = int(args[2]) if len(args) > 2 else os.cpu_count()
    sources = read_sources(listing)
    with Pool(processes, initializer=init, initargs=(nutrients,)) as pool:
        results = pool.map(parse, [os.path.join(base, s) for s in sources], chunksize=64)
    write_records(sources, results)


if __name__ == "__main__":
    main()
