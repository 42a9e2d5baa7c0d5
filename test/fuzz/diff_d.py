#!/usr/bin/env python3
"""diff_d.py: deterministic D programs whose output is compared between
Oracle's dtrace and dtc/dtrun (research tool, test/fuzz/README.md).

Every program is a BEGIN clause (and sometimes END) in quiet mode over
constants and variables holding constants: no pid, timestamp or execname,
so two runs, and two implementations, must print the same bytes.  A
program covers one feature (one printf conversion over one type, one
string subroutine, one aggregating function...), so a difference points at
one rule.  Each program ends with a clause of its own that calls exit(0),
so a clause that faults does not leave it running.

  diff_d.py --list                        the programs' names
  diff_d.py --print NAME                  print one program
  diff_d.py --run --out DIR [--filter RE] run them with both, keep the diffs
                                          (DIR/NAME.d, NAME.odtrace, NAME.dtrun)

Compared: stdout byte for byte, the exit status, and the [D_TAG]s of
stderr's error lines (both run with -xerrtags; wording may differ).  The
oracle is `odtrace` (Oracle's dtrace built from the mirror): it is not a
dependency of dtc, and this script is not part of the test command.
"""
import argparse
import concurrent.futures
import os
import re
import subprocess
import sys

PROGS = {}
ARGS = {}      # program name -> extra command-line arguments (both sides)


def prog(name, body, end=None, pragmas=()):
    """Register one program: BEGIN { body }, optional END, exit after."""
    assert name not in PROGS, name
    src = "#pragma D option quiet\n"
    for p in pragmas:
        src += "#pragma D option %s\n" % p
    if callable(body):
        body = body()
    # a body of statements (indented) goes in a BEGIN clause; anything else
    # is the program's declarations and clauses
    src += "BEGIN\n{\n%s}\n" % body if body.startswith("\t") else body
    if end:
        src += "\nEND\n{\n%s}\n" % end
    src += "\nBEGIN\n{\n\texit(0);\n}\n"
    PROGS[name] = src


def cname(s):
    return re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_")


# --- printf -----------------------------------------------------------------
# (name, cast, constant): integers of every size and signedness.
INT_VALUES = [
    ("char_neg", "(char)", "-5"), ("char_200", "(char)", "200"),
    ("uchar", "(unsigned char)", "200"), ("schar", "(signed char)", "-128"),
    ("short_neg", "(short)", "-300"), ("ushort", "(unsigned short)", "65000"),
    ("short_wrap", "(short)", "70000"),
    ("int_neg", "(int)", "-123456"), ("int_min", "(int)", "0x80000000"),
    ("uint", "(unsigned)", "4000000000"), ("uint_neg", "(unsigned)", "-1"),
    ("long_neg", "(long)", "-9876543210"), ("ulong", "(unsigned long)",
                                            "0xffffffffffffffff"),
    ("ll_min", "(long long)", "0x8000000000000000"),
    ("u64", "(uint64_t)", "12345678901234567890ULL"),
    ("i64_neg", "(int64_t)", "-1"), ("zero", "", "0"), ("plain", "", "42"),
    ("int8", "(int8_t)", "-1"), ("uint16", "(uint16_t)", "0xbeef"),
    ("int32", "(int32_t)", "-2147483647"),
]
INT_FLAGS = ["", "-", "+", " ", "#", "0", "-0", "+0", "# ", "+-"]
INT_WIDTHS = ["", "1", "8", "20", ".0", ".3", "12.5", "-12.5", "05.3"]


def printf_int_body(convs, cast, val, var):
    lines = []
    if var:
        lines.append("\tthis->v = %s%s;\n" % (cast, val))
        e = "this->v"
    else:
        e = "%s%s" % (cast, val)
    for conv in convs:
        for fl in INT_FLAGS:
            for w in INT_WIDTHS:
                if w.startswith("-") and "-" in fl:
                    continue
                lines.append('\tprintf("[%%%s%s%s]\\n", %s);\n' %
                             (fl, w, conv, e))
        lines.append('\tprintf("[%%*%s][%%-*%s][%%.*%s][%%*.*%s]\\n", 7, %s, '
                     '7, %s, 4, %s, 9, 4, %s);\n' % (conv, conv, conv, conv,
                                                     e, e, e, e))
    return "".join(lines)


for _n, _c, _v in INT_VALUES:
    for _var in (False, True):
        prog("printf_int_%s%s" % (_n, "_var" if _var else ""),
             printf_int_body(["d", "i", "u", "o", "x", "X"], _c, _v, _var))
# %c of every char-sized and wider value
for _n, _c, _v in [("char", "(char)", "65"), ("uchar", "(unsigned char)",
                                               "0x7a"),
                   ("int", "(int)", "66"), ("u64", "(uint64_t)", "0x143"),
                   ("nl", "", "'\\n'"), ("zero", "(char)", "0")]:
    prog("printf_c_%s" % _n, "".join(
        '\tprintf("[%%%s%sc]\\n", %s%s);\n' % (f, w, _c, _v)
        for f in ["", "-", "0", "+", "#"] for w in ["", "3", ".1"]))

# length modifiers: each (conversion, type) pair alone, as a type mismatch is
# a compile error for the whole program.
LEN_CONVS = ["hd", "hi", "ho", "hu", "hx", "hX", "ld", "li", "lo", "lu",
             "lx", "lX", "lld", "lli", "llo", "llu", "llx", "llX", "lc",
             "wc"]
# not in dt_printf.c's table: undefined whatever the argument
LEN_UNDEF = ["hhd", "hhu", "hhx", "jd", "zd", "zu", "td", "Ld", "qd", "lp",
             "hs", "llc", "lls", "Lu", "hc"]
