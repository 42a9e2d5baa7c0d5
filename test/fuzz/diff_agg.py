#!/usr/bin/env python3
"""diff_agg.py: aggregation programs whose output is compared between
Oracle's dtrace and dtc/dtrun (research tool, test/fuzz/README.md).

diff_d.py's agg_* programs compare constant-key aggregations in BEGIN;
these go wider, one rule a program, from libdtrace's definition
(dt_aggregate.c, dt_consume.c dt_print_quantize() and kin, dt_printf.c's
printa formats, dt_cg.c's aggregation codegen):

  edge_*     every aggregating function over edge values (INT64_MIN/MAX,
             negatives, zero, sum overflow, stddev rounding), the
             quantize/lquantize/llquantize buckets around them
  key_*      keys of every type (integers of each size, strings, tuples,
             sym/mod/uaddr of constants, probe names)
  printa_*   every printa() conversion with flags and widths over every
             function, several aggregations in one printa(), empty and
             cleared aggregations, printa() in BEGIN/tick/END
  op_*       trunc/clear/normalize/denormalize of each function
  opt_*      aggsortkey/aggsortrev/aggsortpos/aggsortkeypos, aggpack,
             agghist, aggzoom, aggrate, aggsize
  err_*      aggregation errors: the [D_TAG] is compared
  probe_*    aggregations fed by syscall probes of a trigger (-c), keyed
             by execname/probefunc/ustack()/usym()/umod()/uaddr()
  shape_*    quantizations of timestamp deltas: the output's shape is
             compared (numbers and bars masked, repeated rows folded)

  diff_agg.py --list | --print NAME | --run --out DIR [--filter RE] [-j N]

Each program runs as `odtrace -xerrtags FLAGS prog.d` and `dtrun -xerrtags
FLAGS prog.d` with _DTRACE_TESTING=t LANGUAGE=C (FLAGS is -qs unless the
program says otherwise).  Compared: the exit status, stdout byte for byte
(or its shape), the [D_TAG]s of stderr, and stderr's other lines with the
program name (dtrace:/dtrun:) taken out.  Trigger programs are built into
--triggers (default /tmp/diff_agg-triggers) from the C below.
"""
import argparse
import concurrent.futures
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import diff_d  # noqa: E402  the runner's shared pieces

PROGS = {}

# name -> (src, flags, mode): mode "exact" or "shape"


def prog(name, body, end=None, pragmas=(), flags="-qs", mode="exact",
         quiet=True, tick=False):
    """Register one program.  An indented body goes in BEGIN; anything
    else is the whole program.  END (if any) is added; an exit clause
    ends it (in tick-1ms after a few ticks where tick is set)."""
    assert name not in PROGS, name
    src = "#pragma D option quiet\n" if quiet else ""
    for p in pragmas:
        src += "#pragma D option %s\n" % p
    src += "BEGIN\n{\n%s}\n" % body if body.startswith("\t") else body
    if end:
        src += "\nEND\n{\n%s}\n" % end
    if tick:
        src += "\ntick-10ms\n/++ticks_ == 3/\n{\n\texit(0);\n}\n"
    elif "exit(" not in src:
        src += "\nBEGIN\n{\n\texit(0);\n}\n"
    PROGS[name] = (src, flags, mode)


def cname(s):
    s = s.replace("-", "m").replace("=", "_eq_")
    return re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_")


# --- 1. aggregating functions over edge values --------------------------------
I64MIN = "(long long)0x8000000000000000"
I64MAX = "0x7fffffffffffffffLL"
EDGE = {
    "count": [["count()"], ["count()"] * 5],
    "sum": [["sum(%s)" % I64MAX, "sum(1)"], ["sum(%s)" % I64MIN, "sum(-1)"],
            ["sum(-5)", "sum(-6)"], ["sum(0)"], ["sum(%s)" % I64MIN],
            ["sum((unsigned)0xffffffff)", "sum((char)-1)"],
            ["sum(0xffffffffffffffffULL)"]],
    "avg": [["avg(-5)", "avg(-6)"], ["avg(-1)", "avg(0)"], ["avg(0)"],
            ["avg(%s)" % I64MAX, "avg(%s)" % I64MAX],
            ["avg(%s)" % I64MIN], ["avg(1)", "avg(2)"], ["avg(7)"] * 3,
            ["avg(-7)", "avg(2)", "avg(2)"]],
    "min": [["min(%s)" % I64MIN], ["min(%s)" % I64MAX], ["min(0)", "min(-1)"],
            ["min(%s)" % I64MAX, "min(%s)" % I64MIN],
            ["min(0xffffffffffffffffULL)"]],
    "max": [["max(%s)" % I64MIN], ["max(%s)" % I64MAX], ["max(0)", "max(-1)"],
            ["max(%s)" % I64MIN, "max(-1)"], ["max(0xffffffffffffffffULL)"]],
    "stddev": [["stddev(1)", "stddev(2)"], ["stddev(1)", "stddev(2)",
                                            "stddev(3)", "stddev(4)"],
               ["stddev(-1)", "stddev(-2)"], ["stddev(0)"], ["stddev(5)"],
               ["stddev(1000000000)", "stddev(-1000000000)"],
               ["stddev(%s)" % I64MAX, "stddev(0)"],
               ["stddev(3)", "stddev(3)", "stddev(4)"],
               ["stddev(-7)", "stddev(0)", "stddev(7)"]],
}
QVALS = ["0", "1", "-1", "2", "3", "4", "7", "8", "-2", "-3", "-4", "1023",
         "1024", "1 << 62", I64MAX, I64MIN, "(unsigned)0xffffffff",
         "0xffffffffffffffffULL"]
for _v in QVALS:
    EDGE.setdefault("quantize", []).append(["quantize(%s)" % _v])
EDGE["quantize"] += [["quantize(1)", "quantize(1000)"],
                     ["quantize(-1000)", "quantize(1000)"],
                     ["quantize(5, 0)"], ["quantize(5, -1)"],
                     ["quantize(5, 3)", "quantize(5, -3)"],
                     ["quantize(5, %s)" % I64MAX, "quantize(5, 1)"],
                     ["quantize(0, 5)", "quantize(-1, 2)", "quantize(1, 1)"],
                     ["quantize(-1, -1)"]]
LQ = [("0, 10, 1", ["-1", "0", "9", "10", "11", "5"]),
      ("0, 10, 2", ["1", "3", "9", "-100", "100"]),
      ("-10, 10, 5", ["-11", "-10", "-6", "-5", "0", "9", "10"]),
      ("-100, -10, 10", ["-101", "-100", "-11", "-10", "0", "-50"]),
      ("1, 3, 1", ["0", "1", "2", "3", "4"]),
      ("0, 1000, 100", ["0", "999", "1000", "500"]),
      ("-2147483648, 2147483647, 1000000000", ["0", I64MIN, I64MAX]),
      ("0, 3, 1", ["-1"]), ("0, 3, 1", ["3"]), ("0, 3, 1", ["1"]),
      ("0, 3, 1", ["0"]), ("0, 3, 1", ["2", "2"]),
      ("0, 65535, 65535", ["0", "65534", "65535"]),
      ("5, 6, 1", ["5"]), ("-1, 0, 1", ["-1", "0"])]
