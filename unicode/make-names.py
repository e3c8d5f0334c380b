#!/usr/bin/env python3
"""Writes unicode/names.deflate: "HEX;NAME" lines of the characters a text font most often lacks (punctuation, symbols,
arrows, dingbats, emoji; U+2000-2BFF, U+2E00-2E7F, U+FE00-FE0F, U+1F000-1FAFF), raw-deflate compressed, for the warning
about characters missing from the font (ANT4003). Names from Python's unicodedata (its Unicode version is printed)."""
import os, unicodedata, zlib

rows = []
for lo, hi in [(0x2000, 0x2BFF), (0x2E00, 0x2E7F), (0xFE00, 0xFE0F), (0x1F000, 0x1FAFF)]:
    for cp in range(lo, hi + 1):
        name = unicodedata.name(chr(cp), None)
        if name:
            rows.append(f"{cp:X};{name}")
data = "\n".join(rows).encode("ascii")
c = zlib.compressobj(9, zlib.DEFLATED, -15)
packed = c.compress(data) + c.flush()
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "names.deflate"), "wb") as f:
    f.write(packed)
print(f"Unicode {unicodedata.unidata_version}: {len(rows)} names, {len(data)} bytes, {len(packed)} compressed")
