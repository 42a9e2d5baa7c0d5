#!/usr/bin/env python3
"""int-compiling.py DTRUN ARGS...: SIGINT to dtrun while its dtc compiles.

Runs DTRUN ARGS (a one-step program that takes dtc seconds), waits until
dtrun's child has become dtc (its comm), not a fixed time that a fast
machine's dtc may finish in or a loaded machine's dtrun may not reach,
sends dtrun SIGINT, and prints its exit status and output (signal-compile.test).
"""
import signal
import subprocess
import sys
import time


def compiling(pid):
    """Whether process pid has a child that runs dtc."""
    try:
        with open("/proc/%d/task/%d/children" % (pid, pid)) as f:
            kids = f.read().split()
    except OSError:
        return False
    for k in kids:
        try:
            with open("/proc/%s/comm" % k) as f:
                if f.read().strip() == "dtc":
                    return True
        except OSError:
            continue
    return False


signal.signal(signal.SIGINT, signal.SIG_DFL)
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
start = time.monotonic()
while not compiling(p.pid) and p.poll() is None and time.monotonic() - start < 60:
    time.sleep(0.02)
p.send_signal(signal.SIGINT)
out = p.communicate()[0].decode()
print("status", p.returncode)
print(out)
