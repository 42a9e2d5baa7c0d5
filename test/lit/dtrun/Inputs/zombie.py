#!/usr/bin/env python3
# zombie.py CMD... : runs CMD with the word ZOMBIE replaced by the pid of a
# zombie (a child of this script that has exited and is not yet reaped),
# then prints "status N", CMD's exit status.
import os
import subprocess
import sys
import time

pid = os.fork()
if pid == 0:
    os._exit(0)
for _ in range(200):
    with open(f"/proc/{pid}/stat") as f:
        if f.read().rsplit(")", 1)[1].split()[0] == "Z":
            break
    time.sleep(0.01)
argv = [str(pid) if a == "ZOMBIE" else a for a in sys.argv[1:]]
r = subprocess.run(argv, timeout=60)
sys.stdout.flush()
print(f"status {r.returncode}", flush=True)
os.waitpid(pid, 0)
