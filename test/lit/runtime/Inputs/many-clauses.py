# many-clauses.py N PROBE: N clauses for PROBE, each adding one to x, then
# one that prints x and exits (more than the 256 clauses dtc once kept).
import sys

n, probe = int(sys.argv[1]), sys.argv[2]
pred = "/pid == $target/ " if probe.startswith("syscall") else ""
for i in range(n):
    print("%s %s{ x++; }" % (probe, pred))
print('%s %s{ printf("%%d clauses ran\\n", x); exit(0); }' % (probe, pred))
