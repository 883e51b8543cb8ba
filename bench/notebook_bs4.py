#!/usr/bin/env python3
"""The approach users run today, as their notebook does it: BeautifulSoup (lxml parser) on each page,
the legend items (span.pr__fl) read with el.text.split()[2]. Kept as it is, bugs included (two-word names
are misread, a page not in UTF-8 raises), so
the benchmark shows what it costs and how often it is wrong. One change: a page that raises becomes an
error record instead of ending the run, so the run can be timed and checked.

usage: notebook_bs4.py FILES_TXT BASE_DIR [PROCESSES]   (PROCESSES > 1: multiprocessing.Pool)
"""
import os
import sys
from multiprocessing import Pool

from records import read_sources, write_records

from bs4 import BeautifulSoup


def parse(path):
    try:
        with open(path, encoding="utf-8") as f:
            soup = BeautifulSoup(f.read(), "lxml")
        block = soup.find("div", id="him_bx")
        values = {}
        for el in block.find_all("span", class_="pr__fl"):
            parts = el.text.split()
            values[parts[0].capitalize()] = float(parts[2].replace(",", "."))
        return {"values": values}
    except Exception as e:  # the notebook had no handler: its run ended here
        return {"values": None, "error": "%s: %s" % (type(e).__name__, e)}


def main():
    listing, base = sys.argv[1], sys.argv[2]
    processes = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    sources = read_sources(listing)
    paths = [os.path.join(base, s) for s in sources]
    if processes > 1:
        with Pool(processes) as pool:
            results = pool.map(parse, paths, chunksize=64)
    else:
        results = [parse(p) for p in paths]
    write_records(sources, results)


if __name__ == "__main__":
    main()
