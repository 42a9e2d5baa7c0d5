#!/usr/bin/env python3
"""Real Prometheus scraping two dtrun processes (metrics-prometheus.d).

prom.py DTRUN OBJECT: starts `DTRUN --metrics 127.0.0.1:PORT --instance a|b
OBJECT` twice on loopback ports, then Debian's prometheus (2.42) on loopback
(each on a port that stays its own, listen.py)
with a temporary config (both as targets, 1 s scrapes) and data directory,
and asks its HTTP API until both targets are up and the queries have
answers:  the sum of a counter over both instances, histogram_quantile()
over both instances' quantize() buckets.  Prints what it found, for
FileCheck.  Every process is stopped and the directory removed whatever
happens; every wait has a deadline, so the test cannot hang.
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import listen  # noqa: E402

DEADLINE = 90  # seconds for the whole test


def get(url, headers=None, timeout=5):
    req = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return r.status, r.headers.get("Content-Type"), r.read().decode()


def stop(p):
    if p.poll() is None:
        p.send_signal(signal.SIGTERM)
        try:
            p.wait(10)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


def main():
    dtrun, obj = sys.argv[1], sys.argv[2]
    prom = shutil.which("prometheus") or "/usr/bin/prometheus"
    start = time.monotonic()
    tmp = tempfile.mkdtemp(prefix="dtrun-prom-")
    procs = []
    try:
        ports = {}
        for inst in ("a", "b"):
            p, ports[inst] = listen.serve(
                lambda port: [dtrun, "-q", "--metrics", "127.0.0.1:%d" % port, "--instance",
                              inst, obj], os.path.join(tmp, inst + ".err"),
                stdout=subprocess.DEVNULL)
            procs.append(p)
        for inst, port in ports.items():  # each serves before Prometheus starts
            while True:
                try:
                    st, ct, body = get("http://127.0.0.1:%d/metrics" % port)
                    break
                except OSError:
                    if time.monotonic() - start > 20:
                        sys.exit("dtrun %s does not serve /metrics: %s" % (
                            inst, open(os.path.join(tmp, inst + ".err")).read()))
                    time.sleep(0.2)
            print("dtrun %s: %d %s" % (inst, st, ct))
        st, ct, body = get("http://127.0.0.1:%d/metrics" % ports["a"],
                           {"Accept": "application/openmetrics-text; version=1.0.0"})
        print("openmetrics: %d %s, last line %s" % (st, ct, body.splitlines()[-1]))
        cfg = os.path.join(tmp, "prometheus.yml")
        with open(cfg, "w") as f:
            f.write("global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n"
                    "scrape_configs:\n  - job_name: dtrun\n    static_configs:\n"
                    "      - targets: ['127.0.0.1:%d', '127.0.0.1:%d']\n"
                    % (ports["a"], ports["b"]))
        plog = os.path.join(tmp, "prometheus.log")
        p, pport = listen.serve(
            lambda port: [prom, "--config.file=" + cfg,
                          "--storage.tsdb.path=" + os.path.join(tmp, "data"),
                          "--web.listen-address=127.0.0.1:%d" % port, "--log.level=warn"],
            plog, stdout=subprocess.DEVNULL, cwd=tmp)
        procs.append(p)
        queries = [
            ("up", 'count(up{job="dtrun"} == 1)'),
            ("instances", 'count by (dtrace_instance) (dtrace_c_total{key0="x"})'),
            ("sum", 'sum(dtrace_c_total{key0="x"})'),
            ("p90", 'histogram_quantile(0.9, sum by (le) (dtrace_q_bucket))'),
            ("p50", 'histogram_quantile(0.5, sum by (le) (dtrace_q_bucket))'),
            ("count", 'sum(dtrace_q_count)'),
            ("qsum", 'sum(dtrace_q_sum)'),
            ("mean", 'sum(rate(dtrace_r_sum[5s])) / sum(rate(dtrace_r_count[5s]))'),
        ]
        answers = {}
        while len(answers) < len(queries):
            if time.monotonic() - start > DEADLINE:
                sys.exit("no answer from prometheus in time: %s\n%s" % (
                    answers, open(os.path.join(tmp, "prometheus.log")).read()[-2000:]))
            time.sleep(0.5)
            for name, q in queries:
                if name in answers:
                    continue
                if name not in ("up", "instances") and len(answers) < 2:
                    break  # both targets scraped first
                try:
                    _, _, body = get("http://127.0.0.1:%d/api/v1/query?query=%s"
                                     % (pport, urllib.parse.quote(q)))
                except OSError:
                    break  # not up yet
                res = json.loads(body)["data"]["result"]
                if name == "up" and (not res or res[0]["value"][1] != "2"):
                    continue
                if name == "instances" and len(res) < 2:
                    continue
                if name == "mean" and res and res[0]["value"][1] in ("NaN", "+Inf", "-Inf"):
                    continue  # not two samples of a changing series yet
                if res:
                    answers[name] = res
        for name, q in queries:
            res = answers[name]
            if name == "instances":
                print("instances: %s" % sorted(r["metric"]["dtrace_instance"] for r in res))
            elif name == "mean":
                # a ratio of two extrapolated rates: exact in value, not
                # always in the last bit of a double (19.999999999999996)
                print("%s: %s = %.9g" % (name, q, float(res[0]["value"][1])))
            else:
                print("%s: %s = %s" % (name, q, res[0]["value"][1]))
    finally:
        for p in reversed(procs):
            stop(p)
        shutil.rmtree(tmp, ignore_errors=True)


main()