LEN_TYPES = [("char", "(char)-5"), ("uchar", "(unsigned char)250"),
             ("short", "(short)-300"), ("ushort", "(unsigned short)65000"),
             ("int", "(int)-70000"), ("uint", "(unsigned int)4000000000"),
             ("long", "(long)-5000000000"), ("ulong", "(unsigned long)-1"),
             ("ll", "(long long)-3"), ("ull", "(unsigned long long)7"),
             ("const", "12")]
for _conv in LEN_CONVS + LEN_UNDEF:
    for _t, _e in LEN_TYPES if _conv in LEN_CONVS else LEN_TYPES[4:5]:
        prog("printf_len_%s_%s" % (_conv, _t),
             '\tprintf("[%%%s][%%-8%s][%%#08%s]\\n", %s, %s, %s);\n' %
             (_conv, _conv, _conv, _e, _e, _e))

STRINGS = [("empty", '""'), ("short", '"abc"'),
           ("esc", '"t\\tn\\\\q\\"b\\a\\x41\\101"'),
           ("long", '"' + "abcdefghij" * 30 + '"'),
           ("nl", '"line1\\nline2"'), ("pct", '"100%"')]
STR_FMTS = ["%s", "%10s", "%-10s", "%.2s", "%10.2s", "%-10.0s", "%*s",
            "%.*s", "%#s", "%+s", "% s", "%05s", "%S", "%10S", "%-4S"]


def str_args(fmt, e):
    if "*" in fmt:
        return "6, %s" % e
    return e


for _n, _e in STRINGS:
    for _var in (False, True):
        pre = "\tthis->s = %s;\n" % _e if _var else ""
        ee = "this->s" if _var else _e
        prog("printf_str_%s%s" % (_n, "_var" if _var else ""),
             pre + "".join('\tprintf("[%s]\\n", %s);\n' % (f, str_args(f, ee))
                           for f in STR_FMTS))
# char arrays: a D struct member, and stringof()
prog("printf_chararr", """struct cs { char name[8]; int x; };
this struct cs c;

BEGIN
{
	this->c.name[0] = 'h';
	this->c.name[1] = 'i';
	this->c.name[2] = 0;
	this->c.x = 3;
	printf("[%s][%10s][%-10s][%.1s]\\n", this->c.name, this->c.name,
	    this->c.name, this->c.name);
	printf("[%s]\\n", stringof(this->c.name));
	trace(this->c.name);
	printf("\\n");
}
""")
prog("printf_chararr_full", """struct cs { char name[4]; };
this struct cs c;

BEGIN
{
	this->c.name[0] = 'a';
	this->c.name[1] = 'b';
	this->c.name[2] = 'c';
	this->c.name[3] = 'd';
	printf("[%s][%S]\\n", this->c.name, this->c.name);
}
""")

# %p, %a, %A, %T, %Y, %%, %k on constants
prog("printf_p", "".join('\tprintf("[%s]\\n", %s);\n' % (f, e)
                         for f in ["%p", "%20p", "%-20p", "%#p", "%020p"]
                         for e in ["(void *)0", "(void *)0x1234",
                                   "(char *)0xffffffff81000000",
                                   "(int *)-1"]))
prog("printf_p_int", '\tprintf("[%p]\\n", 0x1234);\n')
prog("printf_a_zero", '\tprintf("[%a][%A]\\n", 0, 0);\n')
prog("printf_time", "".join('\tprintf("[%s]\\n", (int64_t)%s);\n' % (f, e)
                            for f in ["%Y", "%T", "%30Y", "%-30T"]
                            for e in ["0", "1000000000000000000",
                                      "1700000000123456789"]))
prog("printf_pct", '\tprintf("100%% [%%] [%5d%%]\\n", 3);\n')
prog("printf_noargs", '\tprintf("plain\\n");\n')
prog("printf_tab_esc", '\tprintf("a\\tb\\\\c\\"d\\x41\\101\\0hidden\\n");\n')

# printf errors: each alone
PRINTF_ERRS = [
    ("undef_q", '"%q\\n", 1'), ("undef_hhd", '"%hhd\\n", 1'),
    ("undef_jd", '"%jd\\n", 1'), ("undef_zd", '"%zd\\n", 1'),
    ("pos", '"%1$d\\n", 1'), ("two_star", '"%**d\\n", 1, 2, 3'),
    ("two_dot", '"%1.2.3d\\n", 1'), ("pct_flag", '"%5%%\\n"'),
    ("trailing", '"abc %"'), ("empty", '""'),
    ("too_few", '"%d %d\\n", 1'), ("too_many", '"%d\\n", 1, 2'),
    ("str_int", '"%s\\n", 1'), ("int_str", '"%d\\n", "a"'),
    ("fp_int", '"%f\\n", 1'), ("fp_e", '"%e\\n", 1'), ("fp_g", '"%g\\n", 1'),
    ("c_str", '"%c\\n", "a"'), ("p_str", '"%p\\n", "a"'),
    ("star_str", '"%*d\\n", "a", 1'), ("x_ptr", '"%x\\n", (int *)0'),
    ("d_ptr", '"%d\\n", (int *)0'), ("u_ptr", '"%u\\n", (char *)1'),
    ("Y_int", '"%Y\\n", 1'), ("k_int", '"%k\\n", 1'),
    ("s_ptr", '"%s\\n", (char *)0'), ("hx_int", '"%hx\\n", 1'),
    ("lx_int", '"%lx\\n", (int)1'), ("ld_ll", '"%ld\\n", 1LL'),
    ("lu_u", '"%lu\\n", 1U'), ("fmt_var", 'this->f, 1'),
    ("at_d", '"%@d\\n", 1'), ("ls_int", '"%ls\\n", 1'),
    ("nofmt", ''), ("fmt_int", '1'),
]
for _n, _a in PRINTF_ERRS:
    pre = '\tthis->f = "%d\\n";\n' if "this->f" in _a else ""
    prog("printf_err_%s" % _n, pre + "\tprintf(%s);\n" % _a)

