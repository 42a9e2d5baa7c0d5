# udp-pair.py SRC DST: one datagram of 123 bytes from SRC to DST (IPv4 or
# IPv6 addresses of the loopback device), both sockets bound to ports the
# kernel picks; prints "0 vN ports SRCPORT DSTPORT" first.
import socket
import sys

src, dst = sys.argv[1], sys.argv[2]
fam = socket.AF_INET6 if ":" in src else socket.AF_INET
r = socket.socket(fam, socket.SOCK_DGRAM)
r.bind((dst, 0))
s = socket.socket(fam, socket.SOCK_DGRAM)
s.bind((src, 0))
print("0 v%d ports %d %d" % (6 if fam == socket.AF_INET6 else 4, s.getsockname()[1],
                             r.getsockname()[1]), flush=True)
s.sendto(b"z" * 123, (dst, r.getsockname()[1]))
r.recv(1000)