for _r, _vs in LQ:
    EDGE.setdefault("lquantize", []).append(
        ["lquantize(%s, %s)" % (v, _r) for v in _vs])
    EDGE["lquantize"].append(
        ["lquantize(%s, %s, %d)" % (v, _r, i + 2) for i, v in enumerate(_vs)])
EDGE["lquantize"] += [["lquantize(3, 0, 10)"], ["lquantize(3, 0, 10, 1, 0)"],
                      ["lquantize(3, 0, 10, 1, -2)"],
                      ["lquantize(-5, 0, 10, 1, 2)", "lquantize(50, 0, 10)"]]
LLQ = [("10, 0, 6, 20", ["0", "1", "5", "9", "10", "11", "99", "100", "1000000",
                         "999999", "-1", "7000000"]),
       ("2, 0, 10, 4", ["1", "2", "3", "4", "5", "7", "8", "1023", "1024",
                        "3000"]),
       ("10, 1, 3, 10", ["0", "1", "9", "10", "99", "999", "1000", "5000"]),
       ("10, 2, 2, 10", ["50", "100", "150", "999", "1000"]),
       ("3, 0, 3, 9", ["0", "1", "2", "3", "26", "27", "80", "81"]),
       ("10, 0, 1, 10", ["0", "5", "10", "100"]),
       ("2, 0, 63, 2", ["1", I64MAX, "-1"]),
       ("4, 1, 5, 16", ["3", "4", "5", "63", "64", "4096", "100000"]),
       ("10, 0, 6, 20", ["0"]), ("10, 0, 6, 20", ["5"]),
       ("10, 0, 6, 20", ["-5"]), ("10, 0, 6, 20", ["100000000"])]
for _r, _vs in LLQ:
    EDGE.setdefault("llquantize", []).append(
        ["llquantize(%s, %s)" % (v, _r) for v in _vs])
EDGE["llquantize"].append(["llquantize(50, 10, 0, 6, 20, 3)",
                           "llquantize(5, 10, 0, 6, 20, -1)"])

for _f, _sets in EDGE.items():
    for _i, _fs in enumerate(_sets):
        body = "".join("\t@ = %s;\n" % f for f in _fs)
        prog("edge_%s_%d" % (_f, _i), body)
        if _f not in ("quantize", "lquantize", "llquantize"):
            prog("edge_%s_%d_printa" % (_f, _i), body.replace("@ =", "@a =") +
                 '\tprinta("[%@d][%@u][%@x][%@20d][%@-5i]\\n", @a);\n')
        else:
            prog("edge_%s_%d_keyed" % (_f, _i), "".join(
                '\t@a["k", %d] = %s;\n' % (j % 2, f) for j, f in enumerate(_fs)))

# --- keys of every type -----------------------------------------------------
KEYS = [("char", "(char)-1", "(char)1"), ("uchar", "(unsigned char)255",
                                          "(unsigned char)1"),
        ("schar", "(signed char)-128", "(signed char)127"),
        ("short", "(short)-2", "(short)32767"),
        ("ushort", "(unsigned short)65535", "(unsigned short)2"),
        ("int", "(int)-2147483648", "(int)7"),
        ("uint", "(unsigned)4294967295", "(unsigned)3"),
        ("long", "(long)-1", I64MAX), ("ulong", "(unsigned long)-1", "1UL"),
        ("int8", "(int8_t)-8", "(int8_t)8"),
        ("uint16", "(uint16_t)0xffff", "(uint16_t)0"),
        ("int64", I64MIN, "(int64_t)0"), ("const", "12345", "-12345"),
        ("str", '"zzz"', '"a"'), ("str_empty", '""', '"x"'),
        ("str_long", '"' + "k" * 100 + '"', '"short"'),
        ("str_sp", '"a b\\tc"', '"a"'), ("ptr", "(int *)0x10", "(void *)0"),
        ("bool", "1 == 1", "1 == 0"),
        ("probefunc", "probefunc", "probename"),
        ("probeprov", "probeprov", "probemod"),
        ("sym0", "sym(0)", "sym(1)"), ("mod0", "mod(0)", "mod(1)"),
        ("usym0", "usym(0)", "usym(1)"), ("umod0", "umod(0)", "umod(1)"),
        ("uaddr0", "uaddr(0)", "uaddr(0x1234)"),
        ("func0", "func(0)", "ufunc(0)")]
for _n, _a, _b in KEYS:
    prog("key_%s" % _n, "\t@c[%s] = count();\n\t@c[%s] = count();\n"
         "\t@c[%s] = count();\n\t@s[%s] = sum(-3);\n\t@s[%s] = sum(4);\n"
         % (_a, _a, _b, _a, _b))
    prog("key_%s_printa" % _n, "\t@c[%s] = count();\n\t@c[%s] = count();\n"
         "\t@c[%s] = count();\n\tprinta(@c);\n\tprinta(\"<%%@d>\\n\", @c);\n"
         % (_a, _a, _b))
    prog("key_%s_tuple" % _n, "\t@t[%s, 1, \"s\"] = max(2);\n"
         "\t@t[%s, -1, \"t\"] = max(3);\n\t@t[%s, 2, \"\"] = max(-1);\n"
         % (_a, _b, _a))
    prog("key_%s_quantize" % _n, "\t@q[%s] = quantize(3);\n"
         "\t@q[%s] = lquantize(3, 0, 10, 2);\n" % (_a, _b)
         if False else "\t@q[%s] = quantize(3);\n\t@q[%s] = quantize(-3);\n"
         % (_a, _b))
# keys printed with explicit conversions
prog("key_fmt_ints", """	@a[(char)-1, (short)-2, (unsigned short)3, (long long)-4] = count();
	printa("%d|%d|%d|%d|%@d\\n", @a);
	printa("%x|%x|%x|%x|%@x\\n", @a);
	printa("%u|%u|%u|%u|%@u\\n", @a);
	printa("%5d|%-5d|%05d|%+d|%@5d|\\n", @a);
""")
prog("key_fmt_chars", """	@a[(char)65, (unsigned char)66] = count();
	printa("%c|%c|%@d\\n", @a);
	printa("%d|%d|%@d\\n", @a);
""")
prog("key_fmt_str", """	@a["abc", "de"] = count();
	printa("[%s][%10s][%-10s][%.1s]%@d\\n", @a);
""")
prog("key_fmt_sym", """	@a[sym(0), mod(0), usym(0), umod(0), uaddr(0)] = count();
	printa("%a|%A|%a|%A|%a %@d\\n", @a);
	printa("%p|%p|%p|%p|%p %@d\\n", @a);
	printa(@a);
""")
prog("key_fmt_width", """	@[10, 100] = sum(1);
	@[-10, 200] = sum(2);
	printa("-->%-*d<--\\n", @);
	printa("-->%*d<--\\n", @);
	printa("-->%*d %@d<--\\n", @);
""")
prog("key_fmt_fewer", """	@a[1, 2, 3] = count();
	printa("%d\\n", @a);
	printa("%@d %d\\n", @a);
	printa("%d %d %d %d %@d\\n", @a);
""")
prog("key_fmt_noagg", """	@a[1, 2] = count();
	printa("%d %d\\n", @a);
	printa("no conversions\\n", @a);
""")
prog("key_fmt_two_at", """	@a[1] = count();
	printa("%@d %@d\\n", @a);
""")
prog("key_sort_mixed", """	@a["b", 2] = count();
	@a["b", 1] = count();
	@a["a", 3] = count();
	@a["a", 3] = count();
	@a["c", -1] = count();
	@a["", 0] = count();
""")
prog("key_sort_neg", "".join("\t@a[%s] = sum(%d);\n" % (k, i % 3)
                             for i, k in enumerate(["-1", "1", "-2", "2",
                                                    "0", I64MIN, I64MAX])))
