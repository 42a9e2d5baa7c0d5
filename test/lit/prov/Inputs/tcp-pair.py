# tcp-pair.py SERVER CLIENT: a TCP connection over loopback between two
# addresses of 127/8 that only this test uses, so that other traffic on the
# machine stays out of its probes' predicates (or ::1 for IPv6).  Prints the ports first; the
# client sends 1000 bytes, the server answers 300, the client closes first;
# then a second client connects to a port bound by no listener (a socket
# bound and never listening: no other process can take the port, as it
# could a closed one) and is refused.
import socket
import sys

srv, cli = sys.argv[1], sys.argv[2]
fam = socket.AF_INET6 if ":" in srv else socket.AF_INET
lst = socket.socket(fam)
lst.bind((srv, 0))
lst.listen(8)
sport = lst.getsockname()[1]
c = socket.socket(fam)
c.bind((cli, 0))
print("0 ports %d %d" % (c.getsockname()[1], sport), flush=True)
c.connect((srv, sport))
a, _ = lst.accept()
c.sendall(b"x" * 1000)
got = 0
while got < 1000:
    got += len(a.recv(4096))
a.sendall(b"y" * 300)
got = 0
while got < 300:
    got += len(c.recv(4096))
c.close()
a.recv(4096)  # the client's FIN
a.close()
lst.close()
hold = socket.socket(fam)
hold.bind((srv, 0))
r = socket.socket(fam)
r.bind((cli, 0))
print("0 refused %d %d" % (r.getsockname()[1], hold.getsockname()[1]), flush=True)
try:
    r.connect((srv, hold.getsockname()[1]))
except ConnectionRefusedError:
    pass
