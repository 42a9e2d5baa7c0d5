# pcap-check.py FILE: checks that FILE is a pcap file (microsecond
# timestamps, version 2.4, snaplen 1520, link type 1: Ethernet) of one
# packet: udp-pair.py's datagram over loopback (an Ethernet header of zero
# addresses and type 0x0800, IPv4, UDP, 123 bytes of "z" after the 42 bytes
# of headers, whose IP id and checksums may hold a "z" too), captured whole
# and stamped within ten minutes of now; then the text output that went
# to the same file.
import struct
import sys
import time

b = open(sys.argv[1], "rb").read()
magic, vmaj, vmin, zone, sig, snap, link = struct.unpack("<IHHiIII", b[:24])
print("header %x %d.%d %d %d" % (magic, vmaj, vmin, snap, link))
n = 0
off = 24
while off + 16 <= len(b):
    sec, usec, cap, length = struct.unpack("<IIII", b[off:off + 16])
    if off + 16 + cap > len(b):
        break
    data = b[off + 16:off + 16 + cap]
    off += 16 + cap
    n += 1
    print("packet cap %d len %d type %s z %d recent %d usec %d" %
          (cap, length, data[12:14].hex(), data[42:].count(b"z"),
           abs(sec - time.time()) < 600, usec < 1000000))
print("%d packets" % n)
# what else freopen() sent to the same file (dtrun's last newline)
print("then %r" % b[off:])