prog("key_sort_uneg", "".join("\t@a[(unsigned)%s] = count();\n" % k
                              for k in ["-1", "1", "-2", "2", "0"]))
prog("key_sort_chars", "".join("\t@a[(char)%s] = count();\n" % k
                               for k in ["-1", "1", "-128", "127", "0"]))
prog("key_sort_strs", "".join('\t@a["%s"] = count();\n' % k
                              for k in ["b", "a", "B", "ab", "", "aa", "a b",
                                        "~", "0"]))

# --- 2. printa() --------------------------------------------------------------
AFMT = ["%@d", "%@u", "%@x", "%@X", "%@o", "%@i", "%@5d", "%@-5d", "%@05d",
        "%@+d", "%@ d", "%@#x", "%@#o", "%@.3d", "%@20.10d", "%@-20x",
        "%@c", "%@ld", "%@lld", "%@lu", "%@llx", "%@hd", "%@hhd", "%@s", "%@p",
        "%@a", "%@e", "%@f", "%@S", "%@@d", "%@*d", "%@-d", "%@0d", "%@'d"]
AFUNC = [("count", ["count()", "count()"]), ("sum", ["sum(-300)", "sum(7)"]),
         ("avg", ["avg(-3)", "avg(10)"]), ("min", ["min(-9)", "min(4)"]),
         ("max", ["max(-9)", "max(4)"]),
         ("stddev", ["stddev(2)", "stddev(6)"]),
         ("quantize", ["quantize(5)", "quantize(-2)"]),
         ("lquantize", ["lquantize(5, 0, 10, 5)", "lquantize(-2, 0, 10, 5)"]),
         ("llquantize", ["llquantize(50, 10, 0, 3, 10)",
                         "llquantize(5, 10, 0, 3, 10)"])]
for _fn, _vals in AFUNC:
    for _f in AFMT:
        prog("printa_%s_%s" % (_fn, cname(_f.replace("@", "at_")
                                          .replace("-", "m").replace("+", "p")
                                          .replace(" ", "sp").replace("#", "h")
                                          .replace("*", "star")
                                          .replace(".", "dot")
                                          .replace("'", "q")) or "x"),
             "".join('\t@a["k"] = %s;\n' % v for v in _vals) +
             '\tprinta("<%%s %s>\\n", @a);\n' % _f)
    prog("printa_%s_nofmt" % _fn, "".join('\t@a["k"] = %s;\n\t@b = %s;\n' %
                                          (v, v) for v in _vals) +
         '\tprinta(@a);\n\tprinta(@b);\n\tprintf("|\\n");\n')
    prog("printa_%s_text" % _fn, "".join('\t@a[1] = %s;\n' % v for v in _vals)
         + '\tprinta("before %%d middle %%@d after\\n", @a);\n'
           '\tprinta("%%@d", @a);\n\tprintf("|\\n");\n'
           '\tprinta("\\n%%d\\n", @a);\n\tprinta("%%d\\t%%%%\\n", @a);\n')
    prog("printa_%s_nokeyfmt" % _fn, "".join('\t@b = %s;\n' % v for v in _vals)
         + '\tprinta("[%@d]\\n", @b);\n\tprinta("[%@d] text\\n", @b);\n'
           '\tprinta("plain\\n", @b);\n')
