#!/usr/bin/env python3
# big-clause.py N [lookups]: a BEGIN clause of N statements.
#   default: statements that may fault, so that the clause's jumps to its
#            fault path cross more than BPF's 16-bit jump offsets reach;
#   lookups: N groups of two associative-array stores and a printf() of
#            their sum (each a map lookup the verifier inlines): at N = 460,
#            32,400 instructions, under what clang's jumps reach, past it
#            once the verifier has patched the lookups.
import sys

n = int(sys.argv[1])
lookups = len(sys.argv) > 2 and sys.argv[2] == "lookups"
print("#pragma D option quiet")
if lookups:
    print("int i[int]; long long l[int];")
print("BEGIN\n{")
print("\tx = 0;")  # += needs an assigned variable (D_VAR_UNDEF)
for k in range(n):
    if lookups:
        print('\ti[0] = %d; l[0] = -%d; x += i[0] + l[0] == -1;' % (k + 1, k + 2))
    else:
        print("\tx += curthread->pid == -%d ? 0 : 1;" % (k + 1))
print('\tprintf("%d\\n", x);\n\texit(0);\n}')
