# member-chain.py N: a BEGIN clause tracing curthread followed by N
# ->real_parent steps, then ->pid (N + 2 steps in all with curthread's).
import sys

n = int(sys.argv[1])
print("BEGIN\n{\n\ttrace(curthread%s->pid);\n\texit(0);\n}" % ("->real_parent" * n))