# several aggregations in one printa
prog("multi_basic", """	@a[1] = count();
	@a[2] = count();
	@b[1] = sum(10);
	@b[3] = sum(30);
	@c[2] = max(7);
	printa("%d: %@d %@d %@d\\n", @a, @b, @c);
	printa(@a, @b, @c);
	printa("%d %@d\\n", @c, @a);
""")
prog("multi_funcs", """	@c["x"] = count();
	@s["x"] = sum(-5);
	@a["x"] = avg(9);
	@m["y"] = min(3);
	@M["y"] = max(4);
	@d["x"] = stddev(7);
	printa("%s %@d %@d %@d %@d %@d %@d\\n", @c, @s, @a, @m, @M, @d);
	printa(@c, @s, @a, @m, @M, @d);
""")
prog("multi_quantize", """	@a["x"] = count();
	@q["x"] = quantize(5);
	@q["y"] = quantize(5);
	printa("%s %@d %@d\\n", @a, @q);
""")
prog("multi_quantize_nofmt", """	@a["x"] = count();
	@q["x"] = quantize(5);
	printa(@a, @q);
""")
prog("multi_sorted", """	@a[1] = sum(5);
	@a[2] = sum(1);
	@a[3] = sum(3);
	@b[1] = sum(2);
	@b[2] = sum(9);
	@b[4] = sum(0);
	printa("%d %@d %@d\\n", @a, @b);
	printa("%d %@d %@d\\n", @b, @a);
""")
prog("multi_keymismatch", """	@a[1] = count();
	@b["x"] = count();
	printa("%@d %@d\\n", @a, @b);
""")
prog("multi_keycount", """	@a[1] = count();
	@b[1, 2] = count();
	printa("%d %@d %@d\\n", @a, @b);
""")
prog("multi_keyless", """	@a = count();
	@b = sum(5);
	printa("%@d %@d\\n", @a, @b);
	printa(@a, @b);
""")
prog("multi_same", """	@a[1] = count();
	printa("%d %@d %@d\\n", @a, @a);
""")
prog("multi_fewer_conv", """	@a[1] = count();
	@b[1] = sum(3);
	printa("%d %@d\\n", @a, @b);
""")
prog("multi_more_conv", """	@a[1] = count();
	@b[1] = sum(3);
	printa("%d %@d %@d %@d\\n", @a, @b);
""")
prog("multi_tuple_types", """	@a[(char)1, "s"] = count();
	@b[(long)1, "s"] = sum(4);
	printa("%d %s %@d %@d\\n", @a, @b);
""")
prog("multi_empty_one", """	@a[1] = count();
	@b[1] = sum(3);
	clear(@b);
	printa("%d %@d %@d\\n", @a, @b);
	trunc(@b);
	printa("%d %@d %@d\\n", @a, @b);
	printa("%d %@d %@d\\n", @b, @a);
""")
prog("multi_zero", """	@a[1] = sum(0);
	@b[2] = sum(0);
	@c[3] = count();
	printa("%d %@d %@d %@d\\n", @a, @b, @c);
""")
prog("multi_sortpos", """	@a[1] = sum(3);
	@a[2] = sum(2);
	@b[1] = sum(1);
	@b[2] = sum(5);
	printa("%d %@d %@d\\n", @a, @b);
""", pragmas=["aggsortpos=1"])
prog("multi_sortpos_rev", """	@a[1] = sum(3);
	@a[2] = sum(2);
	@a[3] = sum(2);
	@b[1] = sum(1);
	@b[2] = sum(5);
	@b[3] = sum(1);
	printa("%d %@d %@d\\n", @a, @b);
""", pragmas=["aggsortpos=1", "aggsortrev"])
prog("multi_sortpos_big", """	@a[1] = sum(3);
	@b[1] = sum(1);
	printa("%d %@d %@d\\n", @a, @b);
""", pragmas=["aggsortpos=5"])
prog("multi_sortkey", """	@a[3] = sum(1);
	@a[1] = sum(3);
	@b[2] = sum(9);
	printa("%d %@d %@d\\n", @a, @b);
""", pragmas=["aggsortkey"])
# empty, cleared, truncated
prog("printa_empty_never", """int cond;
BEGIN
{
	printa(@a);
	printf("--\\n");
	printa("%d %@d\\n", @a);
	printf("--\\n");
	exit(0);
}

BEGIN
/cond/
{
	@a[1] = count();
}
""")
prog("printa_empty_keyless_never", """int cond;
BEGIN
{
	printa(@a);
	printf("--\\n");
	printa("%@d\\n", @a);
	printf("--\\n");
	exit(0);
}

BEGIN
/cond/
{
	@a = count();
}
""")
prog("printa_cleared", """	@a[1] = count();
	@q = quantize(3);
	@b = sum(2);
	clear(@a);
	clear(@q);
	clear(@b);
	printa(@a);
	printa(@q);
	printa(@b);
	printf("--\\n");
	printa("%d %@d\\n", @a);
	printa("%@d\\n", @b);
	printa("%@d\\n", @q);
""")
prog("printa_cleared_end", "\t@a[1] = count();\n\t@q = quantize(3);\n"
     "\t@b = sum(2);\n\t@c = avg(4);\n\t@d = stddev(4);\n\t@m = min(3);\n"
     "\t@l = lquantize(3, 0, 10, 1);\n\t@L = llquantize(3, 10, 0, 2, 10);\n"
     "\tclear(@a);\n\tclear(@q);\n\tclear(@b);\n\tclear(@c);\n\tclear(@d);\n"
     "\tclear(@m);\n\tclear(@l);\n\tclear(@L);\n")
prog("printa_trunc_end", "\t@a[1] = count();\n\t@q = quantize(3);\n"
     "\t@b = sum(2);\n\ttrunc(@a);\n\ttrunc(@q);\n\ttrunc(@b);\n")
prog("printa_end_only", "", end='\t@a["end"] = count();\n\tprinta(@a);\n'
     '\tprinta("%s %@d\\n", @a);\n')
prog("printa_begin_end", '\t@a["begin"] = count();\n\tprinta(@a);\n',
     end='\t@a["end"] = count();\n\tprinta(@a);\n')
prog("printa_tick", """tick-10ms
{
	@a["t"] = count();
	printa("tick %s %@d\\n", @a);
}

tick-10ms
/++n == 3/
{
	exit(0);
}
""")
prog("printa_tick_nofmt", """tick-10ms
{
	@a["t"] = count();
	@q = quantize(n);
	printa(@a);
	printa(@q);
}

tick-10ms
/++n == 2/
{
	exit(0);
}
""")
prog("printa_nonquiet", '\t@a["x"] = count();\n\tprinta(@a);\n'
     '\tprinta("%s %@d\\n", @a);\n', quiet=False)
prog("printa_nonquiet_q", '\t@q = quantize(5);\n\tprinta(@q);\n', quiet=False)
prog("printa_nonquiet_end", '\t@a["x"] = count();\n\t@b = sum(4);\n',
     quiet=False)
prog("printa_nonquiet_empty", """int cond;
BEGIN
{
	printa(@a);
	exit(0);
}

BEGIN
/cond/
{
	@a[1] = count();
}
""", quiet=False)
# default printing at exit: order, blank lines, aggregations without data
prog("exit_order", """	@z = count();
	@a = sum(3);
	@m["k"] = max(2);
	@b[1] = quantize(4);
	@y = avg(5);
""")
prog("exit_order_decl", """int cond;
BEGIN
/cond/
{
	@first = count();
}

BEGIN
{
	@second = count();
	@third[1] = sum(2);
}

BEGIN
/cond/
{
	@fourth = count();
}
""")
prog("exit_anon_named", """	@ = count();
	@a = count();
	@[1] = sum(2);
""" if False else """	@ = count();
	@a = sum(3);
""")
prog("exit_anon_keyed", """	@[1] = count();
	@["x"] = count();
""")
prog("exit_printed_before", """	@a = count();
	printa(@a);
	@b = count();
""")
prog("exit_nonquiet_order", """	@z = count();
	@a[1] = sum(3);
	@q = quantize(4);
""", quiet=False)
prog("exit_with_output", '\t@a = count();\n\tprintf("text");\n')
prog("exit_cleared_all", "\t@a = count();\n\tclear(@a);\n")

# --- trunc / clear / normalize / denormalize -----------------------------------
OPFUNC = [("count", ["count()"] * 3), ("sum", ["sum(100)", "sum(25)"]),
          ("avg", ["avg(10)", "avg(21)"]), ("min", ["min(9)"]),
          ("max", ["max(-9)"]), ("stddev", ["stddev(10)", "stddev(30)"]),
          ("quantize", ["quantize(10)", "quantize(100)", "quantize(100)"]),
          ("lquantize", ["lquantize(5, 0, 10, 2)", "lquantize(7, 0, 10, 2)"]),
          ("llquantize", ["llquantize(55, 10, 0, 3, 10)"])]