# --- trace() ----------------------------------------------------------------
TRACE_EXPRS = [
    ("int", "1"), ("neg", "-1"), ("char", "(char)-1"),
    ("uchar", "(unsigned char)255"), ("short", "(short)-2"),
    ("ushort", "(unsigned short)65535"), ("uint", "(unsigned)-1"),
    ("ll", "(long long)-5"), ("u64", "0xffffffffffffffffULL"),
    ("str", '"hello"'), ("str_empty", '""'), ("str_esc", '"a\\tb\\nc"'),
    ("ptr", "(void *)0x10"), ("charptr0", "(char)'A'"),
    ("bool", "1 == 1"), ("sizeof", "sizeof (int)"),
]
for _n, _e in TRACE_EXPRS:
    prog("trace_%s" % _n, "\ttrace(%s);\n\ttrace(%s);\n\tprintf(\"|\\n\");\n"
         % (_e, _e))
    prog("trace_var_%s" % _n, "\tthis->v = %s;\n\ttrace(this->v);\n"
         "\tprintf(\"|\\n\");\n" % _e)
prog("trace_struct", """struct s { int a; char b; short c; long long d; };
this struct s v;

BEGIN
{
	this->v.a = 1;
	this->v.b = 2;
	this->v.c = -3;
	this->v.d = 4;
	trace(this->v);
	printf("|\\n");
}
""")
prog("trace_intarr", """struct s { int a[4]; };
this struct s v;

BEGIN
{
	this->v.a[0] = 1;
	this->v.a[3] = -1;
	trace(this->v.a);
	printf("|\\n");
}
""")
prog("trace_chararr", """struct s { char a[6]; };
this struct s v;

BEGIN
{
	this->v.a[0] = 'x';
	this->v.a[1] = 'y';
	trace(this->v.a);
	printf("|\\n");
}
""")
prog("trace_nonquiet_int", "\ttrace(5);\n\ttrace(\"s\");\n")
PROGS["trace_nonquiet_int"] = PROGS["trace_nonquiet_int"].replace(
    "#pragma D option quiet\n", "")

# --- string subroutines ------------------------------------------------------
STR_SUBR = {
    "strjoin": ['strjoin("abc", "def")', 'strjoin("", "")',
                'strjoin(this->s, "!")', 'strjoin(strjoin("a", "b"), "c")'],
    "substr": ['substr("hello", 0)', 'substr("hello", 1)',
               'substr("hello", -1)', 'substr("hello", -10)',
               'substr("hello", 10)', 'substr("hello", 1, 2)',
               'substr("hello", 1, 0)', 'substr("hello", 1, -1)',
               'substr("hello", 1, -10)', 'substr("hello", -3, 2)',
               'substr("hello", 0, 1000)', 'substr("hello", 2, 0x7fffffff)',
               'substr(this->s, 3)', 'substr(this->s, -2, 1)',
               'substr("hello", -1, -1)', 'substr("", 0)',
               'substr("hello", 5)', 'substr("hello", 4, 1)'],
    "toupper": ['toupper("abcXYZ09!")', 'toupper("")', 'toupper(this->s)'],
    "tolower": ['tolower("ABCxyz09!")', 'tolower(this->s)'],
    "lltostr": ['lltostr(0)', 'lltostr(-1)', 'lltostr(12345)',
                'lltostr(0x8000000000000000)', 'lltostr(255, 16)',
                'lltostr(255, 2)', 'lltostr(-255, 16)', 'lltostr(35, 36)',
                'lltostr(8, 8)', 'lltostr(this->n)', 'lltostr(this->n, 16)',
                'lltostr(-1, 10)', 'lltostr(0xffffffffffffffff, 16)'],
    "basename": ['basename("/a/b/c")', 'basename("/a/b/c/")',
                 'basename("/")', 'basename("")', 'basename("abc")',
                 'basename("//a//")', 'basename(this->p)'],
    "dirname": ['dirname("/a/b/c")', 'dirname("/a/b/c/")', 'dirname("/")',
                'dirname("")', 'dirname("abc")', 'dirname("//a//b")',
                'dirname("/a")', 'dirname(this->p)'],
    "cleanpath": ['cleanpath("/a/./b/../c")', 'cleanpath("/../a")',
                  'cleanpath("a//b/")', 'cleanpath("")', 'cleanpath("/")',
                  'cleanpath("./a/..")', 'cleanpath(this->p)'],
    "strtok": ['strtok("a,b,,c", ",")', 'strtok(NULL, ",")',
               'strtok(NULL, ",")'],
    "strtok2": ['strtok(",,,", ",")', 'strtok("abc", "")',
                'strtok("  x y ", " ")', 'strtok(NULL, " ")'],
    "inet_ntoa": ['inet_ntoa(this->a4)'],
    "inet_ntop4": ['inet_ntop(AF_INET, this->a4)'],
    "inet_ntop6": ['inet_ntop(AF_INET6, this->a6)'],
    "inet_ntoa6": ['inet_ntoa6(this->a6)'],
}
STR_PRE = ('\tthis->s = "Variable";\n\tthis->n = -42;\n'
           '\tthis->p = "/usr/lib/../bin/./x/";\n')
