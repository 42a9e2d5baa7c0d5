#!/usr/bin/env python3
"""unit.py UNIT NAME: runs examples/dtrun@.service's commands as systemd would.

UNIT is the unit file with its paths pointed at the build tree; NAME its
instance (%i).  Expands %i, %H and the Environment= variables as systemd
does (${VAR} one word, $VAR split at blanks), runs ExecStartPre= (must
succeed), then ExecStart= with a free loopback port as DTRUN_METRICS (one
that stays its own, listen.py),
scrapes /metrics, sees its BPF programs with bpftool, stops it with
KillSignal= and checks: exit status 0 within TimeoutStopSec=, END ran, no
BPF program of the process is left.  Every wait has a deadline.
"""
import json
import re
import shlex
import signal
import socket
import subprocess
import sys
import time
import urllib.request

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import listen  # noqa: E402

unit, name = sys.argv[1], sys.argv[2]
host = socket.gethostname()
env, svc = {}, {}
section = None
for line in open(unit):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    if line.startswith("["):
        section = line
        continue
    k, v = line.split("=", 1)
    v = v.replace("%i", name).replace("%H", host)
    if section == "[Service]" and k == "Environment":
        ek, ev = v.split("=", 1)
        env[ek] = ev
    elif section == "[Service]":
        svc[k] = v


def bpf_ids(pid):
    """The BPF program and link IDs the process holds (/proc/PID/fdinfo)."""
    ids = {"prog_id": set(), "link_id": set()}
    import os
    for fd in os.listdir("/proc/%d/fdinfo" % pid):
        try:
            info = open("/proc/%d/fdinfo/%s" % (pid, fd)).read()
        except OSError:
            continue
        for k in ids:
            m = re.search(r"^%s:\s*(\d+)$" % k, info, re.M)
            if m:
                ids[k].add(int(m.group(1)))
    return ids


def exists(kind, i):
    what = "prog" if kind == "prog_id" else "link"
    return subprocess.run(["bpftool", what, "show", "id", str(i)], capture_output=True,
                          timeout=30).returncode == 0


def argv(cmd):
    out = []
    for w in shlex.split(cmd):
        m = re.fullmatch(r"\$([A-Z_]+)", w)
        if m:
            out += env.get(m.group(1), "").split()
            continue
        out.append(re.sub(r"\$\{([A-Z_]+)\}", lambda m: env.get(m.group(1), ""), w))
    return out


pre = subprocess.run(argv(svc["ExecStartPre"]), capture_output=True, text=True, timeout=60)
print("ExecStartPre: %d %s" % (pre.returncode, pre.stdout.strip()))
if pre.returncode:
    sys.exit(pre.stderr)


def exec_start(port):
    env["DTRUN_METRICS"] = "127.0.0.1:%d" % port
    return argv(svc["ExecStart"])


p, port = listen.serve(exec_start, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
try:
    start = time.monotonic()
    # An aggregation has samples only once its first value is in: until the
    # first tick a scrape (of a dtrun that starts fast) holds only HELP/TYPE.
    while True:
        try:
            body = urllib.request.urlopen("http://127.0.0.1:%d/metrics" % port, timeout=5).read()
            if any(l.startswith("dtrace_") for l in body.decode().splitlines()):
                break
        except OSError:
            pass
        if time.monotonic() - start > 20 or p.poll() is not None:
            sys.exit("ExecStart does not serve /metrics")
        time.sleep(0.2)
    print("scrape: %s" % [l for l in body.decode().splitlines() if l.startswith("dtrace_")])
    ids = bpf_ids(p.pid)
    print("BPF programs and links while running: %s" % (len(ids["prog_id"]) > 0 and
                                                         len(ids["link_id"]) > 0))
    p.send_signal(getattr(signal, svc.get("KillSignal", "SIGTERM")))
    out, err = p.communicate(timeout=int(svc.get("TimeoutStopSec", "90")))
    print("stopped: exit status %d" % p.returncode)
    print("stdout: %s" % out.strip().splitlines()[:1])
    # the kernel frees them once the last reference goes (RCU: soon after)
    deadline = time.monotonic() + 10
    while True:
        left = [(k, i) for k in ids for i in ids[k] if exists(k, i)]
        if not left or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    print("BPF programs and links left: %d" % len(left))
finally:
    if p.poll() is None:
        p.kill()
        p.wait()
