#!/usr/bin/env python3
"""folded.py JSON FOLDED: checks a --folded file line by line against the
same run's -x oformat=json snapshots: every line is "frame;...;frame VALUE",
and the lines are exactly the stack-keyed aggregations' entries, each the
aggregation's name as root frame (several aggregations), its other keys as
frames, the stack's frames root first without offsets, and its value."""
import json
import re
import sys

want = []
for line in open(sys.argv[1]):
    o = json.loads(line)
    if o["type"] != "aggregation":
        continue
    for e in o["aggregation-data"]:
        if not any(k["type"] in ("stack", "ustack") for k in e["keys"]):
            continue
        frames = ["@" + o["aggregation-name"]]
        for k in e["keys"]:
            if k["value"] != "":
                frames.append(str(k["value"]))
        want.append("%s %d" % (";".join(frames), e[o["function"]]))
got = open(sys.argv[2]).read().splitlines()
line_re = re.compile(r"^[^; ]+(;[^; ]+)* -?[0-9]+$")
for i, g in enumerate(got):
    if not line_re.match(g):
        sys.exit("line %d is not folded: %r" % (i + 1, g))
    if "+0x" in g:
        sys.exit("line %d keeps an offset: %r" % (i + 1, g))
if sorted(got) != sorted(want):
    sys.exit("folded lines differ from the JSON:\n%s\n---\n%s" % (
        "\n".join(sorted(got)), "\n".join(sorted(want))))
print("folded lines: %d, all as in the JSON" % len(got))
print("\n".join(sorted(set(g.split(";")[0] + ";" + g.split(";")[1] for g in got))))