for _n, _es in STR_SUBR.items():
    pre = STR_PRE
    if _n.startswith("inet"):
        pre = ("\tthis->a4 = (ipaddr_t *)alloca(4);\n"
               "\t*this->a4 = htonl(0xc0a80101);\n"
               "\tthis->a6 = (struct in6_addr *)alloca(16);\n"
               "\tthis->a6->in6_u.u6_addr32[0] = htonl(0xfe800000);\n"
               "\tthis->a6->in6_u.u6_addr32[1] = 0;\n"
               "\tthis->a6->in6_u.u6_addr32[2] = htonl(0x0000ffff);\n"
               "\tthis->a6->in6_u.u6_addr32[3] = htonl(0x01020304);\n")
    prog("str_%s" % _n, pre + "".join(
        '\tprintf("[%%s]\\n", %s);\n' % e for e in _es))
INT_SUBR = {
    "strlen": ['strlen("")', 'strlen("abc")', 'strlen(this->s)',
               'strlen(strjoin(this->s, this->s))'],
    "index": ['index("hello", "l")', 'index("hello", "z")',
              'index("hello", "")', 'index("", "")', 'index("hello", "l", 3)',
              'index("hello", "l", -1)', 'index("hello", "l", 10)',
              'index(this->s, "a")', 'index("aaa", "aa", 1)'],
    "rindex": ['rindex("hello", "l")', 'rindex("hello", "z")',
               'rindex("hello", "")', 'rindex("hello", "l", 2)',
               'rindex("hello", "l", -1)', 'rindex("hello", "l", 10)',
               'rindex(this->s, "a")', 'rindex("aaa", "aa")'],
    "htons": ['htons(0x1234)', 'ntohs(0x1234)', 'htonl(0x12345678)',
              'ntohl(0x12345678)', 'htonll(0x0102030405060708)',
              'ntohll(0x0102030405060708)', 'htons(0x123456)',
              'htons(this->n)', 'htonl(this->n)'],
}
for _n, _es in INT_SUBR.items():
    prog("int_%s" % _n, STR_PRE + "".join(
        '\tprintf("[%%d]\\n", %s);\n' % e for e in _es))
    # one call each too: Oracle's verifier refuses a clause of several
    # rindex() calls (too complex)
    for _i, _e in enumerate(_es):
        prog("int_%s_%d" % (_n, _i), STR_PRE + '\tprintf("[%%d]\\n", %s);\n' % _e)
PTR_SUBR = ['strstr("hello", "ll")', 'strstr("hello", "")',
            'strstr(this->s, "ia")', 'strchr("hello", \'l\')',
            'strrchr("hello", \'l\')', 'strchr(this->s, \'a\')',
            'strrchr(this->s, \'V\')']
prog("str_strstr", STR_PRE + "".join(
    '\tprintf("[%%s]\\n", %s);\n' % e for e in PTR_SUBR))
prog("str_strstr_null", STR_PRE +
     '\tprintf("[%d]\\n", strstr("hello", "z") == NULL);\n'
     '\tprintf("[%d]\\n", strchr("hello", \'z\') == NULL);\n')
prog("str_compare", STR_PRE + "".join(
    '\tprintf("[%%d]\\n", %s);\n' % e for e in
    ['"abc" == "abc"', '"abc" < "abd"', '"b" > "abc"', '"" < "a"',
     'this->s != "Variable"', 'this->s >= "V"', '"abc" <= "ab"']))

# --- aggregations ------------------------------------------------------------
AGG_FUNCS = {
    "count": ["count()"] * 3,
    "sum": ["sum(5)", "sum(-12)", "sum(0x7fffffff)"],
    "avg": ["avg(5)", "avg(-12)", "avg(2)"],
    "min": ["min(5)", "min(-12)", "min(3)"],
    "max": ["max(5)", "max(-12)", "max(3)"],
    "stddev": ["stddev(5)", "stddev(-12)", "stddev(100)"],
    "quantize": ["quantize(0)", "quantize(-5)", "quantize(1000)"],
    "quantize_w": ["quantize(7, 3)", "quantize(1 << 40, 2)", "quantize(-1)"],
    "lquantize_neg": ["lquantize(-300, -200, 200, 50)",
                      "lquantize(199, -200, 200, 50)",
                      "lquantize(-150, -200, 200, 50)"],
    "lquantize": ["lquantize(5, 0, 10, 1)", "lquantize(-5, 0, 10, 1)",
                  "lquantize(50, 0, 10, 1)"],
    "lquantize_step": ["lquantize(25, 0, 100, 10)",
                       "lquantize(-300, 0, 100, 10)",
                       "lquantize(199, 0, 100, 10)"],
    "llquantize": ["llquantize(5, 10, 0, 6, 20)",
                   "llquantize(1234, 10, 0, 6, 20)",
                   "llquantize(0, 10, 0, 6, 20)"],
    "llquantize2": ["llquantize(100, 2, 0, 10, 4)",
                    "llquantize(3000, 2, 0, 10, 4)",
                    "llquantize(1, 2, 0, 10, 4)"],
}
for _n, _fs in AGG_FUNCS.items():
    # default END printing, keyless and keyed
    prog("agg_%s_default" % _n, "".join("\t@ = %s;\n" % f for f in _fs))
    prog("agg_%s_keyed" % _n, "".join(
        '\t@a["k%d"] = %s;\n\t@a["z"] = %s;\n' % (i % 2, f, f)
        for i, f in enumerate(_fs)))
    prog("agg_%s_printa" % _n, "".join(
        '\t@a[%d, "s%d"] = %s;\n' % (i, i, f) for i, f in enumerate(_fs)) +
        "\tprinta(@a);\n\tprinta(\"%d %s %@d\\n\", @a);\n")
AGG_FMTS = ["%@d", "%@u", "%@x", "%@X", "%@o", "%@10d", "%@-10d|",
            "%@i", "%@#x", "%@+d", "%@ d", "%@010d", "%@.3d"]
