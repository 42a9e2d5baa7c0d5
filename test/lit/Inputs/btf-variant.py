#!/usr/bin/env python3
"""btf-variant.py IN OUT [--drop-member STRUCT MEMBER]... [--rename-type NAME NEW]...

Writes raw BTF OUT: IN (raw BTF, as Inputs/min.btf) as another kernel would
have it, without a struct member or with a type under another name, so that
a test can check a script against two kernels (dtc --btf A --btf B).  Type
IDs do not change: a member's record goes, a renamed type gets a new name
appended to the string section.
"""
import struct
import sys

# btf_type's trailing bytes by kind: fixed, and per vlen
FIXED = {1: 4, 3: 12, 14: 4, 17: 4}           # INT ARRAY VAR DECL_TAG
PER_VLEN = {4: 12, 5: 12, 6: 8, 13: 8, 15: 12, 19: 12}  # STRUCT UNION ENUM FUNC_PROTO DATASEC ENUM64


def main(argv):
    src, dst, ops = argv[1], argv[2], argv[3:]
    data = open(src, "rb").read()
    magic, ver, flags, hdr_len, type_off, type_len, str_off, str_len = struct.unpack_from(
        "<HBBIIIII", data, 0)
    if magic != 0xEB9F:
        sys.exit("%s: not raw BTF" % src)
    types = bytearray(data[hdr_len + type_off:hdr_len + type_off + type_len])
    strs = bytearray(data[hdr_len + str_off:hdr_len + str_off + str_len])

    def name(off):
        return strs[off:strs.index(b"\0", off)].decode()

    def add_str(s):
        off = len(strs)
        strs.extend(s.encode() + b"\0")
        return off

    drops, renames = [], {}
    i = 0
    while i < len(ops):
        if ops[i] == "--drop-member":
            drops.append((ops[i + 1], ops[i + 2]))
        elif ops[i] == "--rename-type":
            renames[ops[i + 1]] = ops[i + 2]
        else:
            sys.exit("unknown option %s" % ops[i])
        i += 3

    out = bytearray()
    p = 0
    done = set()
    while p < len(types):
        name_off, info, size = struct.unpack_from("<III", types, p)
        kind, vlen = (info >> 24) & 0x1F, info & 0xFFFF
        extra = FIXED.get(kind, 0) + PER_VLEN.get(kind, 0) * vlen
        body = types[p + 12:p + 12 + extra]
        tname = name(name_off)
        if tname in renames:
            name_off = add_str(renames[tname])
            done.add(("type", tname))
        if kind in (4, 5):
            kept = bytearray()
            for m in range(vlen):
                rec = body[m * 12:m * 12 + 12]
                mname = name(struct.unpack_from("<I", rec, 0)[0])
                if (tname, mname) in drops:
                    done.add((tname, mname))
                    continue
                kept += rec
            info = (info & ~0xFFFF) | (len(kept) // 12)
            body = kept
        out += struct.pack("<III", name_off, info, size) + body
        p += 12 + extra
    for d in drops:
        if d not in done:
            sys.exit("no member %s.%s in %s" % (d[0], d[1], src))
    for r in renames:
        if ("type", r) not in done:
            sys.exit("no type %s in %s" % (r, src))
    hdr = struct.pack("<HBBIIIII", magic, ver, flags, hdr_len, 0, len(out), len(out), len(strs))
    open(dst, "wb").write(hdr + data[len(hdr):hdr_len] + out + strs)


if __name__ == "__main__":
    main(sys.argv)
