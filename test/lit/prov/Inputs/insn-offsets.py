# insn-offsets.py FUNC: reads llvm-objdump -d output on stdin and prints the
# offset (hex, no 0x) of each instruction of FUNC from its start.
import re
import sys

base = None
for line in sys.stdin:
    m = re.match(r"([0-9a-f]+) <(.*)>:", line)
    if m:
        base = int(m.group(1), 16) if m.group(2) == sys.argv[1] else None
        continue
    m = re.match(r"\s+([0-9a-f]+):", line)
    if m and base is not None:
        print("%x" % (int(m.group(1), 16) - base))
