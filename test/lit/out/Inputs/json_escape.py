#!/usr/bin/env python3
"""Checks json-escape.d's output: the strings and integers it printed.

The strings are rebuilt here as json-escape.d makes them (0 to 17 'a',
one byte or UTF-8 sequence, "bcd"); JSON holds each as the text of its
bytes, a byte that is not part of valid UTF-8 as the character of the same
number (Latin-1, written \\u00XX).  Every message and string argument must
be that text; every integer argument the number printed.
"""
import codecs
import json
import sys


def latin1_fallback(err):
    return (chr(err.object[err.start]), err.start + 1)


codecs.register_error("latin1fallback", latin1_fallback)

specials = [b'"', b"\\", b"\x01", b"\x1f", b"\x7f", b"\x80", b"\xff", b"\xc3\xa9",
            b"\xe2\x82\xac"]
want_str = [(b"a" * pos + sp + b"bcd").decode("utf-8", "latin1fallback")
            for pos in range(18) for sp in specials]
want_int = []
for k in range(20):
    for v in (10**k - 1, 10**k):
        if v < 2**63:
            want_int.append(v)
want_int.append(2**63 - 1)
pairs = [(v, -v) for v in want_int] + [(-2**63, 2**64 - 1)]

got = []
for line in open(sys.argv[1], encoding="utf-8"):
    obj = json.loads(line)
    if obj["type"] == "probe":
        got += [o for o in obj["output"] if o["action"] == "printf"]
strs, ints = got[:len(want_str)], got[len(want_str):]
assert len(strs) == len(want_str) and len(ints) == len(pairs), (len(strs), len(ints))
for o, w in zip(strs, want_str):
    assert o["message"] == w + "\n", (o, w)
    assert o["args"] == [{"type": "string", "value": w}], (o, w)
print("strings: %d checked" % len(strs))
n = 0
for o, (a, b) in zip(ints, pairs):
    assert [x["value"] for x in o["args"]] == [a, b], (o, a, b)
    assert o["message"] == "%d %d\n" % (a, b), (o, a, b)
    n += 2
print("integers: %d checked" % n)
