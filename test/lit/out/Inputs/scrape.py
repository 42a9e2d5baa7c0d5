#!/usr/bin/env python3
"""scrape.py DTRUN OBJECT [ARGS...]: dtrun --metrics on a free loopback port.

Starts DTRUN -q --metrics 127.0.0.1:PORT OBJECT ARGS (listen.py: on a port
that stays its own), holds one connection
open that never finishes its request (a slow client) and one that sends
garbage, then scrapes /metrics in the Prometheus text format and in
OpenMetrics, asks for another path and with another method, then once
more from another loopback address while twenty clients that never read
their answers hold connections, and prints
status, content type and body for FileCheck.  dtrun is stopped at the end
(SIGTERM) whatever happens; every wait has a deadline.
"""
import http.client
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import listen  # noqa: E402


def fetch(url, method="GET", headers=None):
    req = urllib.request.Request(url, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=5) as r:
            return r.status, r.headers.get("Content-Type"), r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type"), e.read().decode()


p, port = listen.serve(lambda port: [sys.argv[1], "-q", "--metrics", "127.0.0.1:%d" % port]
                       + sys.argv[2:], stdout=subprocess.DEVNULL)
url = "http://127.0.0.1:%d/metrics" % port
try:
    slow = socket.create_connection(("127.0.0.1", port), timeout=5)
    slow.sendall(b"GET /metr")  # and nothing more
    bad = socket.create_connection(("127.0.0.1", port), timeout=5)
    bad.sendall(b"\x00\x01garbage\r\n\r\n")
    t0 = time.monotonic()
    st, ct, body = fetch(url)
    took = time.monotonic() - t0
    print("text: %d %s" % (st, ct))
    print(body, end="")
    # dtrun closes idle connections after 10 s: an answer well before that
    # was not held up by the slow client
    print("answered while a slow client waits: %s" % (took < 8))
    st, ct, body = fetch(url, headers={"Accept": "application/openmetrics-text; version=1.0.0"})
    print("openmetrics: %d %s" % (st, ct))
    print(body, end="")
    st, ct, body = fetch("http://127.0.0.1:%d/other" % port)
    print("other path: %d %s" % (st, body.strip()))
    st, ct, body = fetch(url, method="POST")
    print("post: %d %s" % (st, body.strip()))
    # clients of one address that send a request and never read its
    # answer hold at most 8 connections: another address is still answered
    hogs = []
    for _ in range(20):
        h = socket.socket()
        h.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1024)
        h.settimeout(5)
        try:
            h.connect(("127.0.0.1", port))
            h.sendall(b"GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")
        except OSError:
            pass
        hogs.append(h)
    time.sleep(0.5)
    other = http.client.HTTPConnection("127.0.0.1", port, timeout=5,
                                       source_address=("127.0.0.2", 0))
    other.request("GET", "/metrics")
    r = other.getresponse()
    print("another address beside 20 clients that never read: %d" % r.status)
    r.read()
    other.close()
    for h in hogs:
        h.close()
    slow.close()
    bad.close()
finally:
    if p.poll() is None:
        p.send_signal(signal.SIGTERM)
        try:
            p.wait(10)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
print("dtrun exit status: %d" % p.returncode)