for _fn, _vals in OPFUNC:
    fill = "".join('\t@a["x"] = %s;\n\t@a["y"] = %s;\n\t@a["y"] = %s;\n'
                   % (v, v, v) for v in _vals)
    for _n in ["1", "2", "3", "7", "-1", "0", "1000"]:
        prog("op_norm_%s_%s" % (_fn, _n.replace("-", "m")),
             fill + "\tnormalize(@a, %s);\n\tprinta(@a);\n"
             '\tprinta("%%s %%@d\\n", @a);\n' % _n)
    prog("op_norm_%s_denorm" % _fn, fill +
         "\tnormalize(@a, 4);\n\tdenormalize(@a);\n\tprinta(@a);\n")
    prog("op_norm_%s_end" % _fn, fill + "\tnormalize(@a, 3);\n")
    prog("op_norm_%s_var" % _fn, fill + "\tthis->n = 5;\n"
         "\tnormalize(@a, this->n);\n")
    prog("op_denorm_only_%s" % _fn, fill + "\tdenormalize(@a);\n")
    prog("op_norm_%s_keyless" % _fn, "".join("\t@b = %s;\n" % v
                                             for v in _vals) +
         "\tnormalize(@b, 2);\n")
    prog("op_norm_twice_%s" % _fn, fill + "\tnormalize(@a, 2);\n"
         "\tprinta(@a);\n\tnormalize(@a, 5);\n")
    for _t in ["", ", 0", ", 1", ", 2", ", -1", ", -2", ", 100", ", -100"]:
        prog("op_trunc_%s_%s" % (_fn, cname(_t.replace("-", "m")) or "all"),
             fill + '\t@a["z"] = %s;\n\ttrunc(@a%s);\n\tprinta(@a);\n'
             '\tprintf("--\\n");\n' % (_vals[0], _t))
    prog("op_clear_%s" % _fn, fill + "\tclear(@a);\n\tprinta(@a);\n"
         '\tprintf("--\\n");\n' + "".join('\t@a["y"] = %s;\n' % v
                                          for v in _vals))
prog("op_trunc_var", """	@a[1] = sum(1);
	@a[2] = sum(2);
	@a[3] = sum(3);
	this->n = 2;
	trunc(@a, this->n);
""")
prog("op_trunc_keyless", "\t@a = sum(1);\n\ttrunc(@a, 1);\n\tprinta(@a);\n"
     "\t@b = sum(2);\n\ttrunc(@b, -1);\n")
prog("op_trunc_then_add", """	@a[1] = sum(1);
	@a[2] = sum(2);
	@a[3] = sum(3);
	trunc(@a, 1);
	@a[1] = sum(10);
	@a[4] = sum(0);
""")
prog("op_trunc_ties", """	@a[1] = sum(2);
	@a[2] = sum(2);
	@a[3] = sum(2);
	@a[4] = sum(1);
	trunc(@a, 2);
	printa(@a);
	@b[1] = sum(2);
	@b[2] = sum(2);
	@b[3] = sum(2);
	@b[0] = sum(3);
	trunc(@b, -2);
""")
prog("op_clear_tick", """tick-10ms
{
	@a[n] = count();
	@b = sum(n);
}

tick-10ms
/++n == 3/
{
	printa(@a);
	printa(@b);
	clear(@a);
	clear(@b);
	printa(@a);
	printa(@b);
	exit(0);
}
""")
prog("op_normalize_big", """	@a = sum(7);
	normalize(@a, 0x7fffffffffffffff);
	printa(@a);
	@b = sum(-7);
	normalize(@b, 3);
""")

# --- options ------------------------------------------------------------------
OPT_BODY = """	@a["b", 2] = sum(1);
	@a["a", 3] = sum(3);
	@a["c", 1] = sum(2);
	@a["d", 0] = sum(2);
	@a["a", 1] = sum(2);
"""
OPTS = ["aggsortkey", "aggsortrev", "aggsortkeypos=1", "aggsortkeypos=0",
        "aggsortkeypos=2", "aggsortpos=0", "aggsortpos=1", "aggpack",
        "agghist", "aggzoom", "aggrate=1s", "aggrate=10hz", "aggsize=1k",
        "aggsize=0", "aggsize=16", "aggsortkey=1", "aggsortkeypos=-1",
        "aggsortrev=0", "bogusaggopt", "aggsortkey=bad", "aggsortkeypos=x"]
for _o in OPTS:
    prog("opt_%s" % cname(_o), OPT_BODY, pragmas=[_o])
    prog("opt_%s_flag" % cname(_o), OPT_BODY, flags="-x %s -qs" % _o)
    prog("opt_%s_setopt" % cname(_o), OPT_BODY + '\tsetopt("%s");\n' %
         _o.replace("=", '", "'))
for _a, _b in [("aggsortkey", "aggsortrev"), ("aggsortkey", "aggsortkeypos=1"),
               ("aggsortrev", "aggsortkeypos=1"), ("aggsortrev", "aggsortpos=0")]:
    prog("opt_%s_%s" % (cname(_a), cname(_b)), OPT_BODY, pragmas=[_a, _b])
    prog("opt_3_%s_%s" % (cname(_a), cname(_b)), OPT_BODY,
         pragmas=[_a, _b, "aggsortkeypos=1" if "pos" not in _b else
                  "aggsortkey"])
for _o in ["aggpack", "agghist", "aggzoom", "aggpack,agghist", "aggzoom,agghist"]:
    prog("opt_q_%s" % cname(_o), """	@q["x"] = quantize(3);
	@q["x"] = quantize(100);
	@q["y"] = quantize(-4);
	@l = lquantize(5, 0, 10, 1);
	@L = llquantize(500, 10, 0, 4, 10);
""", pragmas=_o.split(","))
prog("opt_sortkey_quantize", """	@q[3] = quantize(3);
	@q[1] = quantize(100);
	@q[2] = quantize(-4);
	@q[2] = quantize(-4);
""", pragmas=["aggsortkey"])
prog("opt_sort_quantize", """	@q[3] = quantize(3);
	@q[1] = quantize(100);
	@q[1] = quantize(100);
	@q[2] = quantize(-4);
	@l[1] = lquantize(5, 0, 10, 1);
	@l[2] = lquantize(-5, 0, 10, 1);
	@l[3] = lquantize(50, 0, 10, 1);
	@l[3] = lquantize(50, 0, 10, 1);
	@s[1] = stddev(5);
	@s[2] = stddev(1);
	@s[3] = stddev(3);
	@s[3] = stddev(4);
	@v[1] = avg(5);
	@v[2] = avg(-1);
""")
prog("opt_aggsize_drops", """tick-10ms
{
	@a[n++] = count();
}

tick-10ms
/n == 200/
{
	exit(0);
}
""", pragmas=["aggsize=512"], mode="shape")
prog("opt_aggrate_tick", """tick-10ms
{
	@a[n % 3] = count();
}

tick-10ms
/++n == 6/
{
	exit(0);
}
""", pragmas=["aggrate=1ms"], mode="shape")
prog("opt_setopt_tick", """tick-10ms
/n == 0/
{
	setopt("aggsortkey");
}

tick-10ms
{
	@a[3 - n] = sum(n);
}

tick-10ms
/++n == 3/
{
	exit(0);
}
""")

