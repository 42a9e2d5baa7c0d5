#!/usr/bin/env python3
"""diff_opts.py: DTrace's option table (libdtrace dt_options.c), row by row,
against Oracle's dtrace (odtrace) and dtrun, byte for byte.

Every option of _dtrace_ctoptions, _dtrace_rtoptions and _dtrace_drtoptions
(and an unknown name) is set three ways: `-x name[=value]`, `#pragma D option
name[=value]`, and, once tracing runs, the setopt() action.  Values: none, the
empty string, valid ones, every size and time suffix (both cases), 0, a
negative, 2^63 - 1, 2^63, 2^64, junk.  The value parsers are one function per
option class in dt_options.c (dt_opt_runtime, dt_optval_parse, dt_opt_rate,
...), so each class's full value set runs on one representative option and
every other option gets the core set.  The -x and pragma sweeps compile only
(-e); the run sweep runs a BEGIN clause that shows the option's effect.

    diff_opts.py [--dtrun build/dtrun] [--phase x,pragma,setopt,run] OUTDIR

Writes OUTDIR/results.jsonl (one line per case with both runs) and prints the
differing cases.  Research tool: needs odtrace, not run by the test command.
"""
import argparse
import concurrent.futures
import json
import os
import subprocess
import sys

CT = ["aggpercpu", "amin", "argref", "core", "cpp", "cppargs", "cpphdrs", "cpppath",
      "ctypes", "ctfpath", "defaultargs", "debug", "debugassert", "define", "disasm",
      "dofstashpath", "droptags", "dtypes", "empty", "errtags", "evaltime", "incdir",
      "iregs", "kdefs", "knodefs", "late", "lazyload", "ldpath", "libdir", "linkmode",
      "linktype", "linknommap", "modpath", "nolibs", "pgmax", "preallocate",
      "procfspath", "pspec", "stdc", "strip", "syslibdir", "sysslice", "tree", "tregs",
      "udefs", "undef", "unodefs", "useruid", "verbose", "version", "zdefs"]
RT = ["aggsize", "bpflog", "bpflogsize", "bufsize", "bufpolicy", "bufresize",
      "cleanrate", "cpu", "destructive", "dynvarsize", "grabanon", "jstackframes",
      "jstackstrsize", "lockmem", "maxframes", "nspec", "pcapsize", "scratchsize",
      "specsize", "stackframes", "statusrate", "strsize", "ustackframes", "noresolve"]
DRT = ["aggrate", "aggsortkey", "aggsortkeypos", "aggsortpos", "aggsortrev",
       "flowindent", "quiet", "quietresize", "rawbytes", "stackindent", "switchrate",
       "printsize"]

FLAGS = ["aggpercpu", "argref", "core", "cpp", "cpphdrs", "defaultargs", "debug",
         "empty", "errtags", "kdefs", "knodefs", "nolibs", "pspec", "strip", "udefs",
         "unodefs", "verbose", "zdefs"]
ANY = ["droptags", "lazyload", "linknommap"]
RUNTIME = ["bpflog", "cpu", "destructive", "grabanon", "jstackframes", "maxframes",
           "nspec", "stackframes", "ustackframes", "noresolve", "aggsortkey",
           "aggsortkeypos", "aggsortpos", "aggsortrev", "flowindent", "quiet",
           "quietresize", "rawbytes", "stackindent"]
SIZE = ["aggsize", "bpflogsize", "bufsize", "dynvarsize", "jstackstrsize", "specsize",
        "scratchsize", "strsize", "pcapsize", "printsize", "lockmem", "preallocate"]
RATE = ["cleanrate", "statusrate", "aggrate", "switchrate"]
INT = ["disasm", "pgmax", "tree", "tregs", "useruid", "iregs"]
# not run: core aborts at exit by design (dt_coredump); debug floods stderr;
# syslibdir moves odtrace's D library (its wrapper passes its own)
NORUN = {"core", "debug", "syslibdir"}

BIG = ["9223372036854775807", "9223372036854775808", "18446744073709551615",
       "18446744073709551616"]