for _f in ["%@c", "%@lu", "%@s", "%@ld", "%@lld", "%@llu", "%@p", "%@hd"]:
    prog("agg_printa_fmt_%s" % cname(_f), "\t@c[1] = count();\n"
         "\t@s[1] = sum(-1);\n\tprinta(\"%%d [%s]\\n\", @c);\n" % _f)
    prog("agg_printa_fmt_sum_%s" % cname(_f), "\t@c[1] = count();\n"
         "\t@s[1] = sum(-1);\n\tprinta(\"%%d [%s]\\n\", @s);\n" % _f)
prog("agg_printa_fmts_count", "\t@c[1] = count();\n\t@c[2] = count();\n"
     "\t@c[2] = count();\n" + "".join(
         '\tprinta("%%d [%s]\\n", @c);\n' % f for f in AGG_FMTS))
prog("agg_printa_fmts_sum", "\t@c[1] = sum(-3);\n\t@c[2] = sum(300);\n" +
     "".join('\tprinta("%%d [%s]\\n", @c);\n' % f for f in AGG_FMTS))
prog("agg_printa_multi", """	@a[1] = count();
	@a[2] = count();
	@b[1] = sum(10);
	@b[3] = sum(30);
	@c[2] = max(7);
	printa("%d: %@d %@d %@d\\n", @a, @b, @c);
	printa(@a, @b);
""")
prog("agg_printa_nofmt_keys", """	@a[1, "a", (char)2] = count();
	@a[-1, "bb", (char)-2] = count();
	@a[-1, "bb", (char)-2] = count();
	printa(@a);
""")
prog("agg_keys_types", """	@a[(char)-1] = count();
	@b[(unsigned char)255] = count();
	@c[(short)-2] = count();
	@d[(uint64_t)-1] = count();
	@e["str"] = count();
	@f[1, 2, 3, 4, 5] = count();
	@g[(int *)0x10] = count();
""")
prog("agg_sort_order", """	@a["b"] = sum(1);
	@a["a"] = sum(3);
	@a["c"] = sum(2);
	@b[3] = count();
	@b[1] = count();
	@b[1] = count();
	@b[2] = count();
""")
for _o in ["aggsortkey", "aggsortrev", "aggsortkeypos"]:
    for _how in ("pragma", "setopt"):
        body = """	@a["b", 2] = sum(1);
	@a["a", 3] = sum(3);
	@a["c", 1] = sum(2);
	@a["d", 0] = sum(2);
"""
        if _how == "setopt":
            prog("agg_%s_setopt" % _o, body + '\tsetopt("%s");\n' % _o)
        else:
            prog("agg_%s_pragma" % _o, body, pragmas=[_o])
prog("agg_sortpos", """	@a[1] = sum(3);
	@a[2] = sum(2);
	@b[1] = sum(1);
	@b[2] = sum(5);
	printa("%d %@d %@d\\n", @a, @b);
""", pragmas=["aggsortpos=1"])
prog("agg_sortkeypos", """	@a[1, 9] = sum(3);
	@a[2, 8] = sum(2);
	@a[3, 7] = sum(4);
""", pragmas=["aggsortkey", "aggsortkeypos=1"])
prog("agg_normalize", """	@a["x"] = sum(100);
	@a["y"] = sum(25);
	@a["z"] = sum(-7);
	normalize(@a, 10);
	printa(@a);
	denormalize(@a);
	printa(@a);
""")
prog("agg_normalize_q", """	@q = quantize(10);
	@q = quantize(100);
	@l = lquantize(5, 0, 10, 2);
	normalize(@q, 3);
	normalize(@l, 2);
""")
prog("agg_normalize_avg", """	@a = avg(10);
	@a = avg(21);
	@m = min(9);
	@s = stddev(10);
	@s = stddev(30);
	normalize(@a, 4);
	normalize(@m, 4);
	normalize(@s, 2);
""")
prog("agg_trunc", """	@a[1] = sum(1);
	@a[2] = sum(5);
	@a[3] = sum(3);
	@a[4] = sum(-10);
	trunc(@a, 2);
	printa(@a);
	@b[1] = sum(1);
	@b[2] = sum(5);
	@b[3] = sum(3);
	trunc(@b, -1);
	printa(@b);
	@c[1] = count();
	trunc(@c);
	printa(@c);
	printf("after\\n");
""")
prog("agg_clear", """	@a[1] = sum(1);
	@a[2] = sum(5);
	clear(@a);
	printa(@a);
	printf("--\\n");
""")
prog("agg_printa_empty", '\t@a[1] = count();\n\ttrunc(@a);\n'
     '\tprinta("%d %@d\\n", @a);\n\tprintf("--\\n");\n')
prog("agg_str_values", """	@a["x"] = count();
	@b["a", "b"] = max(3);
	printa("%s|%@u|\\n", @a);
	printa("%s %s %@x\\n", @b);
	printa("%-10s|%@5d|\\n", @a);
""")
prog("agg_stddev_neg", "\t@s = stddev(-5);\n\t@s = stddev(5);\n"
     "\t@s = stddev(-100);\n\tprinta(\"%@d\\n\", @s);\n")
prog("agg_avg_neg", "\t@a = avg(-5);\n\t@a = avg(2);\n"
     "\tprinta(\"%@d\\n\", @a);\n")
prog("agg_quantize_printa_fmt", "\t@q[\"k\"] = quantize(5);\n"
     "\t@q[\"k\"] = quantize(-5);\n\tprinta(\"%s%@d\\n\", @q);\n")
prog("agg_lquantize_edges", """	@l = lquantize(-1, 0, 3, 1);
	@l = lquantize(0, 0, 3, 1);
	@l = lquantize(3, 0, 3, 1);
	@l = lquantize(2, 0, 3, 1);
""")
prog("agg_quantize_zero_only", "\t@q = quantize(0);\n")
prog("agg_count_ukey", "\t@[\"key\"] = count();\n\t@[\"key2\"] = count();\n")
prog("agg_multi_printa_width", """	@a["a"] = count();
	@a["bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"] = count();
	@b[1234567890123] = sum(-999999999999);
""")

