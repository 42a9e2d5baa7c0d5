#!/usr/bin/env python3
# core-check.py STRACE LIBBPF_LOG: checks a dtrun run against this kernel's
# own BTF (bpftool btf dump ... format raw on stdin):
#  - each byte_off CO-RE relocation libbpf logged ("<byte_off> [N] struct
#    S.a.b" then "patched insn ... -> OFF") has the offset the kernel's BTF
#    gives the member path: prints "S.a.b: kernel offset" or both numbers;
#  - dtrun read vmlinux BTF without copying it where the kernel maps it
#    (Linux 6.16): "vmlinux BTF: mapped" (few read() calls), else "vmlinux
#    BTF: read" (no mapping to use).
import mmap
import re
import sys

strace, log = open(sys.argv[1]).read(), open(sys.argv[2]).read()

types, members, cur = {}, {}, None
for line in sys.stdin:
    m = re.match(r"\[(\d+)\] (\w+) '([^']*)'(.*)", line)
    if m:
        cur = int(m.group(1))
        types[cur] = (m.group(2), m.group(3), m.group(4))
        members[cur] = []
        continue
    m = re.match(r"\s+'([^']*)' type_id=(\d+) bits_offset=(\d+)", line)
    if m and cur is not None:
        members[cur].append((m.group(1), int(m.group(2)), int(m.group(3))))
byname = {}
for i, (kind, name, _) in types.items():
    if kind in ("STRUCT", "UNION") and name:
        byname.setdefault(name, i)


def resolve(i):
    while types[i][0] in ("TYPEDEF", "CONST", "VOLATILE", "RESTRICT", "TYPE_TAG"):
        i = int(re.search(r"type_id=(\d+)", types[i][2]).group(1))
    return i


def find(i, name):
    """bits offset and type of member NAME of type I, through anonymous members"""
    for mname, tid, off in members.get(i, []):
        if mname == name:
            return off, tid
        if mname == "(anon)":
            r = find(resolve(tid), name)
            if r:
                return off + r[0], r[1]
    return None


pend = {}
for m in re.finditer(r"prog '(\w+)': relo #(\d+): (.*)", log):
    prog, n, rest = m.groups()
    d = re.match(r"<byte_off> \[\d+\] struct (\w+?)(?:___\w+)?\.([\w.]+) ", rest)
    if d:
        pend[(prog, n)] = (d.group(1), d.group(2))
        continue
    p = re.match(r"patched insn #\d+ .* -> (\d+)", rest)
    if p and (prog, n) in pend:
        s, path = pend.pop((prog, n))
        i, off = byname[s], 0
        for f in path.split("."):
            r = find(i, f)
            off += r[0]
            i = resolve(r[1])
        got = int(p.group(1))
        print("%s.%s: %s" % (s, path, "kernel offset" if got == off // 8 else
                             "%d, kernel %d" % (got, off // 8)))

try:
    with open("/sys/kernel/btf/vmlinux", "rb") as f:
        mmap.mmap(f.fileno(), 0, flags=mmap.MAP_PRIVATE, prot=mmap.PROT_READ).close()
    maps = True
except OSError:
    maps = False
reads = len(re.findall(r"^\d*\s*read\(", strace, re.M))
print("vmlinux BTF:", ("mapped" if reads < 200 else "copied: %d reads" % reads) if maps else "read")
