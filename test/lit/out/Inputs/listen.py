"""listen.py: start a server on a free loopback port, for the metrics tests.

A port found free (bound to port 0, then closed) may be taken by another
process before the server binds it: other tests and other dtrun processes
on the machine pick ports the same way.  serve() therefore waits until the
process it started itself listens on the port (its own socket, found in
/proc/net/tcp and /proc/PID/fd, not whoever answers there), and if the
process exits first (the port was taken: "Address already in use"),
starts it again on another port.
"""
import os
import socket
import subprocess
import sys
import time


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def listens(pid, port):
    """Whether process pid holds a socket listening on TCP port (IPv4)."""
    inodes = set()
    with open("/proc/net/tcp") as f:
        for line in f.readlines()[1:]:
            w = line.split()
            if w[3] == "0A" and int(w[1].rsplit(":", 1)[1], 16) == port:  # TCP_LISTEN
                inodes.add("socket:[%s]" % w[9])
    try:
        fds = os.listdir("/proc/%d/fd" % pid)
    except OSError:
        return False
    for fd in fds:
        try:
            if os.readlink("/proc/%d/fd/%s" % (pid, fd)) in inodes:
                return True
        except OSError:
            continue
    return False


def serve(argv_for_port, errlog=None, deadline=30, tries=5, **popen):
    """subprocess.Popen(argv_for_port(PORT), **popen) listening on a free PORT.

    Its stderr goes to the file errlog if given (else where popen says, by
    default ours).  Returns (process, PORT).  Ends the test, with the
    server's last error where it was kept, after tries starts that all
    exited before listening, or after deadline seconds."""
    start = time.monotonic()
    err = ""
    for _ in range(tries):
        port = free_port()
        argv = argv_for_port(port)
        kw = dict(popen)
        ef = open(errlog, "w") if errlog else None
        if ef:
            kw["stderr"] = ef
        p = subprocess.Popen(argv, **kw)
        if ef:
            ef.close()
        while p.poll() is None and not listens(p.pid, port):
            if time.monotonic() - start > deadline:
                p.kill()
                p.wait()
                sys.exit("%s does not listen on port %d after %d s" % (argv[0], port, deadline))
            time.sleep(0.1)
        if p.poll() is None:
            return p, port
        if errlog:
            with open(errlog) as ef:
                err = ef.read()
        elif p.stderr:
            err = p.stderr.read()
    sys.exit("%s exited before it listened, %d times; the last time: %s" % (argv[0], tries, err))
