#!/usr/bin/env python3
"""One page as the original notebook reads it (BeautifulSoup with lxml, the legend's span.pr__fl items, text
split on spaces), printed as its values object: what a script that calls Python once per page runs.

usage: notebook_one_page.py PAGE
"""
import json
import sys

from bs4 import BeautifulSoup

with open(sys.argv[1], encoding="utf-8") as f:
    soup = BeautifulSoup(f.read(), "lxml")
values = {}
for el in soup.find("div", id="him_bx").find_all("span", class_="pr__fl"):
    parts = el.text.split()
    values[parts[0].capitalize()] = float(parts[2].replace(",", "."))
print(json.dumps(values, ensure_ascii=False))