# ties and sort keys: equal values are ordered by their keys, then by
# aggregation (dt_aggregate_valcmp(), dt_aggregate_keycmp())
TIES = {
    "count": ['\t@a[%s] = count();\n'],
    "sum": ['\t@a[%s] = sum(2);\n'],
    "avg": ['\t@a[%s] = avg(2);\n'],
    "quantize": ['\t@a[%s] = quantize(2);\n'],
    "lquantize": ['\t@a[%s] = lquantize(2, 0, 10, 1);\n'],
    "stddev": ['\t@a[%s] = stddev(2);\n', '\t@a[%s] = stddev(4);\n'],
}
TIEKEYS = {"int": ["3", "-1", "2", "0", "-7"],
           "str": ['"b"', '"a"', '"c"', '""', '"ab"'],
           "tuple": ['"b", 1', '"a", 2', '"a", 1', '"b", 0', '"", 5'],
           "mixed": ['1, "b"', '-1, "a"', '1, "a"', '0, ""', '-1, "b"']}
for _fn, _ls in TIES.items():
    for _kn, _ks in TIEKEYS.items():
        body = "".join(l % k for k in _ks for l in _ls)
        for _o in ["", "aggsortkey", "aggsortrev", "aggsortkey,aggsortrev",
                   "aggsortkeypos=1"]:
            if _o == "aggsortkeypos=1" and _kn in ("int", "str"):
                continue
            prog("tie_%s_%s_%s" % (_fn, _kn, cname(_o) or "none"), body,
                 pragmas=[x for x in _o.split(",") if x])
# values differing only in the quantize buckets: sorted by their sum
prog("tie_quantize_sum", """	@a[1] = quantize(100);
	@a[2] = quantize(1);
	@a[2] = quantize(1);
	@a[3] = quantize(-50);
	@a[4] = quantize(50);
	@a[4] = quantize(-50);
	@b[1] = lquantize(5, 0, 10, 1);
	@b[2] = lquantize(1, 0, 10, 1);
	@b[2] = lquantize(1, 0, 10, 1);
	@b[3] = lquantize(-5, 0, 10, 1);
""")
# rows printed around the values: gaps between non-zero buckets
GAPS = [("quantize", ["quantize(1)", "quantize(1 << 20)"]),
        ("quantize_neg", ["quantize(-1)", "quantize(1)"]),
        ("quantize_neg2", ["quantize(-1000)", "quantize(-2)"]),
        ("lquantize", ["lquantize(0, 0, 100, 1)", "lquantize(50, 0, 100, 1)"]),
        ("lquantize_ends", ["lquantize(-5, 0, 100, 10)",
                            "lquantize(500, 0, 100, 10)"]),
        ("lquantize_w0", ["lquantize(5, 0, 10, 1, 0)",
                          "lquantize(7, 0, 10, 1)"]),
        ("llquantize", ["llquantize(1, 10, 0, 6, 10)",
                        "llquantize(500000, 10, 0, 6, 10)"]),
        ("llquantize_under", ["llquantize(0, 10, 2, 6, 10)",
                              "llquantize(50, 10, 2, 6, 10)"]),
        ("quantize_zero_w", ["quantize(5, 0)", "quantize(9, 0)"]),
        ("quantize_negw", ["quantize(5, -1)", "quantize(9, 1)"])]
for _n, _fs in GAPS:
    prog("gap_%s" % _n, "".join("\t@ = %s;\n" % f for f in _fs))
    prog("gap_%s_printa" % _n, "".join("\t@a[\"k\"] = %s;\n" % f for f in _fs)
         + '\tprinta("%s %@d|\\n", @a);\n')

# --- errors ---------------------------------------------------------------------
ERRS = {
    "agg_in_expr": "\t@a = count();\n\ttrace(@a + 1);\n",
    "agg_redef": "\t@a = count();\n\t@a = sum(1);\n",
    "agg_redef_q": "\t@a = quantize(1);\n\t@a = lquantize(1, 0, 10, 1);\n",
    "agg_redef_lq": "\t@a = lquantize(1, 0, 10, 1);\n"
                    "\t@a = lquantize(1, 0, 10, 2);\n",
    "agg_redef_llq": "\t@a = llquantize(1, 10, 0, 3, 10);\n"
                     "\t@a = llquantize(1, 10, 0, 4, 10);\n",
    "agg_keytype": "\t@a[1] = count();\n\t@a[\"x\"] = count();\n",
    "agg_keycount": "\t@a[1] = count();\n\t@a[1, 2] = count();\n",
    "agg_keyless_keyed": "\t@a = count();\n\t@a[1] = count();\n",
    "agg_nofunc": "\t@a = 1;\n",
    "agg_nofunc_key": "\t@a[1] = 1;\n",
    "agg_str_sum": '\t@a = sum("x");\n',
    "agg_str_min": '\t@a = min("x");\n',
    "agg_str_quantize": '\t@a = quantize("x");\n',
    "agg_ptr_sum": '\t@a = sum((int *)0);\n',
    "agg_count_arg": "\t@a = count(1);\n",
    "agg_sum_noarg": "\t@a = sum();\n",
    "agg_avg_2": "\t@a = avg(1, 2);\n",
    "agg_quantize_3": "\t@a = quantize(1, 2, 3);\n",
    "agg_lquantize_2": "\t@a = lquantize(1, 2);\n",
    "agg_lquantize_var": "\tthis->x = 0;\n\t@a = lquantize(1, this->x, 10, 1);\n",
    "agg_lquantize_step0": "\t@a = lquantize(1, 0, 10, 0);\n",
    "agg_lquantize_hi_lo": "\t@a = lquantize(1, 10, 0, 1);\n",
    "agg_lquantize_eq": "\t@a = lquantize(1, 10, 10, 1);\n",
    "agg_lquantize_step_big": "\t@a = lquantize(1, 0, 10, 20);\n",
    "agg_lquantize_big": "\t@a = lquantize(1, 0, 100000000000, 1);\n",
    "agg_lquantize_steps": "\t@a = lquantize(1, 0, 100000, 1);\n",
    "agg_lquantize_stepneg": "\t@a = lquantize(1, 0, 10, -1);\n",
    "agg_lquantize_str": '\t@a = lquantize(1, "a", 10, 1);\n',
    "agg_lquantize_6": "\t@a = lquantize(1, 0, 10, 1, 1, 1);\n",
    "agg_llquantize_4": "\t@a = llquantize(1, 10, 0, 6);\n",
    "agg_llquantize_f1": "\t@a = llquantize(1, 1, 0, 6, 20);\n",
    "agg_llquantize_lhmag": "\t@a = llquantize(1, 10, 6, 0, 20);\n",
    "agg_llquantize_eq": "\t@a = llquantize(1, 10, 3, 3, 20);\n",
    "agg_llquantize_steps": "\t@a = llquantize(1, 10, 0, 6, 7);\n",
    "agg_llquantize_steps_big": "\t@a = llquantize(1, 10, 0, 6, 200);\n",
    "agg_llquantize_hmag_big": "\t@a = llquantize(1, 10, 0, 30, 20);\n",
    "agg_llquantize_hmag_64": "\t@a = llquantize(1, 2, 0, 64, 2);\n",
    "agg_llquantize_var": "\tthis->f = 10;\n\t@a = llquantize(1, this->f, 0, 6, 20);\n",
    "agg_llquantize_neg": "\t@a = llquantize(1, 10, -1, 6, 20);\n",
    "agg_llquantize_7": "\t@a = llquantize(1, 10, 0, 6, 20, 1, 1);\n",
    "agg_llquantize_step0": "\t@a = llquantize(1, 10, 0, 6, 0);\n",
    "agg_quantize_strw": '\t@a = quantize(1, "x");\n',
    "agg_sum_void": "\t@a = sum(trace(1));\n",
    "agg_key_void": "\t@a[trace(1)] = count();\n",
    "agg_key_agg": "\t@b = count();\n\t@a[@b] = count();\n",
    "agg_key_stack_str": "\t@a[stack()] = count();\n\t@a[\"x\"] = count();\n",
    "agg_key_struct": "\t@a[curthread->pid] = count();\n\t@b[*curthread] = count();\n",
    "agg_key_array": "\t@a[curthread->comm] = count();\n",
    "agg_mdim": "\t@a[1][2] = count();\n",
    "agg_assign_op": "\t@a += 1;\n",
    "agg_inc": "\t@a++;\n",
    "agg_funcundef": "\t@a = bogus(1);\n",
    "agg_func_notagg": "\t@a = strlen(\"x\");\n",
    "agg_in_pred": None,
    "agg_read": "\t@a = count();\n\tthis->x = @a;\n",
    "printa_noagg": '\tprinta("%d\\n", 1);\n',
    "printa_noargs": "\tprinta();\n",
    "printa_fmt_var": '\t@a = count();\n\tthis->f = "%@d";\n\tprinta(this->f, @a);\n',
    "printa_fmt_nonstr": "\t@a = count();\n\tprinta(1, @a);\n",
    "printa_badconv": '\t@a[1] = count();\n\tprinta("%s %@d\\n", @a);\n',
    "printa_badconv2": '\t@a["x"] = count();\n\tprinta("%d %@d\\n", @a);\n',
    "printa_badaggconv": '\t@a[1] = count();\n\tprinta("%d %@s\\n", @a);\n',
    "printa_too_many": '\t@a[1] = count();\n\tprinta("%d %d %@d\\n", @a);\n',
    "printa_q_fmt": '\t@a = quantize(1);\n\tprinta("%@x\\n", @a);\n',
    "printa_agg_undef": '\tprinta(@nope);\n',
    "printa_mixed_args": '\t@a = count();\n\tprinta(@a, 1);\n',
    "printa_proto": '\t@a[1] = count();\n\t@b["x"] = count();\n'
                    '\tprinta(@a, @b);\n',
    "printa_proto2": '\t@a[1] = count();\n\t@b[1, 2] = count();\n'
                     '\tprinta(@a, @b);\n',
    "trunc_noagg": "\ttrunc(1);\n",
    "trunc_3": "\t@a = count();\n\ttrunc(@a, 1, 2);\n",
    "trunc_str": '\t@a = count();\n\ttrunc(@a, "x");\n',
    "clear_noagg": "\tclear(1);\n",
    "clear_2": "\t@a = count();\n\t@b = count();\n\tclear(@a, @b);\n",
    "norm_noagg": "\tnormalize(1, 2);\n",
    "norm_1": "\t@a = count();\n\tnormalize(@a);\n",
    "norm_str": '\t@a = count();\n\tnormalize(@a, "x");\n',
    "denorm_noagg": "\tdenormalize(1);\n",
    "denorm_2": "\t@a = count();\n\tdenormalize(@a, 2);\n",
    "setopt_bad": '\tsetopt("aggbogus");\n',
    "setopt_val": '\tsetopt("aggsortkey", 1);\n',
    "setopt_nonstr": '\tsetopt(1);\n',
    "agg_in_begin_printf": '\t@a = count();\n\tprintf("%d\\n", @a);\n',
}
for _n, _b in ERRS.items():
    if _b is None:
        continue
    prog("err_%s" % _n, _b)