CORE = [None, "", "0", "1", "-1", "abc", "1x"] + BIG[1::2]
SHORT = [None, "", "-1", "abc", "18446744073709551616"]
FULL = {
    "runtime": CORE + ["yes", "no", "enable", "disable", "enabled", "disabled", "true",
                       "false", "on", "off", "set", "unset", "YES", "Off", "-0", "+1",
                       " 1", "0x10", "010", "08", "1k", "9223372036854775807",
                       "18446744073709551615", "yes ", "y"],
    "size": CORE + ["1k", "1K", "1m", "1M", "1g", "1G", "1t", "1T", "k", "K", "1kk",
                    "1kb", "1p", "-0", "+1", " 1", "0x10", "0x10k", "010", "08", "-1k",
                    "9223372036854775807", "18446744073709551615", "8388608t",
                    "8388607t", "16777216t", "1 k", "1k "],
    "rate": CORE + ["ns", "ms", "1ns", "1NS", "1nsec", "1us", "1US", "1usec", "1ms",
                    "1msec", "1MSEC", "1s", "1S", "1sec", "1m", "1M", "1min", "1h",
                    "1hour", "1d", "1DAY", "1hz", "1Hz", "1HZ", "0hz", "3hz", "-1hz",
                    "-0", "+1s", " 1s", "0x10s", "1 s", "1s ", "1ks", "1k",
                    "9223372036854775807", "9223372036854775807ns", "9223372036854775807s",
                    "106752d", "106751d", "1000000000000hz", "1sx"],
    "int": CORE + ["8", "9", "7", "3x", "x3", " 5", "-0", "2147483648", "4294967295",
                   "4294967296", "-2147483648"],
}
REP = {"runtime": "quietresize", "size": "jstackstrsize", "rate": "cleanrate",
       "int": "pgmax"}
VALID = {
    "amin": ["Stable", "stable/stable/common", "Internal/Private/Unknown", "Standard//",
             "Evolving/Evolving/ISA", "stable/x", "a/b/c/d", "/", "//", "///"],
    "bufpolicy": ["ring", "fill", "switch", "RING", "sw"],
    "bufresize": ["auto", "manual", "Auto"],
    "debugassert": ["mutexes", "Mutexes"],
    "evaltime": ["exec", "preinit", "postinit", "main", "MAIN"],
    "late": ["dynamic", "static", "Static"],
    "linkmode": ["kernel", "dynamic", "static", "Kernel"],
    "linktype": ["elf", "dof", "ELF", "Dof", "x"],
    "stdc": ["a", "c", "t", "s", "A", "x", "ac"],
    "version": ["1.0", "2.0", "2.0.0", "2.0.1", "1.6.4", "1.6.5", "1.2", "1", "2",
                "3.0", "1.2.3.4", "256.0", "255.4095.4095", "1.4096", "1..2", ".1",
                "1.", "01.00", "1.0x", "3.0.0"],
    "strsize": ["2", "3", "1", "256", "255", "4294967295", "4294967296", "4g", "32767",
                "32768", "1025"],
    "scratchsize": ["1", "8", "9", "4096", "4087", "4088", "4089"],
    "pcapsize": ["1", "7", "65535", "65536", "1514"],
    "printsize": ["1", "7", "65536", "65537", "8192"],
    "lockmem": ["unlimited", "Unlimited", "1m"],
    "preallocate": ["1k", "1m"],
    "cppargs": ["-DX=1", "-DA -DB", " "],
    "cpppath": ["/usr/bin/cpp", "/nonexistent"],
    "define": ["X", "X=1", "=1"],
    "undef": ["X"],
    "incdir": ["/tmp", "/nonexistent"],
    "ctypes": ["/tmp/opts28/ctypes.out", "/nonexistent/dir/x"],
    "dtypes": ["/tmp/opts28/dtypes.out", "/nonexistent/dir/x"],
    "libdir": ["/tmp", "/nonexistent"],
    "ctfpath": ["/nonexistent"],
    "modpath": ["/nonexistent"],
    "procfspath": ["/proc", "/nonexistent"],
    "ldpath": ["/usr/bin/ld"],
    "dofstashpath": ["/tmp/opts28/dofstash"],
    "sysslice": ["system.slice"],
    "cpu": ["0", "1", "2", "1024", "4294967296"],
    "nspec": ["0", "1", "2", "64", "65"],
    "iregs": ["8", "7", "9"],
}
UNKNOWN = ["nosuchopt", "QUIET", "bufsiz", "dtc", "oformat", "stackfmt"]


