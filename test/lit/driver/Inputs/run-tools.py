#!/usr/bin/env python3
"""Every program a lit RUN line runs comes from a Debian package that
scripts/setup.sh installs (its pkgs list or what those depend on) or from
one every Debian root has (Essential or Priority: required), so that the
README's test command passes on a fresh Debian 12 machine.

usage: run-tools.py SETUP_SH TEST_DIR
Prints one line per program that no such package provides, then
"checked N programs".
"""
import os
import re
import shlex
import shutil
import subprocess
import sys

# lit's internal shell runs these itself.
LIT_BUILTINS = {"cd", "export", "echo", "mkdir", "rm", "diff", ":", "cat", "env", "not",
                "true", "false", "unset", "umask"}
# lit.cfg.py substitutes these (LLVM 19's tools, bpftool).
LIT_TOOLS = {"FileCheck", "llvm-readelf", "llvm-objdump", "bpftool", "count"}
SEPARATORS = {"|", "||", "&&", ";", "(", ")", "&", "|&"}


def setup_packages(path):
    text = open(path).read()
    m = re.search(r"^pkgs=\((.*?)^\)", text, re.S | re.M)
    words = []
    for line in m.group(1).splitlines():
        words += line.split("#")[0].split()
    return words


def closure(pkgs):
    out = subprocess.run(["apt-cache", "depends", "--recurse", "--no-recommends",
                          "--no-suggests", "--no-conflicts", "--no-breaks", "--no-replaces",
                          "--no-enhances"] + pkgs, capture_output=True, text=True).stdout
    names = set(pkgs)
    for line in out.splitlines():
        line = line.strip().lstrip("|")
        if ":" in line:
            line = line.split(":", 1)[1].strip()
        names.add(line.strip("<>").split(":")[0])
    out = subprocess.run(["dpkg-query", "-W", "-f", "${Package} ${Essential} ${Priority}\n"],
                         capture_output=True, text=True).stdout
    for line in out.splitlines():
        f = line.split()
        if len(f) == 3 and (f[1] == "yes" or f[2] == "required"):
            names.add(f[0])
    return names


def run_lines(test_dir):
    for root, dirs, files in os.walk(test_dir):
        dirs[:] = [d for d in dirs if d != "Inputs"]
        for name in files:
            if not name.endswith((".d", ".test")):
                continue
            for line in open(os.path.join(root, name), errors="replace"):
                m = re.search(r"\bRUN:(.*)$", line)
                if m:
                    yield os.path.join(root, name), m.group(1).strip()


def commands(run):
    try:
        lex = shlex.shlex(run, posix=True, punctuation_chars="|&;()<>")
        lex.whitespace_split = True
        toks = list(lex)
    except ValueError:
        return
    redirect = re.compile(r"^[<>&]+$")
    i, first = 0, True
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        i += 1
        if t in SEPARATORS:
            first = True
            continue
        if redirect.match(t):  # > FILE, 2>&1: the operator and its target
            i += 1
            continue
        if t.isdigit() and redirect.match(nxt):
            continue
        if not first:
            continue
        if t == "env":
            while i < len(toks) and (toks[i].startswith("-") or "=" in toks[i]):
                i += 2 if toks[i] == "-u" else 1
            continue
        if t == "not" or re.match(r"^[A-Za-z_]\w*=", t):
            continue  # the command follows
        first = False
        if not t.startswith("%") and "/" not in t and t not in LIT_BUILTINS | LIT_TOOLS:
            yield t


def main():
    setup_sh, test_dir = sys.argv[1:3]
    if not shutil.which("dpkg-query") or not shutil.which("apt-cache"):
        print("checked 0 programs (not a Debian system)")
        return 0
    have = closure(setup_packages(setup_sh))
    progs = {}
    for path, run in run_lines(test_dir):
        for cmd in commands(run):
            progs.setdefault(cmd, path)
    bad = 0
    paths = {}
    for cmd in progs:
        # Debian's own directories first (not a pyenv shim or /usr/local)
        exe = next((os.path.join(d, cmd) for d in ("/usr/bin", "/usr/sbin", "/bin", "/sbin")
                    if os.access(os.path.join(d, cmd), os.X_OK)), None) or shutil.which(cmd)
        if exe:
            real = os.path.realpath(exe)
            paths[cmd] = {p for e in (exe, real)
                          for p in (e, e[4:] if e.startswith("/usr/") else "/usr" + e)}
    owner = {}  # merged /usr: dpkg may know /bin/X for /usr/bin/X
    out = subprocess.run(["dpkg-query", "-S"] + sorted(set().union(*paths.values())),
                         capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith("diversion") or ": " not in line:
            continue
        pkgs, path = line.split(": ", 1)
        owner.setdefault(path, set()).update(p.strip().split(":")[0] for p in pkgs.split(","))
    for cmd, path in sorted(progs.items()):
        rel = os.path.relpath(path, test_dir)
        if cmd not in paths:
            print(f"{cmd}: not installed (run by {rel})")
            bad += 1
            continue
        owners = set().union(*(owner.get(p, set()) for p in paths[cmd]))
        if not owners & have:
            print(f"{cmd}: from {', '.join(sorted(owners)) or 'no package'}, which "
                  f"scripts/setup.sh does not install (run by {rel})")
            bad += 1
    print(f"checked {len(progs)} programs")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