# --- print() -----------------------------------------------------------------
# print() takes a pointer (void *): D-declared types in alloca()'d memory,
# every member set (alloca() memory is not zeroed; padding aside).
PRINT_DECLS = """struct in { short s; unsigned char u; };
struct st {
	int a;
	char c;
	unsigned long long ull;
	int arr[3];
	char name[6];
	struct in nested;
	int *p;
};
struct bfs { unsigned int bf1 : 3; unsigned int bf2 : 5; int sbf : 4; };
union bfu { unsigned int w; struct bfs b; };
union un { int i; char c[4]; };
enum color { RED, GREEN = 5, BLUE };
struct withenum { enum color col; long l; };

"""
PRINT_FILL = """	this->v = (struct st *)alloca(sizeof (struct st));
	this->v->a = -1;
	this->v->c = 'x';
	this->v->ull = 0xffffffffffffffff;
	this->v->arr[0] = 0;
	this->v->arr[1] = 7;
	this->v->arr[2] = -7;
	this->v->name[0] = 'h';
	this->v->name[1] = 'i';
	this->v->name[2] = 0;
	this->v->name[3] = 0;
	this->v->name[4] = 0;
	this->v->name[5] = 0;
	this->v->nested.s = -2;
	this->v->nested.u = 200;
	this->v->p = (int *)0x1234;
"""
prog("print_struct", PRINT_DECLS + "BEGIN\n{\n" + PRINT_FILL +
     "\tprint(this->v);\n\tprintf(\"|\\n\");\n}\n")
prog("print_struct_deref", PRINT_DECLS + "BEGIN\n{\n" + PRINT_FILL +
     "\tprint(*this->v);\n\tprintf(\"|\\n\");\n}\n")
prog("print_nested", PRINT_DECLS + "BEGIN\n{\n" + PRINT_FILL +
     "\tprint(&this->v->nested);\n\tprintf(\"|\\n\");\n"
     "}\n")
# & of an array member is D_ADDROF_LVAL (dt_cook_op2()): not an lvalue
prog("print_addrof_array", PRINT_DECLS + "BEGIN\n{\n" + PRINT_FILL +
     "\tprint(&this->v->arr);\n}\n")
# Bit-fields are set through a union: Oracle's dt_cg_store() asserts on a
# bit-field store through a pointer (!(dst->dn_flags & DT_NF_BITFIELD)),
# and its code to read three bit-fields of alloca()'d memory is refused by
# the verifier (R8 invalid mem access 'scalar').
prog("print_bitfield", PRINT_DECLS + """BEGIN
{
	this->u = (union bfu *)alloca(sizeof (union bfu));
	this->u->w = 5 | (17 << 8) | (13 << 16);
	print(this->u);
	printf("|\\n");
}
""")
prog("print_union", PRINT_DECLS + """BEGIN
{
	this->u = (union un *)alloca(sizeof (union un));
	this->u->i = 0x41424344;
	print(this->u);
	printf("|\\n");
}
""")
prog("print_enum", PRINT_DECLS + """BEGIN
{
	this->e = (struct withenum *)alloca(sizeof (struct withenum));
	this->e->col = GREEN;
	this->e->l = -1;
	print(this->e);
	printf("|\\n");
	this->e->col = (enum color)3;
	print(this->e);
	printf("|\\n");
}
""")
prog("print_scalar_ptrs", """BEGIN
{
	this->i = (int *)alloca(sizeof (int));
	*this->i = -5;
	print(this->i);
	printf("|\\n");
	this->c = (char *)alloca(4);
	this->c[0] = 'a';
	this->c[1] = 0;
	print(this->c);
	printf("|\\n");
	this->u = (uint64_t *)alloca(8);
	*this->u = 0xffffffffffffffff;
	print(this->u);
	printf("|\\n");
}
""")
prog("print_kernel_type", """BEGIN
{
	this->t = (struct timespec64 *)alloca(sizeof (struct timespec64));
	this->t->tv_sec = 5;
	this->t->tv_nsec = 7;
	print(this->t);
	printf("|\\n");
}
""")

# --- integer arithmetic and promotion ---------------------------------------
ARITH_TYPES = [("char", "-7"), ("unsigned char", "250"), ("short", "-300"),
               ("unsigned short", "65000"), ("int", "-100000"),
               ("unsigned int", "4000000000"), ("long", "-5"),
               ("unsigned long", "3"), ("long long", "-9000000000"),
               ("uint64_t", "18000000000000000000ULL")]
ARITH_OPS = ["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "<", "<=",
             ">", ">=", "==", "!=", "&&", "||"]


def arith_body(op, const):
    lines = []
    for i, (t1, v1) in enumerate(ARITH_TYPES):
        lines.append("\tthis->a%d = (%s)%s;\n" % (i, t1, v1))
    for i, (t1, v1) in enumerate(ARITH_TYPES):
        for j, (t2, v2) in enumerate(ARITH_TYPES):
            if op in ("<<", ">>"):
                b = "((%s)%s & 31)" % (t2, v2) if const else \
                    "(this->a%d & 31)" % j
            else:
                b = "(%s)%s" % (t2, v2) if const else "this->a%d" % j
            a = "(%s)%s" % (t1, v1) if const else "this->a%d" % i
            lines.append('\tprintf("%s %s %s: %%d %%x %%d\\n", %s %s %s, '
                         '%s %s %s, sizeof (%s %s %s));\n' %
                         (t1, op, t2, a, op, b, a, op, b, a, op, b))
    return "".join(lines)