prog("err_agg_in_pred", """BEGIN
{
	@a = count();
}

BEGIN
/@a/
{
	exit(0);
}
""")

# --- 3. real probes -----------------------------------------------------------
TRIG = "{TRIG}/aggtrig"
TRIG_C = r"""#include <unistd.h>
#include <fcntl.h>
#include <time.h>
/* 3 writes from leaf(), 2 from mid(), one nanosleep */
__attribute__((noinline)) int leaf(int fd)
{
	int i, r = 0;

	for (i = 0; i < 3; i++)
		r += write(fd, "x", 1);
	return r;
}
__attribute__((noinline)) int mid(int fd)
{
	int r = leaf(fd) ^ 1;

	r += write(fd, "yy", 2);
	r += write(fd, "zzz", 3);
	return r;
}
int main(void)
{
	int fd = open("/dev/null", O_WRONLY);
	struct timespec ts = { 0, 20000000 };

	mid(fd);
	nanosleep(&ts, 0);
	close(fd);
	return 0;
}
"""
PROBE_C = "-c " + TRIG + " -qs"
prog("probe_execname", """syscall::write:entry
/pid == $target/
{
	@[execname] = count();
	@s[execname, probefunc] = sum(arg2);
	@q[execname] = quantize(arg2);
	@l[probefunc] = lquantize(arg2, 0, 4, 1);
}
""", flags=PROBE_C)
prog("probe_probefunc", """syscall::write:entry,
syscall::close:entry,
syscall::nanosleep:entry,
syscall::clock_nanosleep:entry
/pid == $target/
{
	@[probefunc, probename] = count();
	@a[probeprov, probemod] = count();
}
""", flags=PROBE_C)
prog("probe_printa_end", """syscall::write:entry
/pid == $target/
{
	@c[execname, arg2] = count();
	@s[execname, arg2] = sum(arg2);
}

END
{
	printa("%s %d %@d %@d\\n", @c, @s);
	printa(@c, @s);
}
""", flags=PROBE_C)
prog("probe_ustack", """syscall::write:entry
/pid == $target/
{
	@[ustack()] = count();
}
""", flags=PROBE_C)
prog("probe_ustack_n", """syscall::write:entry
/pid == $target/
{
	@[ustack(2), arg2] = count();
	@u[ustack(1)] = sum(arg2);
}
""", flags=PROBE_C)
prog("probe_ustack_printa", """syscall::write:entry
/pid == $target/
{
	@[ustack(3)] = count();
}

END
{
	printa("%k %@d\\n", @);
	printa("[%@d]%k\\n", @);
}
""", flags=PROBE_C)
prog("probe_usym", """syscall::write:entry
/pid == $target/
{
	@s[usym(uregs[R_PC])] = count();
	@f[ufunc(uregs[R_PC])] = count();
	@m[umod(uregs[R_PC])] = count();
	@a[uaddr(uregs[R_PC]) != 0] = count();
}

END
{
	printa("%A %@d\\n", @s);
	printa("%A %@d\\n", @m);
}
""", flags=PROBE_C)
prog("probe_ustack_shape", """syscall::write:entry
/pid == $target/
{
	@[ustack()] = count();
	@k[stack()] = count();
}
""", flags=PROBE_C, mode="shape")
prog("probe_stack_shape", """syscall::write:entry
/pid == $target/
{
	@[stack(), execname] = count();
}

END
{
	printa("%k %s %@d\\n", @);
}
""", flags=PROBE_C, mode="shape")
prog("probe_sym_kernel", """syscall::write:entry
/pid == $target/
{
	@[sym(0), mod(0), func(0)] = count();
}
""", flags=PROBE_C)
prog("probe_nonquiet", """syscall::write:entry
/pid == $target/
{
	@[execname] = count();
	printa(@);
}
""", flags="-c " + TRIG + " -s")
prog("probe_args_sum", """syscall::write:entry
/pid == $target/
{
	@n[arg0 > 0] = count();
	@a = avg(arg2);
	@s = stddev(arg2);
	@m = min(arg2);
	@M = max(arg2);
	@L = llquantize(arg2, 2, 0, 4, 2);
}
""", flags=PROBE_C)
prog("probe_true_syscalls", """syscall::exit_group:entry
/pid == $target/
{
	@[execname, probefunc] = count();
}
""", flags="-c /bin/true -qs")
prog("probe_trunc_real", """syscall::write:entry
/pid == $target/
{
	@[arg2] = count();
}

END
{
	trunc(@, 2);
}
""", flags=PROBE_C)
prog("probe_normalize_real", """syscall::write:entry
/pid == $target/
{
	@[arg2] = sum(arg2 * 10);
}

END
{
	normalize(@, 10);
}
""", flags=PROBE_C)
prog("probe_tick_execname", """tick-10ms
{
	@[probefunc, probename] = count();
}

tick-10ms
/++n == 5/
{
	exit(0);
}
""", mode="shape")
prog("shape_timestamp_q", """syscall::write:entry
/pid == $target/
{
	self->ts = timestamp;
}

syscall::write:return
/self->ts/
{
	@q[probefunc] = quantize(timestamp - self->ts);
	@l = lquantize((timestamp - self->ts) / 1000, 0, 100, 10);
	@L = llquantize(timestamp - self->ts, 10, 0, 9, 10);
	self->ts = 0;
}
""", flags=PROBE_C, mode="shape")
prog("shape_tick_delta", """tick-10ms
/last/
{
	@q = quantize(timestamp - last);
	@l = lquantize((timestamp - last) / 1000000, 0, 30, 5);
	@s = sum(1);
}

tick-10ms
{
	last = timestamp;
}

tick-10ms
/++n == 5/
{
	exit(0);
}
""", mode="shape")
prog("shape_tick_printa", """tick-10ms
/last/
{
	@q["d"] = quantize(timestamp - last);
}

tick-10ms
{
	last = timestamp;
}

tick-10ms
/++n == 4/
{
	printa("%s%@d\\n", @q);
	printa(@q);
	exit(0);
}
""", mode="shape")