def opt(name, v):
    return name if v is None else "%s=%s" % (name, v)


AGG = ('BEGIN { @a["b", 2] = sum(1); @a["a", 3] = sum(3); @a["c", 1] = sum(2); '
       '@a["a", 1] = sum(2); @b["b", 2] = count(); @b["a", 3] = count(); %s'
       'printa("%%s %%d %%@d %%@d\\n", @a, @b); exit(0); }\n')
LONG = 'BEGIN { s = "abcdefghijklmnopqrstuvwxyz"; trace(s); trace(strlen(s)); exit(0); }\n'
# (option, extra args, program): a program that shows the option's effect
RUNS = []
for o in ["aggsortkey", "aggsortrev", "aggsortpos", "aggsortkeypos"]:
    RUNS += [(o, ["-x", o], AGG % ""), (o, ["-x", o + "=no"], AGG % ""),
             (o, ["-x", "aggsortkey", "-x", o], AGG % ""),
             (o, [], "#pragma D option %s\n" % o + AGG % ""),
             (o, [], AGG % ('setopt("%s"); ' % o)),
             (o, ["-x", o], AGG % ('setopt("%s", "no"); ' % o)),
             (o, ["-x", o], AGG % ('setopt("%s", "0"); ' % o))]
RUNS += [("aggsortrev", ["-x", "aggsortrev", "-x", "aggsortpos=1"], AGG % ""),
         ("aggsortrev", ["-x", "aggsortrev", "-x", "aggsortkeypos=1", "-x", "aggsortkey"], AGG % ""),
         ("aggsortpos", ["-x", "aggsortpos=5"], AGG % ""),
         ("aggpercpu", ["-x", "aggpercpu"], AGG % ""),
         ("aggpack", ["-x", "aggpack"], AGG % ""),
         ("aggzoom", ["-x", "aggzoom"], AGG % ""),
         ("aggrate", ["-x", "aggrate=1ms"], AGG % ""),
         ("aggsize", ["-x", "aggsize=8"], AGG % ""),
         ("aggsize", ["-x", "aggsize=0"], AGG % ""),
         ("aggsize", ["-x", "aggsize=100"], AGG % "")]
for v in [None, "yes", "no", "0", "2"]:
    RUNS += [("quiet", ["-x", opt("quiet", v)], 'BEGIN { trace(1); printf("x\\n"); exit(0); }\n'),
             ("flowindent", ["-x", opt("flowindent", v)],
              'BEGIN { trace(1); } BEGIN { exit(0); } END { trace(2); }\n'),
             ("rawbytes", ["-x", opt("rawbytes", v)],
              'BEGIN { trace("ab"); trace(1); trace((char)2); exit(0); }\n')]
RUNS += [("quiet", [], 'BEGIN { trace(1); setopt("quiet"); } BEGIN { trace(2); printf("x\\n"); '
          'setopt("quiet", "no"); } BEGIN { trace(3); exit(0); }\n'),
         ("quiet", [], '#pragma D option quiet=no\nBEGIN { trace(1); exit(0); }\n'),
         ("quiet", [], '#pragma D option quiet\nBEGIN { trace(1); exit(0); }\n'),
         ("flowindent", [], 'BEGIN { setopt("flowindent"); trace(1); } BEGIN { exit(0); } END { trace(2); }\n'),
         ("flowindent", ["-F"], 'BEGIN { setopt("flowindent", "no"); trace(1); } BEGIN { exit(0); } END { trace(2); }\n'),
         ("flowindent", [], '#pragma D option flowindent\nBEGIN { trace(1); exit(0); } END { trace(2); }\n'),
         ("rawbytes", [], 'BEGIN { setopt("rawbytes"); } BEGIN { trace("ab"); trace(1); exit(0); }\n'),
         ("rawbytes", [], '#pragma D option rawbytes\nBEGIN { trace("ab"); trace(1); exit(0); }\n')]