for _i, _op in enumerate(ARITH_OPS):
    prog("arith_%s" % cname({"+": "add", "-": "sub", "*": "mul", "/": "div",
                             "%": "mod", "&": "and", "|": "or", "^": "xor",
                             "<<": "shl", ">>": "shr", "<": "lt", "<=": "le",
                             ">": "gt", ">=": "ge", "==": "eq", "!=": "ne",
                             "&&": "land", "||": "lor"}[_op]),
         arith_body(_op, False))
    prog("arith_const_%s" % cname({"+": "add", "-": "sub", "*": "mul",
                                   "/": "div", "%": "mod", "&": "and",
                                   "|": "or", "^": "xor", "<<": "shl",
                                   ">>": "shr", "<": "lt", "<=": "le",
                                   ">": "gt", ">=": "ge", "==": "eq",
                                   "!=": "ne", "&&": "land",
                                   "||": "lor"}[_op]),
         arith_body(_op, True))
UNARY = ["-", "~", "!", "+"]
prog("arith_unary", "".join(
    "\tthis->a = (%s)%s;\n\tprintf(\"%s%s: %%d %%x %%d\\n\", %sthis->a, "
    "%sthis->a, sizeof (%sthis->a));\n" % (t, v, u, t, u, u, u)
    for t, v in ARITH_TYPES for u in UNARY))
prog("arith_unary_const", "".join(
    "\tprintf(\"%s%s: %%d %%x %%d\\n\", %s(%s)%s, %s(%s)%s, "
    "sizeof (%s(%s)%s));\n" % (u, t, u, t, v, u, t, v, u, t, v)
    for t, v in ARITH_TYPES for u in UNARY))
prog("arith_shift_big", """	this->one = 1;
	this->n = 63;
	this->m = 64;
	this->k = 65;
	printf("%d %d %d\\n", this->one << this->n, this->one << this->m,
	    this->one << this->k);
	printf("%d %d\\n", -1 >> this->n, (unsigned)-1 >> 31);
	printf("%d %d\\n", 1 << 63, -1 >> 63);
	printf("%d %d\\n", 1 << 31, (int)1 << 31);
	printf("%x %x\\n", (uint64_t)-1 >> 4, -16 >> 2);
""")
prog("arith_divneg", """	this->a = -7;
	this->b = 2;
	this->c = -2;
	printf("%d %d %d %d\\n", this->a / this->b, this->a % this->b,
	    this->a / this->c, this->a % this->c);
	printf("%d %d %d %d\\n", -7 / 2, -7 % 2, -7 / -2, -7 % -2);
	printf("%d %d\\n", (unsigned)-7 / 2, (uint64_t)-7 / 2);
	this->u = (unsigned)7;
	printf("%d %d\\n", -7 / this->u, this->a / this->u);
""")
prog("arith_ternary", """	this->c = 1;
	this->i = (int)-1;
	this->u = (unsigned)5;
	this->ch = (char)-3;
	printf("%d %d\\n", this->c ? this->i : this->u,
	    sizeof (this->c ? this->i : this->u));
	printf("%d %d\\n", this->c ? this->ch : this->ch,
	    sizeof (this->c ? this->ch : this->ch));
	printf("%d %d\\n", this->c ? (char)-3 : (long long)4,
	    sizeof (this->c ? (char)-3 : (long long)4));
	printf("%d %d\\n", 1 ? (char)-3 : 4ULL, sizeof (1 ? (char)-3 : 4ULL));
	printf("%s\\n", this->c ? "yes" : "no");
""")
prog("arith_sizeof", "".join('\tprintf("%s %%d\\n", sizeof (%s));\n' %
                             (e.replace('"', "'"), e)
                             for e in ["char", "short", "int", "long",
                                       "long long", "void *", "1", "1L",
                                       "1LL", "1U", "'a'", "(char)1 + (char)1",
                                       "(short)1 << 1", '"abc"', "string",
                                       "uint8_t", "int64_t",
                                       "(unsigned char)1 * (unsigned char)1",
                                       "1 == 1", "!0", "-(char)1"]))
prog("arith_consts", "".join('\tprintf("%s %%d %%u %%x %%d\\n", %s, %s, %s, '
                             'sizeof (%s));\n' % (e, e, e, e, e) for e in
                             ["0x7fffffff", "0x80000000", "0xffffffff",
                              "0x100000000", "2147483648", "4294967295",
                              "4294967296", "-2147483648", "9223372036854775807",
                              "0x8000000000000000", "017", "0", "'a'",
                              "'\\377'", "1u", "1l", "1ul", "1ll", "1ull",
                              "-1u"]))
prog("arith_cmp_signed", "".join('\tprintf("%s %%d\\n", %s);\n' % (e, e)
                                 for e in ["-1 < 1U", "-1 < 1UL",
                                           "(char)-1 < (unsigned char)1",
                                           "(short)-1 < (unsigned short)1",
                                           "(int)-1 < (unsigned)1",
                                           "(long long)-1 < (uint64_t)1",
                                           "-1 == 0xffffffff",
                                           "-1 == 0xffffffffffffffff",
                                           "(char)255 == -1",
                                           "(unsigned char)255 == -1"]))
prog("arith_cmp_signed_var", "".join(
    '\tthis->x%d = %s;\n\tthis->y%d = %s;\n\tprintf("%s %s %s %%d\\n", '
    'this->x%d %s this->y%d);\n' % (i, a, i, b, a, op, b, i, op, i)
    for i, (a, op, b) in enumerate([
        ("-1", "<", "1U"), ("-1", "<", "1UL"),
        ("(char)-1", "<", "(unsigned char)1"),
        ("(int)-1", "<", "(unsigned)1"),
        ("(long long)-1", "<", "(uint64_t)1"),
        ("-1", "==", "0xffffffff"), ("(char)255", "==", "-1")])))
