#!/usr/bin/env python3
"""Reads dtrun's NDJSON output (-x oformat=json) with Python's json module.

Every line must be one JSON object carrying the schema version, a type, the
instance, the host name (this host's) and a timestamp; distributions'
buckets must be ascending, each with min <= value-range <= max, and
contiguous.  Prints each object again, keys sorted, without hostname and
timestamp, one per line, for FileCheck.  --instance NAME: the expected
instance (default: host).
"""
import json
import socket
import sys

want_inst = "host"
args = sys.argv[1:]
if args[:1] == ["--instance"]:
    want_inst = args[1]
    args = args[2:]
src = open(args[0], "rb") if args else sys.stdin.buffer
host = socket.gethostname()
n = 0
for raw in src:
    line = raw.decode("utf-8")  # strict: JSON text is UTF-8
    if not line.endswith("\n"):
        sys.exit("line %d: not newline-terminated" % (n + 1))
    obj = json.loads(line)
    n += 1
    assert isinstance(obj, dict), line
    assert obj.pop("schema") == 1, line
    assert obj["type"] in ("probe", "aggregation", "error", "drop", "exit"), line
    assert obj["instance"] == want_inst, line
    assert obj.pop("hostname") == host, line
    assert isinstance(obj.pop("timestamp"), int), line
    if obj["type"] == "aggregation":
        for ent in obj["aggregation-data"]:
            prev = None
            for b in ent.get("buckets", []):
                assert b["min"] <= b["max"], b
                assert -2**63 <= b["min"] and b["max"] <= 2**63 - 1, b
                if prev is not None:
                    assert b["min"] == prev["max"] + 1, (prev, b)
                prev = b
    print(json.dumps(obj, sort_keys=True, separators=(",", ":")))
print("objects: %d" % n)
