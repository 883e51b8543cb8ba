#!/usr/bin/env python3
"""check_chart_png.py SCREENSHOT.png: a browser's screenshot of the bench chart shows the bars (the virtual
engine's blue, #2c7be0, covers a good area), so the SVG was really rendered, not shown as an error page."""
import struct
import sys
import zlib

data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, header = 8, b"", None
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    chunk = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        header = struct.unpack(">IIBBBBB", chunk)
    elif kind == b"IDAT":
        idat += chunk
    pos += 12 + length
width, height, depth, colour = header[:4]
assert depth == 8 and colour in (2, 6), f"unexpected PNG format depth={depth} colour={colour}"
bpp = 3 if colour == 2 else 4
raw = zlib.decompress(idat)
stride = width * bpp
rows, prev, i = [], bytearray(stride), 0
for _ in range(height):
    kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
    i += 1 + stride
    for x in range(stride):
        a = line[x - bpp] if x >= bpp else 0
        b = prev[x]
        c = prev[x - bpp] if x >= bpp else 0
        if kind == 1:
            line[x] = (line[x] + a) & 255
        elif kind == 2:
            line[x] = (line[x] + b) & 255
        elif kind == 3:
            line[x] = (line[x] + (a + b) // 2) & 255
        elif kind == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    rows.append(line)
    prev = line
blue = sum(1 for line in rows for x in range(0, stride, bpp)
           if abs(line[x] - 0x2c) < 8 and abs(line[x + 1] - 0x7b) < 8 and abs(line[x + 2] - 0xe0) < 8)
assert blue > 2000, f"only {blue} pixels of the bars' blue: the chart did not render"
print(f"ci: chart rendered by Chromium, {width}x{height}, {blue} px of bars")
