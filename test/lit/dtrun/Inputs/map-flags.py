#!/usr/bin/env python3
# map-flags.py: run by dtrun -c once the probes are attached; prints, for
# each BPF hash map its parent (dtrun) holds, the map's name-less type and
# whether it is preallocated (map_flags bit BPF_F_NO_PREALLOC, 0x1), as
# /proc/PID/fdinfo shows them; and whether this kernel allows maps allocated
# as used in every program type (Linux 6.1).
import os
import platform

ppid = os.getppid()
ma, mi = (int(x) for x in platform.release().split(".")[:2])
print("kernel", "6.1+" if (ma, mi) >= (6, 1) else "older")
for fd in sorted(os.listdir("/proc/%d/fdinfo" % ppid), key=int):
    try:
        info = dict(l.split(":", 1) for l in open("/proc/%d/fdinfo/%s" % (ppid, fd)) if ":" in l)
    except OSError:
        continue
    if "map_type" not in info:
        continue
    t = int(info["map_type"])
    if t not in (1, 5):  # BPF_MAP_TYPE_HASH, BPF_MAP_TYPE_PERCPU_HASH
        continue
    prealloc = not int(info["map_flags"], 16) & 1
    print("hash" if t == 1 else "percpu_hash", int(info["max_entries"]),
          "preallocated" if prealloc else "allocated as used")
