# ret-offsets.py FUNC: reads llvm-objdump -d output on stdin and prints the
# offset (hex, no 0x) from FUNC's start of each instruction that leaves it:
# a ret, or a jmp to another function (a tail call).
import re
import sys

base = None
for line in sys.stdin:
    m = re.match(r"([0-9a-f]+) <(.*)>:", line)
    if m:
        base = int(m.group(1), 16) if m.group(2) == sys.argv[1] else None
        continue
    m = re.match(r"\s+([0-9a-f]+):\s+(\S+)(.*)", line)
    if not m or base is None:
        continue
    op, rest = m.group(2), m.group(3)
    if op.startswith("ret") or (op.startswith("jmp") and "<%s+" % sys.argv[1] not in rest
                                and "<%s>" % sys.argv[1] not in rest and "<" in rest):
        print("%x" % (int(m.group(1), 16) - base))
