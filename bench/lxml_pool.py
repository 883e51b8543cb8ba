#!/usr/bin/env python3
"""The best honest Python: lxml.html and an XPath to the legend items, on a multiprocessing.Pool, with
the same reading rules as nutriscan (decimal comma, multi-word names, any space, either dash, a closing
mark), each page decoded as it declares (see records.page_text).

usage: lxml_pool.py FILES_TXT BASE_DIR [PROCESSES]
"""
import os
import sys
from multiprocessing import Pool

from records import legend_result, page_text, read_sources, write_records

import lxml.html

XPATH = ('//div[@id="him_bx"][1]//span[contains(concat(" ", normalize-space(@class), " "), " him_bx__legend ")'
         ' and contains(concat(" ", normalize-space(@class), " "), " pr__fl ")]')


def parse(path):
    try:
        with open(path, "rb") as f:
            data = f.read()
        if not data:
            return {"values": None, "error": "empty file"}
        text, data = page_text(data)
        doc = lxml.html.document_fromstring(text)
        if not doc.xpath('//div[@id="him_bx"]'):
            return {"values": None, "error": "no div#him_bx block"}
        if b"</html>" not in data[-64:]:
            return {"values": None, "error": "truncated"}
        return legend_result(" ".join(span.text_content().split()) for span in doc.xpath(XPATH))
    except Exception as e:
        return {"values": None, "error": "%s: %s" % (type(e).__name__, e)}


def main():
    listing, base = sys.argv[1], sys.argv[2]
    processes = int(sys.argv[3]) if len(sys.argv) > 3 else os.cpu_count()
    sources = read_sources(listing)
    with Pool(processes) as pool:
        results = pool.map(parse, [os.path.join(base, s) for s in sources], chunksize=64)
    write_records(sources, results)


if __name__ == "__main__":
    main()
