#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
"""Facts about a PNG for the tests, without any imaging library: its size,
and the share of its pixels that are near a given colour.

Usage: pngstat.py FILE [R,G,B[,TOLERANCE] ...]
Prints "WIDTHxHEIGHT" and then one share (0..1) per colour asked for."""
import struct
import sys
import zlib


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG")
    pos, idat, w = 8, [], None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
            if depth != 8 or ctype not in (2, 6):
                raise SystemExit(f"{path}: only 8-bit RGB or RGBA is read here")
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + n
    raw = zlib.decompress(b"".join(idat))
    stride = w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    return w, h, bpp, rows


def main():
    w, h, bpp, rows = read_png(sys.argv[1])
    print(f"{w}x{h}")
    for spec in sys.argv[2:]:
        parts = [int(v) for v in spec.split(",")]
        r, g, b = parts[:3]
        tol = parts[3] if len(parts) > 3 else 24
        hit = total = 0
        for line in rows[::2]:
            for x in range(0, w * bpp, bpp * 2):
                total += 1
                if (abs(line[x] - r) <= tol and abs(line[x + 1] - g) <= tol
                        and abs(line[x + 2] - b) <= tol):
                    hit += 1
        print(f"{hit / total:.4f}")


if __name__ == "__main__":  # (importable: tests/window-watch.sh reads with it)
    main()