for v in ["2", "3", "4", "8", "16", "1k", "32767", "32768", "65536"]:
    RUNS += [("strsize", ["-q", "-x", "strsize=" + v], LONG)]
RUNS += [("strsize", ["-q"], "#pragma D option strsize=5\n" + LONG),
         ("strsize", ["-q"], 'BEGIN { setopt("strsize", "5"); }\n' + LONG)]
for v in [None, "yes", "no", "0", "1"]:
    RUNS += [("destructive", ["-q", "-x", opt("destructive", v)],
              'BEGIN { system("echo sys"); printf("ok\\n"); exit(0); }\n')]
RUNS += [("destructive", ["-q"], '#pragma D option destructive\nBEGIN { system("echo sys"); printf("ok\\n"); exit(0); }\n'),
         ("destructive", ["-q"], 'BEGIN { setopt("destructive"); } BEGIN { system("echo sys"); printf("ok\\n"); exit(0); }\n'),
         ("zdefs", ["-q", "-x", "zdefs"], 'nosuch:::probe, BEGIN { printf("ok\\n"); exit(0); }\n'),
         ("zdefs", ["-q", "-x", "zdefs"], 'nosuch:::probe { printf("ok\\n"); exit(0); }\n'),
         ("zdefs", ["-q"], '#pragma D option zdefs\nnosuch:::probe, BEGIN { printf("ok\\n"); exit(0); }\n'),
         ("zdefs", ["-q"], 'nosuch:::probe, BEGIN { printf("ok\\n"); exit(0); }\n'),
         ("defaultargs", ["-q", "-x", "defaultargs"], 'BEGIN { printf("%d %s.\\n", $1, $$2); exit(0); }\n'),
         ("defaultargs", ["-q"], '#pragma D option defaultargs\nBEGIN { printf("%d %s.\\n", $1, $$2); exit(0); }\n'),
         ("argref", ["-q", "-x", "argref"], 'BEGIN { printf("%d\\n", $1); exit(0); }\n', ["1", "2"]),
         ("argref", ["-q"], 'BEGIN { printf("%d\\n", $1); exit(0); }\n', ["1", "2"]),
         ("empty", ["-q", "-x", "empty"], ''),
         ("empty", ["-q"], ''),
         ("errtags", ["-q", "-x", "errtags"], 'BEGIN { x = y; }\n'),
         ("cpp", ["-q", "-x", "cpp"], '#define X 5\nBEGIN { printf("%d\\n", X); exit(0); }\n'),
         ("define", ["-q", "-C", "-x", "define=X=7"], 'BEGIN { printf("%d\\n", X); exit(0); }\n'),
         ("define", ["-q", "-x", "define=X=7"], 'BEGIN { printf("%d\\n", X); exit(0); }\n'),
         ("undef", ["-q", "-C", "-x", "undef=__linux", "-x", "define=__linux"],
          '#ifdef __linux\nBEGIN { printf("def\\n"); exit(0); }\n#else\nBEGIN { printf("undef\\n"); exit(0); }\n#endif\n'),
         ("incdir", ["-q", "-C", "-x", "incdir=/tmp/opts28/inc"], '#include "x.h"\nBEGIN { printf("%d\\n", X); exit(0); }\n'),
         ("cppargs", ["-q", "-C", "-x", "cppargs=-DX=9 -DY=1"], 'BEGIN { printf("%d %d\\n", X, Y); exit(0); }\n'),
         ("stdc", ["-q", "-C", "-x", "stdc=s"], 'BEGIN { printf("%d\\n", __STDC__); exit(0); }\n'),
         ("stdc", ["-q", "-C", "-x", "stdc=a"], 'BEGIN { printf("%d\\n", __STDC__); exit(0); }\n'),
         ("version", ["-q", "-x", "version=1.0"], 'BEGIN { printf("%d\\n", __SUNW_D_VERSION); exit(0); }\n'),
         ("version", ["-q", "-x", "version=1.0"], 'BEGIN { printf("%s\\n", strtok("a b", " ")); exit(0); }\n'),
         ("version", ["-q"], '#pragma D option version=1.0\n#pragma D option version=2.0\nBEGIN { exit(0); }\n'),
         ("version", ["-q", "-x", "version=1.0"], '#pragma D option version=2.0\nBEGIN { exit(0); }\n'),
         ("version", ["-q", "-x", "version=2.0"], '#pragma D option version=1.0\nBEGIN { exit(0); }\n'),
         ("nspec", ["-q", "-x", "nspec=0"], 'BEGIN { s = speculation(); printf("%d\\n", s); exit(0); }\n'),
         ("nspec", ["-q", "-x", "nspec=1"], 'BEGIN { s = speculation(); t = speculation(); printf("%d %d\\n", s, t); exit(0); }\n'),
         ("specsize", ["-q", "-x", "specsize=8"], 'BEGIN { s = speculation(); speculate(s); printf("%d\\n", 1); } BEGIN { commit(s); exit(0); }\n'),
         ("bufsize", ["-q", "-x", "bufsize=1"], 'BEGIN { printf("hi\\n"); exit(0); }\n'),
         ("bufsize", ["-q", "-x", "bufsize=0"], 'BEGIN { printf("hi\\n"); exit(0); }\n'),
         ("bufsize", ["-q", "-x", "bufsize=5000"], 'BEGIN { printf("hi\\n"); exit(0); }\n'),
         ("bufsize", ["-q", "-x", "bufsize=2t"], 'BEGIN { printf("hi\\n"); exit(0); }\n'),
         ("bufsize", ["-q", "-b", "16k"], 'BEGIN { printf("hi\\n"); exit(0); }\n'),
         ("bufsize", ["-q", "-b", "abc"], 'BEGIN { printf("hi\\n"); exit(0); }\n'),
         ("dynvarsize", ["-q", "-x", "dynvarsize=0"], 'BEGIN { a[1] = 1; printf("%d\\n", a[1]); exit(0); }\n'),
         ("dynvarsize", ["-q", "-x", "dynvarsize=8"], 'BEGIN { a[1] = 1; printf("%d\\n", a[1]); exit(0); }\n'),
         ("cpu", ["-q", "-x", "cpu=1"], 'BEGIN { printf("%d\\n", cpu); exit(0); }\n'),
         ("cpu", ["-q", "-x", "cpu=0"], 'BEGIN { printf("%d\\n", cpu); exit(0); }\n'),
         ("cpu", ["-q", "-x", "cpu=7"], 'BEGIN { printf("%d\\n", cpu); exit(0); }\n'),
         ("cpu", ["-q"], '#pragma D option cpu=1\nBEGIN { printf("%d\\n", cpu); exit(0); }\n'),
         ("scratchsize", ["-q", "-x", "scratchsize=8"], 'BEGIN { p = alloca(16); printf("ok\\n"); exit(0); }\n'),
         ("scratchsize", ["-q", "-x", "scratchsize=8"], 'BEGIN { p = alloca(8); printf("ok\\n"); exit(0); }\n'),
         ("printsize", ["-q", "-x", "printsize=8"], 'BEGIN { print((struct task_struct *)0); exit(0); }\n'),
         ("stackframes", ["-q", "-x", "stackframes=0"], 'BEGIN { @[stack()] = count(); exit(0); }\n'),
         ("stackframes", ["-q", "-x", "stackframes=1"], 'BEGIN { stack(); exit(0); }\n'),
         ("ustackframes", ["-q", "-x", "ustackframes=0"], 'BEGIN { ustack(); exit(0); }\n'),
         ("maxframes", ["-q", "-x", "maxframes=2"], 'BEGIN { stack(5); exit(0); }\n'),
         ("stackindent", ["-q", "-x", "stackindent=2"], 'BEGIN { stack(0); printf("x\\n"); exit(0); }\n'),
         ("switchrate", ["-q", "-x", "switchrate=1ns"], 'BEGIN { printf("hi\\n"); exit(0); }\n'),
         ("switchrate", ["-q", "-x", "switchrate=1d"], 'BEGIN { printf("hi\\n"); exit(0); }\n'),
         ("statusrate", ["-q", "-x", "statusrate=1d"], 'BEGIN { printf("hi\\n"); exit(0); }\n'),
         ("lockmem", ["-q", "-x", "lockmem=1"], 'BEGIN { printf("hi\\n"); exit(0); }\n'),
         ("lockmem", ["-q", "-x", "lockmem=abc"], 'BEGIN { printf("hi\\n"); exit(0); }\n'),
         ("lockmem", ["-q"], '#pragma D option lockmem=1m\nBEGIN { printf("hi\\n"); exit(0); }\n'),
         ("pspec", ["-q", "-x", "pspec"], 'BEGIN { printf("hi\\n"); exit(0); }\n'),
         ("pspec", ["-q", "-x", "pspec"], 'BEGIN, END { printf("hi\\n"); exit(0); }\n'),
         ("nolibs", ["-q", "-x", "nolibs"], 'BEGIN { printf("%d\\n", SIGINT); exit(0); }\n'),
         ("verbose", ["-q", "-x", "verbose", "-e"], 'BEGIN { exit(0); }\n'),
         ("amin", ["-q", "-x", "amin=Stable"], 'BEGIN { printf("%d\\n", curthread->pid); exit(0); }\n'),
         ("amin", ["-q", "-x", "amin=Evolving"], 'BEGIN { printf("%d\\n", pid > 0); exit(0); }\n'),
         ("knodefs", ["-q", "-x", "knodefs"], 'BEGIN { printf("%p\\n", &`nosuchsym); exit(0); }\n'),
         ("knodefs", ["-q"], 'BEGIN { printf("%p\\n", &`nosuchsym); exit(0); }\n'),
         ("unodefs", ["-q", "-x", "unodefs"], 'BEGIN { printf("hi\\n"); exit(0); }\n'),
         ("iregs", ["-q", "-x", "iregs=7"], 'BEGIN { printf("hi\\n"); exit(0); }\n'),
         ("tree", ["-q", "-x", "tree=1"], 'BEGIN { printf("hi\\n"); exit(0); }\n'),
         ("disasm", ["-q", "-x", "disasm=1"], 'BEGIN { printf("hi\\n"); exit(0); }\n'),
         ("grabanon", ["-q", "-x", "grabanon"], 'BEGIN { printf("hi\\n"); exit(0); }\n'),
         ("bpflog", ["-q", "-x", "bpflog"], 'BEGIN { printf("hi\\n"); exit(0); }\n'),
         ("evaltime", ["-q", "-x", "evaltime=main", "-c", "/bin/true"], 'pid$target::main:entry { printf("main\\n"); }\n'),
         ("evaltime", ["-q", "-x", "evaltime=exec", "-c", "/bin/true"], 'pid$target::main:entry { printf("main\\n"); }\n'),
         ("evaltime", ["-q", "-x", "evaltime=preinit", "-c", "/bin/true"], 'pid$target::main:entry { printf("main\\n"); }\n'),
         ("droptags", ["-q", "-x", "droptags", "-x", "bufsize=4k"], 'BEGIN { printf("hi\\n"); exit(0); }\n'),
         ("noresolve", ["-q", "-x", "noresolve"], 'BEGIN { printf("%a\\n", 0); exit(0); }\n'),
         ("aggrate", ["-q"], 'BEGIN { setopt("aggrate", "1ms"); setopt("switchrate", "abc"); setopt("bufsize", "1m"); setopt("nosuch"); setopt("cpp"); printf("hi\\n"); exit(0); }\n'),
         ]

