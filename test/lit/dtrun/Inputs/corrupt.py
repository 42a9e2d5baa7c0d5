# corrupt.py IN KIND OUT: a dtc object with one thing wrong (corrupt-object.test).
import struct
import sys

src, kind, dst = sys.argv[1], sys.argv[2], sys.argv[3]
b = bytearray(open(src, "rb").read())


def sub(old, new):
    i = b.find(old)
    assert i >= 0 and len(old) == len(new), (kind, old)
    b[i:i + len(old)] = new


if kind == "truncated":
    b = b[:100]
elif kind == "act-gap":     # action 0 renumbered: actions 0 has no line
    sub(b"\nact 0 ", b"\nact 9 ")
elif kind == "family":      # a program family this dtrun does not know
    sub(b"\nprog 0 begin", b"\nprog 0 zzzzz")
elif kind == "no-btf":      # .BTF renamed in the section name table
    sub(b".rel.BTF\0", b".rel.XTF\0")  # .BTF is its tail
elif kind == "shoff":       # section headers past the end of the file
    b[0x28:0x30] = (len(b) + 64).to_bytes(8, "little")
elif kind == "pair":        # a pair naming a clause that does not exist
    sub(b"\npair 0 0 0", b"\npair 0 0 7")
elif kind == "insn":        # the last exit of the first program: opcode 0
    shoff, = struct.unpack_from("<Q", b, 0x28)
    shnum, = struct.unpack_from("<H", b, 0x3c)
    for i in range(shnum):
        _, _, flags, _, off, size = struct.unpack_from("<IIQQQQ", b, shoff + 64 * i)
        if flags & 4 and size:  # SHF_EXECINSTR
            j = b.rfind(b"\x95" + b"\0" * 7, off, off + size)
            assert j >= 0
            b[j] = 0
            break
open(dst, "wb").write(b)