# --- runner ---------------------------------------------------------------------
def build_triggers(d):
    os.makedirs(d, exist_ok=True)
    src = os.path.join(d, "aggtrig.c")
    exe = os.path.join(d, "aggtrig")
    if not os.path.exists(exe):
        with open(src, "w") as f:
            f.write(TRIG_C)
        subprocess.run(["cc", "-O1", "-g", "-fno-omit-frame-pointer", "-o",
                        exe, src], check=True)


def run(cmd, path, flags, timeout, trig):
    env = dict(os.environ, _DTRACE_TESTING="t", LANGUAGE="C")
    try:
        p = subprocess.run(["timeout", "-k", "5", str(timeout)] + cmd +
                           ["-xerrtags"] + flags.replace("{TRIG}", trig)
                           .split() + [path],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, env=env)
        return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")
    except OSError as e:
        return -1, b"", str(e)


def shape(out):
    """Numbers and bars masked, repeated lines folded: the layout only."""
    lines = []
    for ln in out.decode("utf-8", "replace").split("\n"):
        ln = re.sub(r"@+", "@", ln)
        ln = re.sub(r"0x[0-9a-f]+", "X", ln)
        ln = re.sub(r" *-?\b\d+\b", " N", ln)
        ln = re.sub(r"\s+", " ", ln).rstrip()
        if not lines or lines[-1] != ln:
            lines.append(ln)
    return "\n".join(lines).encode()


tags = diff_d.tags


def other_err(err):
    """stderr lines that are no compile error, the program name taken out."""
    out = []
    for ln in err.splitlines():
        if re.search(r"\[D_[A-Z0-9_]+\]|^\s|^\S+:\d+:\d+: (note|error)|"
                     r"description '.*' matched|^\s*\^", ln):
            continue
        # the CPU BEGIN runs on is wherever the process is
        ln = re.sub(r" on CPU \d+$", " on CPU N", ln)
        out.append(re.sub(r"^(dtrace|dtrun|odtrace): ", "", ln))
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--print", metavar="NAME")
    ap.add_argument("--run", action="store_true")
    ap.add_argument("--filter", default="", help="regex on program names")
    ap.add_argument("--out", default="/tmp/diff_agg")
    ap.add_argument("--odtrace", default="odtrace")
    ap.add_argument("--dtrun", default=os.path.join(here, "..", "..",
                                                    "build", "dtrun"))
    ap.add_argument("--triggers", default="/tmp/diff_agg-triggers")
    ap.add_argument("--timeout", type=int, default=60)
    ap.add_argument("-j", "--jobs", type=int, default=1)
    args = ap.parse_args()
    names = [n for n in PROGS if re.search(args.filter, n)]
    if args.list:
        print("\n".join(names))
        return 0
    if args.print:
        src, flags, mode = PROGS[args.print]
        sys.stdout.write("/* flags: %s; compared: %s */\n" % (flags, mode) +
                         src)
        return 0
    if not args.run:
        ap.print_help()
        return 2
    os.makedirs(args.out, exist_ok=True)
    build_triggers(args.triggers)

    def one(n):
        src, flags, mode = PROGS[n]
        path = os.path.join(args.out, n + ".d")
        with open(path, "w") as f:
            f.write(src)
        return (n, path, mode,
                run([args.odtrace], path, flags, args.timeout, args.triggers),
                run([args.dtrun], path, flags, args.timeout, args.triggers))

    ndiff = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        for n, path, mode, o, d in ex.map(one, names):
            what = []
            if o[0] != d[0]:
                what.append("exit %d/%d" % (o[0], d[0]))
            so, sd = (shape(o[1]), shape(d[1])) if mode == "shape" else \
                (o[1], d[1])
            if so != sd:
                what.append("stdout")
            if tags(o[2]) != tags(d[2]):
                what.append("tags %s/%s" % (tags(o[2]), tags(d[2])))
            elif not tags(o[2]) and other_err(o[2]) != other_err(d[2]):
                what.append("stderr")
            if what:
                ndiff += 1
                diff_d.save_difference(args.out, n, o, d, what)
            else:
                os.unlink(path)
    print("programs %d, differences %d" % (len(names), ndiff))
    return 1 if ndiff else 0


if __name__ == "__main__":
    sys.exit(main())
