#!/usr/bin/env python3
"""svgcheck.py SVG FOLDED: a --flamegraph file read by Python's XML parser.

Frames are <g class="f"> with data-x (offset), data-w (value), data-d
(depth), a <title> "NAME (VALUE, PCT%)", a <rect> and a <text>.  Checks: the
frames at depth 0 add up to the total of the --folded file of the same run
(when none is narrower than 0.1 px), every frame lies inside its parent,
widths are proportional to values, the zoom/search script is there.
"""
import re
import sys
import xml.etree.ElementTree as ET

NS = "{http://www.w3.org/2000/svg}"
root = ET.parse(sys.argv[1]).getroot()
total = sum(int(l.rsplit(" ", 1)[1]) for l in open(sys.argv[2]) if l.strip())
frames = []
for g in root.iter(NS + "g"):
    if g.get("class") != "f":
        continue
    title = g.find(NS + "title").text
    m = re.match(r"^(.*) \((\d+), [0-9.]+%\)$", title)
    assert m, title
    x, w, d = int(g.get("data-x")), int(g.get("data-w")), int(g.get("data-d"))
    assert int(m.group(2)) == w, title
    r = g.find(NS + "rect")
    px = float(r.get("width"))
    assert abs(px + 0.5 - w * 1180.0 / total) < 0.11 or px < 1, (title, px)
    frames.append((d, x, w, m.group(1)))
assert frames, "no frames"
top = [f for f in frames if f[0] == 0]
print("frames: %d, depth %d" % (len(frames), max(f[0] for f in frames) + 1))
print("depth-0 frames add up to the folded total: %s" % (sum(f[2] for f in top) == total))
byd = {}
for f in frames:
    byd.setdefault(f[0], []).append(f)
inside = all(any(p[1] <= f[1] and f[1] + f[2] <= p[1] + p[2] for p in byd[f[0] - 1])
             for f in frames if f[0] > 0)
print("every frame inside a parent: %s" % inside)
title = root.find(NS + "text").text
print("title: %s" % title)
script = root.find(NS + "script").text
print("script: zoom %s, search %s" % ("function zoom" in script, "function search" in script))