PROG = 'BEGIN { printf("hi\\n"); exit(0); }\n'


def kind(name):
    for k, names in (("flag", FLAGS), ("any", ANY), ("runtime", RUNTIME),
                     ("size", SIZE), ("rate", RATE), ("int", INT)):
        if name in names:
            return k
    return "other"


def values(name, full=True):
    """full: the -x sweep (a class's representative gets its class's full
    set); else the pragma sweep's few values."""
    k = kind(name)
    if full and REP.get(k) == name:
        vals = FULL[k]
    elif k in ("flag", "any"):
        vals = [None, "", "abc"] if full else [None, "abc"]
    elif full:
        vals = list(SHORT) + {"size": ["4k"], "rate": ["1ms"], "runtime": ["yes", "2"],
                              "int": ["8", "3x"]}.get(k, [])
    else:
        vals = [None, "abc"] + {"size": ["4k"], "rate": ["1ms"], "runtime": ["yes"],
                                "int": ["8"]}.get(k, [])
    extra = VALID.get(name, [])
    if not full:
        extra = extra[:2]
    out = []
    for v in vals + extra:
        if v not in out:
            out.append(v)
    return out


def run(cmd, timeout, cwd):
    env = dict(os.environ, _DTRACE_TESTING="t", LANGUAGE="C")
    try:
        p = subprocess.run(["timeout", "-s", "INT", str(timeout)] + cmd,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, env=env, cwd=cwd)
        return [p.returncode, p.stdout.decode("utf-8", "replace"),
                p.stderr.decode("utf-8", "replace")]
    except OSError as e:
        return [-1, "", str(e)]