prog("arith_assign_trunc", """	this->c = (char)0;
	this->c = 300;
	this->s = (short)0;
	this->s = 70000;
	this->uc = (unsigned char)0;
	this->uc = -1;
	printf("%d %d %d\\n", this->c, this->s, this->uc);
	this->c += 200;
	this->uc++;
	printf("%d %d\\n", this->c, this->uc);
""")
prog("arith_incdec", """	this->i = 5;
	printf("%d %d %d %d\\n", this->i++, this->i, ++this->i, this->i);
	printf("%d %d %d %d\\n", this->i--, this->i, --this->i, this->i);
	this->j = 3;
	this->j *= -2;
	this->j <<= 3;
	this->j >>= 1;
	this->j %= 5;
	this->j |= 0x100;
	this->j ^= 0xff;
	this->j &= 0xfff;
	this->j /= 3;
	this->j -= 1;
	printf("%d\\n", this->j);
""")
prog("arith_globals", """int gi;
char gc;
unsigned short gus;
long long gll;

BEGIN
{
	gi = -5;
	gc = (char)-128;
	gus = 65535;
	gll = -1;
	printf("%d %d %d %d\\n", gi, gc, gus, gll);
	printf("%d %d %d\\n", gc - 1, gus + 1, gi * gus);
	printf("%d %d %d\\n", sizeof (gc - 1), sizeof (gus + 1),
	    sizeof (gi * gll));
}
""")


# --- runner ------------------------------------------------------------------
def run(cmd, path, timeout, extra=()):
    # as the conformance harness runs dtrace: no CPU/ID columns, C messages
    env = dict(os.environ, _DTRACE_TESTING="t", LANGUAGE="C")
    try:
        p = subprocess.run(["timeout", "-s", "INT", str(timeout)] +
                           cmd + ["-xerrtags"] + list(extra) + ["-qs", path],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, env=env)
        return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")
    except OSError as e:
        return -1, b"", str(e)


def mask(out):
    """Kernel addresses (print()'s alloca()'d pointers) differ run to run."""
    return re.sub(rb"0xffff[0-9a-f]{12}", b"0xADDR", out)


def norm_err(err):
    """stderr, less what differs by design: BPF program counters, the
    clause function's name, kernel addresses."""
    err = re.sub(r" at BPF pc \d+", " at BPF pc N", err)
    err = re.sub(r"error in \S+ for probe", "error in CLAUSE for probe", err)
    return re.sub(r"0xffff[0-9a-f]{12}", "0xADDR", err)


def tags(err):
    return re.findall(r"\[(D_[A-Z0-9_]+)\]", err)


def save_difference(out, name, o, d, what):
    """Both runs' (rc, stdout, stderr) beside the program, and one line."""
    for who, r in (("odtrace", o), ("dtrun", d)):
        with open(os.path.join(out, name + "." + who), "wb") as f:
            f.write(b"rc=%d\n--- stdout\n" % r[0] + r[1] +
                    b"--- stderr\n" + r[2].encode())
    print("%s: %s" % (name, ", ".join(what)), flush=True)


def errclass(err):
    """Runtime errors: the kind ('divide-by-zero', 'invalid address')."""
    return re.findall(r"error on enabled probe ID \d+ \([^)]*\): ([a-z -]+)|"
                      r"error in \S+ for probe ID \d+ \([^)]*\): ([a-z -]+)",
                      err)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--print", metavar="NAME")
    ap.add_argument("--run", action="store_true")
    ap.add_argument("--filter", default="", help="regex on program names")
    ap.add_argument("--out", default="/tmp/diff_d")
    ap.add_argument("--odtrace", default="odtrace")
    ap.add_argument("--dtrun", default=os.path.join(here, "..", "..",
                                                    "build", "dtrun"))
    ap.add_argument("--timeout", type=int, default=60)
    ap.add_argument("--stderr", action="store_true",
                    help="compare stderr too (program counters and kernel "
                    "addresses masked), not only its tags and error kinds")
    ap.add_argument("-j", "--jobs", type=int, default=1,
                    help="programs run at once (odtrace mostly waits)")
    args = ap.parse_args()
    names = [n for n in PROGS if re.search(args.filter, n)]
    if args.list:
        print("\n".join(names))
        return 0
    if args.print:
        sys.stdout.write(PROGS[args.print])
        return 0
    if not args.run:
        ap.print_help()
        return 2
    os.makedirs(args.out, exist_ok=True)

    def one(n):
        path = os.path.join(args.out, n + ".d")
        with open(path, "w") as f:
            f.write(PROGS[n])
        extra = ARGS.get(n, ())
        return (n, path, run([args.odtrace], path, args.timeout, extra),
                run([args.dtrun], path, args.timeout, extra))

    ndiff = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        results = ex.map(one, names)
        for n, path, o, d in results:
            what = []
            if o[0] != d[0]:
                what.append("exit %d/%d" % (o[0], d[0]))
            if mask(o[1]) != mask(d[1]):
                what.append("stdout")
            if tags(o[2]) != tags(d[2]):
                what.append("tags %s/%s" % (tags(o[2]), tags(d[2])))
            if [a or b for a, b in errclass(o[2])] != \
                    [a or b for a, b in errclass(d[2])]:
                what.append("runtime errors")
            if args.stderr and not what and norm_err(o[2]) != norm_err(d[2]):
                what.append("stderr")
            if what:
                ndiff += 1
                save_difference(args.out, n, o, d, what)
            else:
                os.unlink(path)
    print("programs %d, differences %d" % (len(names), ndiff))
    return 1 if ndiff else 0


if __name__ == "__main__":
    sys.exit(main())
