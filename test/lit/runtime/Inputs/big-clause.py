#!/usr/bin/env python3
# big-clause.d: a BEGIN clause of N statements that may fault, so that its
# jumps to the fault path span more than BPF's 16-bit jump offsets reach.
import sys

n = int(sys.argv[1])
print("#pragma D option quiet")
print("BEGIN\n{")
for i in range(n):
    print("\tx += curthread->pid == -%d ? 0 : 1;" % (i + 1))
print('\tprintf("%d\\n", x);\n\texit(0);\n}')