def cases(phases):
    names = CT + RT + DRT
    if "pragma" in phases:
        for n in names + UNKNOWN:
            if n in NORUN:
                continue
            for v in values(n, full=False):
                if v is not None and (v == "" or " " in v):
                    continue  # a pragma's value is one token
                src = "#pragma D option %s\n%s" % (opt(n, v), PROG)
                yield "pragma", n, v, ["-e", "-q", "-s", "prog.d"], src
    if "setopt" in phases:
        for n in names + UNKNOWN:
            if n in NORUN:
                continue
            vs = [v for v in values(n, full=False) if v != "-1"] + ["-1"]
            body = "".join('\tsetopt("%s");\n' % n if v is None else
                           '\tsetopt("%s", "%s");\n' % (n, v) for v in vs)
            src = 'BEGIN {\n%s\tprintf("hi\\n");\n\texit(0);\n}\n' % body
            yield "setopt", n, None, ["-q", "-s", "prog.d"], src
    if "run" in phases:
        for r in RUNS:
            n, args, src = r[:3]
            yield "run", n, None, args + ["-s", "prog.d"] + (list(r[3]) if len(r) > 3 else []), src
    if "x" in phases:
        for n in names + UNKNOWN:
            if n in NORUN:
                continue
            for v in values(n):
                yield "x", n, v, ["-x", opt(n, v), "-e", "-q", "-s", "prog.d"], PROG


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dtrun", default=os.path.abspath("build/dtrun"))
    ap.add_argument("--phase", default="x,pragma,setopt")
    ap.add_argument("--only", default="")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--resume", action="append", default=[],
                    help="results.jsonl of an earlier run: its cases are not run again")
    ap.add_argument("out")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    os.makedirs("/tmp/opts28", exist_ok=True)
    res = open(os.path.join(a.out, "results.jsonl"), "a")
    done = set()
    for prev in a.resume:
        for line in open(prev):
            r = json.loads(line)
            if r["dtrun"][0] != 126 and "failed to run the compiler" not in r["dtrun"][2]:
                done.add(json.dumps([r["phase"], r["name"], r["val"], r["args"], r["src"]]))
                res.write(line)
    todo = [c for c in cases(a.phase.split(","))
            if (not a.only or c[1] in a.only.split(",")) and json.dumps(list(c)) not in done]

    def one(i):
        ph, n, v, args, src = todo[i]
        cwd = os.path.join(a.out, "w%d" % i)
        os.makedirs(cwd, exist_ok=True)
        with open(os.path.join(cwd, "prog.d"), "w") as f:
            f.write(src)
        o = run(["odtrace"] + args, 20, cwd)
        d = run([a.dtrun] + args, 20, cwd)
        return i, o, d

    nrun = ndiff = 0
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as ex:
        for i, o, d in ex.map(one, range(len(todo))):
            ph, n, v, args, src = todo[i]
            nrun += 1
            same = o == d
            ndiff += not same
            res.write(json.dumps({"phase": ph, "name": n, "val": v, "args": args,
                                  "src": src, "odtrace": o, "dtrun": d,
                                  "same": same}) + "\n")
            res.flush()
            if not same:
                print("DIFF %s %s %r: odtrace %r / dtrun %r" % (ph, n, v, o, d), flush=True)
    print("%d cases, %d differ" % (nrun, ndiff))


if __name__ == "__main__":
    sys.exit(main())
