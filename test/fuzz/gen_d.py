#!/usr/bin/env python3
"""gen_d.py: random, well-typed D programs, and a runner that classifies
what dtc/dtrun do with them (issue 11: every user script is an unseen test).

Every program is made from one seed, so a seed names a program:

  gen_d.py --seed 42                      print program 42
  gen_d.py --run 200 --seed 1000 --out DIR run programs 1000..1199 with
                                           build/dtrun, keep the failures
  gen_d.py --run 50 --compile-only ...     only compile them (dtrun -e)

A program is built from D's definition: expressions over the built-in
variables, global/this/self/associative variables (implicit and declared),
every operator with operands of its types, casts, ?:, sizeof, members of
kernel types (curthread->..., curpsinfo->..., curlwpsinfo->...), strings and
the string subroutines, every action (trace, printf with matching
conversions, print, aggregations of every function, printa with and without
a format, clear/trunc/normalize, speculation, exit), if/else, predicates,
several clauses and probes (BEGIN, END, tick-*, profile-*, syscall entry).
Each program ends by itself: BEGIN-only programs call exit(), the others
exit after a few ticks.

The oracle is what dtc/dtrun do: exit 0 is "ok"; a D error with a tag is
"derror" (correct only if the program really breaks a rule: check it
against libdtrace, then fix the generator or dtc); an internal error, a
crash, a verifier rejection, a hang, a run-time error or any other failure
is a bug.  Programs also print a few constant integer expressions twice,
once folded by dtc ("F") and once computed by the BPF program from
variables holding the same constants ("R"): a difference is "fold".
"""
import argparse
import os
import random
import re
import subprocess
import sys
import time

from gen_d_types import TypesMixin

INT_BUILTINS = [
    "pid", "tid", "ppid", "uid", "gid", "cpu", "timestamp", "vtimestamp",
    "walltimestamp", "epid", "id", "errno", "arg0", "arg1", "$pid",
    "curthread->pid", "curthread->tgid", "curthread->prio",
    "curthread->real_parent->pid", "curthread->flags",
    "curthread->cred->uid.val", "curpsinfo->pr_pid", "curpsinfo->pr_ppid",
    "curpsinfo->pr_uid", "curpsinfo->pr_gid", "curpsinfo->pr_nlwp",
    "curpsinfo->pr_dmodel", "curlwpsinfo->pr_lwpid", "curlwpsinfo->pr_pri",
    "curlwpsinfo->pr_onpro", "curlwpsinfo->pr_state",
    "curlwpsinfo->pr_sname", "curcpu->cpu_id", "curthread->comm[0]",
    "(*curthread).pid", "curthread->se.vruntime", "curthread->policy",
    "curthread->signal->nr_threads", "(curthread != NULL)",
    "(curthread->real_parent == curthread)", "(&curthread->pid != 0)",
    "offsetof(struct task_struct, pid)", "sizeof (curthread->comm)",
    "sizeof (struct task_struct)", "xlate <psinfo_t *> (curthread)->pr_pid",
    "xlate <lwpsinfo_t> (curthread->real_parent).pr_lwpid",
    "curthread->real_parent->real_parent->tgid", "curthread->comm[1]",
    "(int)curthread->thread_info.flags", "curthread->nvcsw",
]
# Members whose pointers a BEGIN/END/syscall clause's thread (a user
# process) always has, but an idle CPU's tick may not.
USER_INT_BUILTINS = ["curpsinfo->pr_argc", "curthread->mm->start_code",
                     "curthread->fs->pwd.dentry->d_name.len"]
STR_BUILTINS = [
    "execname", "probeprov", "probemod", "probefunc", "probename",
    "stringof(curpsinfo->pr_fname)", "stringof(curpsinfo->pr_psargs)",
    "stringof(curlwpsinfo->pr_name)", "stringof(curthread->comm)",
    "stringof(curthread->real_parent->comm)",
]
USER_STR_BUILTINS = ["cwd", "root"]
# char arrays: string-compatible where a string is read, not a "string"
CHARARR = ["curthread->comm", "curpsinfo->pr_fname", "curlwpsinfo->pr_name",
           "curpsinfo->pr_psargs", "curthread->real_parent->comm"]

INT_TYPES = [
    "char", "unsigned char", "short", "unsigned short", "int", "unsigned int",
    "long", "unsigned long", "long long", "unsigned long long", "int8_t",
    "uint8_t", "int16_t", "uint16_t", "int32_t", "uint32_t", "int64_t",
    "uint64_t", "size_t", "ssize_t", "uintptr_t", "pid_t", "signed char",
]
DECL_INT_TYPES = ["int", "uint64_t", "int64_t", "long", "unsigned int",
                  "short", "char", "uint8_t", "uint32_t"]
STR_LITS = [
    '""', '"a"', '"hello"', '"hello world"', '"/usr/lib/x.so"', '"a/b/c/"',
    '"x\\ty"', '"A-b_C"', '"12345"', '"0x1f"', '"-42"', '"%d %s"',
    '"dtrace"', '"abcabcabc"', '"  sp "', '"//a//b/../c/./d"', '"."',
    '"/"', '"q\\"uote"', '"\\n"', '"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"',
]
# a conversion and the cast its argument needs (dt_printf.c's table: the
# sized conversions take exactly their type, %c an integer of int's size
# or less)
INT_CONV = {"d": "", "i": "", "u": "", "x": "", "X": "", "o": "",
            "c": "(char)", "ld": "(long)", "li": "(long)",
            "lld": "(long long)", "lu": "(unsigned long)", "lx": "(long)",
            "hd": "(short)", "hu": "(unsigned short)", "hx": "(short)",
            "llx": "(uint64_t)", "llu": "(unsigned long long)",
            "lo": "(unsigned long)", "lc": "(int)"}
AGG_FUNCS = ["count", "sum", "avg", "min", "max", "stddev", "quantize",
             "lquantize", "llquantize"]
LQ_PARAMS = ["0, 100, 10", "-50, 50, 5", "0, 1000, 100", "-1000, 1000, 250",
             "1, 2, 1", "0, 10, 1"]
LLQ_PARAMS = ["10, 0, 6, 20", "10, 1, 3, 10", "2, 0, 10, 4", "4, 1, 5, 8"]
OPTIONS = ["aggsortkey", "aggsortrev", "aggsortpos=0", "aggsortkeypos=0",
           "bufsize=1m", "switchrate=50hz", "aggrate=20hz", "nspec=2",
           "specsize=64k", "dynvarsize=2m", "strsize=64", "rawbytes",
           "aggpercpu", "aggsize=1m", "destructive", "flowindent", "defaultargs",
           "stackframes=4", "zdefs"]
TICKS = ["tick-1ms", "tick-5ms", "tick-10ms", "tick-100hz", "tick-200hz",
         "profile-97hz", "profile-1001hz", "profile:::tick-10ms",
         "profile:::profile-199", "tick-1ms, tick-5ms",
         "profile-97hz, tick-10ms", "sched:::on-cpu", "sched:::off-cpu",
         "sched:::sleep, sched:::preempt", "proc:::signal-send",
         "dtrace:::BEGIN, tick-5ms"]
# probes whose thread is dtrun's (a user process): (description, predicate)
SYSCALLS = ["syscall::read:entry", "syscall::write:entry",
            "syscall::ioctl:entry", "syscall::epoll_wait:entry",
            "syscall::*read*:entry", "syscall:::entry",
            "syscall::read:return", "syscall::openat:entry",
            "syscall::read:entry, syscall::write:entry",
            "syscall::*read*:return, syscall::write:return",
            "syscall:::return", "sched:::on-cpu", "sched:::off-cpu",
            "sched:::wakeup", "proc:::exit, proc:::lwp-exit"]
# what a probe's own arguments give (typed args[] of the sched and proc
# translators, a syscall's user buffer): statements for its clauses
PROBE_EXTRAS = {
    "sched:::wakeup": ["trace(args[0]->pr_lwpid);",
                       "@wk[stringof(args[1]->pr_fname)] = count();"],
    "sched:::off-cpu": ["trace(args[0]->pr_state);",
                        "trace(args[1]->pr_pid == pid);"],
    "proc:::signal-send": ["trace(args[2]);", "trace(args[1]->pr_pid);",
                           "trace(args[0]->pr_lwpid);"],
    # not "proc:::exit, proc:::lwp-exit": lwp-exit has no args[0]
    # (D_ARGS_IDX; seed 3300)
    "syscall::write:entry": ["trace(copyinstr(arg1, 4));",
                             "tracemem(copyin(arg1, 4), 4);",
                             "printf(\"%d %d\\n\", arg0, "
                             "strlen(copyinstr(arg1, 4)));"],
    "syscall::read:return": ["trace((int)arg0);", "trace(errno);"],
}
USER_PREDS = ["pid == $pid", "pid == $pid && errno == 0",
              "tid == $pid || pid == $pid", "execname == \"dtrun\"",
              "curpsinfo->pr_pid == $pid"]


def lit_int(r):
    k = r.randrange(12)
    if k < 4:
        return str(r.randrange(0, 20))
    if k == 4:
        return str(r.choice([0, 1, 127, 128, 255, 256, 32767, 65535,
                             2147483647, 4294967295, 2147483648,
                             9223372036854775807, 4294967296]))
    if k == 5:
        return hex(r.choice([0, 0xff, 0x7fffffff, 0xffffffff, 0x80000000,
                             0xffffffffffffffff, 0x8000000000000000,
                             0x100, 0xdeadbeef]))
    if k == 6:
        return "0" + oct(r.randrange(1, 512))[2:]
    if k == 7:
        return "'%s'" % r.choice(["a", "Z", "0", " ", "\\n", "\\0", "\\t",
                                  "\\\\", "\\'"])
    if k == 8:
        return str(r.randrange(0, 100000)) + r.choice(["", "u", "U", "l",
                                                       "L", "ul", "LL",
                                                       "ULL"])
    return str(r.randrange(0, 1000))


class Var:
    def __init__(self, kind, name, ty, keys=None, decl=None):
        self.kind = kind        # 'g' global, 't' this, 's' self, 'a' assoc
        self.name = name
        self.ty = ty            # 'i' or 's'
        self.keys = keys or []  # assoc: ['i', 's', ...]
        self.decl = decl        # declared type text, or None (implicit)
        self.defined = False    # assigned earlier in the program's text

    def ref(self, keyexprs=None):
        if self.kind == 't':
            return "this->" + self.name
        if self.kind == 's':
            return "self->" + self.name
        if self.kind == 'a':
            return "%s[%s]" % (self.name, ", ".join(keyexprs))
        return self.name


class Agg:
    def __init__(self, name, fn, keys, params):
        self.name, self.fn, self.keys, self.params = name, fn, keys, params


class Gen(TypesMixin):
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.seed = seed
        self.vars = []
        self.aggs = []
        self.decls = []
        self.nvar = 0
        self.clause_this = set()   # this-> variables assigned in this clause
        self.user_ctx = True       # the clause's thread is a user process
        self.nfold = 0
        self.types_init()

    # ---- variables ----
    def new_var(self, ty):
        r = self.r
        kind = r.choice("ggtssaa")
        self.nvar += 1
        name = {"g": "g", "t": "t", "s": "s", "a": "a"}[kind] + str(self.nvar)
        keys = [r.choice("iis") for _ in range(r.randint(1, 3))] \
            if kind == 'a' else None
        decl = None
        if kind in "gas" and r.random() < 0.3:
            decl = "string" if ty == 's' else r.choice(DECL_INT_TYPES)
            if kind == 'a':
                kt = ", ".join("string" if k == 's' else
                               r.choice(["int", "uint64_t", "long"])
                               for k in keys)
                self.decls.append("%s %s[%s];" % (decl, name, kt))
            elif kind == 's':
                self.decls.append("self %s %s;" % (decl, name))
            else:
                self.decls.append("%s %s;" % (decl, name))
        v = Var(kind, name, ty, keys, decl)
        if decl:
            v.defined = True
        self.vars.append(v)
        return v

    def readable(self, ty):
        out = []
        for v in self.vars:
            if v.ty != ty:
                continue
            if v.kind == 't' or v.kind == 's' and ty == 's':
                # an unset self-> or associative string is NULL, and a
                # NULL string is an invalid address at run time in DTrace
                # too (dt_cg_load_var()): read a self-> string only after
                # this clause set it, an associative string never
                if v.name in self.clause_this:
                    out.append(v)
            elif v.kind == 'a' and ty == 's':
                continue
            elif v.defined:
                out.append(v)
        return out

    def keyexprs(self, v, d):
        return [self.iexpr(d) if k == 'i' else self.sexpr(d) for k in v.keys]

    def read_var(self, ty, d):
        vs = [v for v in self.readable(ty) if d > 0 or v.kind != 'a']
        if not vs:
            return None
        v = self.r.choice(vs)
        return v.ref(self.keyexprs(v, d - 1) if v.kind == 'a' else None)

    # ---- expressions ----
    def ileaf(self, d=0):
        r = self.r
        k = r.randrange(10)
        if k < 3:
            return lit_int(r)
        if k < 6:
            pool = INT_BUILTINS + (USER_INT_BUILTINS if self.user_ctx else [])
            return r.choice(pool)
        if k == 6:
            t = self.type_ileaf()
            if t:
                return t
        v = self.read_var('i', d)
        return v if v else lit_int(r)

    def iexpr(self, d=3):
        r = self.r
        if d <= 0 or r.random() < 0.25:
            return self.ileaf(d)
        k = r.randrange(24)
        a = lambda: self.iexpr(d - 1)
        s = lambda: self.sexpr(d - 1)
        if k < 5:
            return "(%s %s %s)" % (a(), r.choice("+-*&|^"), a())
        if k == 5:
            # a divisor that is never 0 nor -1
            return "(%s %s ((%s & 0xff) | 1))" % (a(), r.choice("/%"), a())
        if k == 6:
            return "(%s %s (%s & 31))" % (a(), r.choice(["<<", ">>"]), a())
        if k == 7:
            return "(%s %s %s)" % (a(), r.choice(["<", "<=", ">", ">=", "==",
                                                  "!="]), a())
        if k == 8:
            return "(%s %s %s)" % (s(), r.choice(["<", "<=", ">", ">=", "==",
                                                  "!="]), s())
        if k == 9:
            return "(%s %s %s)" % (a(), r.choice(["&&", "||", "^^"]), a())
        if k == 10:
            return "%s(%s)" % (r.choice(["-", "~", "!", "+"]), a())
        if k == 11:
            return "(%s ? %s : %s)" % (a(), a(), a())
        if k == 12:
            return "((%s)%s)" % (r.choice(INT_TYPES), a())
        if k == 13:
            leaf = self.ileaf()
            return r.choice(["sizeof (%s)" % r.choice(INT_TYPES + ["string"]),
                             "sizeof (%s)" % a(), "sizeof (%s)" % leaf if
                             leaf.startswith("(") else "sizeof %s" % leaf])
        if k == 14 or k == 17:
            return "strlen(%s)" % self.sarg(d - 1)
        if k == 15:
            f = r.choice(["index", "rindex"])
            if r.random() < 0.5:
                return "%s(%s, %s)" % (f, self.sarg(d - 1), self.sarg(d - 1))
            return "%s(%s, %s, %s)" % (f, self.sarg(d - 1), self.sarg(d - 1),
                                       a())
        if k == 16:
            if r.random() < 0.5:
                return "strtoll(%s)" % self.sarg(d - 1)
            return "strtoll(%s, %d)" % (self.sarg(d - 1),
                                        r.choice([2, 8, 10, 16, 36]))
        if k == 17:
            return "%s(%s)" % (r.choice(["htons", "htonl", "htonll", "ntohs",
                                         "ntohl", "ntohll"]), a())
        if k == 18:
            vs = [v for v in self.readable('i') if v.kind != 'a' or True]
            if vs:
                v = r.choice(vs)
                ref = v.ref(self.keyexprs(v, d - 1) if v.kind == 'a' else None)
                op = r.choice(["++", "--"])
                return "(%s%s)" % ((op, ref) if r.random() < 0.5 else (ref, op))
            return a()
        if k == 19:
            return "progenyof(%s)" % r.choice(["pid", "1", "$pid", a()])
        if k == 20:
            return "(%s)" % a()
        if k == 21:
            return "%s(%s)" % (r.choice(["strlen", "strtoll"]),
                               r.choice(CHARARR))
        return self.ileaf()

    def sleaf(self, d=0):
        r = self.r
        k = r.randrange(8)
        if k < 3:
            return r.choice(STR_LITS)
        if k < 6:
            pool = STR_BUILTINS + (USER_STR_BUILTINS if self.user_ctx else [])
            return r.choice(pool)
        if k == 6:
            t = self.type_sleaf()
            if t:
                return t
        v = self.read_var('s', d)
        return v if v else r.choice(STR_LITS)

    def sarg(self, d):
        """A string-compatible argument: a string or a char array."""
        if self.r.random() < 0.1:
            return self.r.choice(CHARARR)
        return self.sexpr(d)

    def sexpr(self, d=3):
        r = self.r
        if d <= 0 or r.random() < 0.3:
            return self.sleaf(d)
        k = r.randrange(16)
        s = lambda: self.sarg(d - 1)
        a = lambda: self.iexpr(d - 1)
        if k < 3:
            return "strjoin(%s, %s)" % (s(), s())
        if k == 3:
            if r.random() < 0.5:
                return "substr(%s, %s)" % (s(), a())
            return "substr(%s, %s, %s)" % (s(), a(), a())
        if k == 4:
            return "%s(%s)" % (r.choice(["toupper", "tolower"]), s())
        if k == 5:
            if r.random() < 0.5:
                return "lltostr(%s)" % a()
            return "lltostr(%s, %d)" % (a(), r.choice([2, 8, 10, 16, 36]))
        if k == 6:
            return "%s(%s)" % (r.choice(["basename", "dirname", "cleanpath"]),
                               s())
        # strchr(), strrchr(), strstr() and strtok() give NULL when they
        # find nothing, and a NULL string is an invalid address (0x0) at
        # run time in DTrace too: each is given a string where it finds
        # something (at its start, which strsize does not cut)
        if k == 7:
            c = r.choice(["a", "/", "l", "x"])
            return "%s(strjoin(\"%s\", %s), '%s')" % (
                r.choice(["strchr", "strrchr"]), c, s(), c)
        if k == 8:
            # an expression written twice is not the same value when it has
            # side effects: the needle is a prefix of a literal
            lit = r.choice(STR_LITS)
            body = lit[1:-1]
            n = r.randint(0, len(body))
            while n and body[n - 1] == "\\":
                n -= 1
            return "strstr(strjoin(%s, %s), \"%s\")" % (lit, s(), body[:n])
        if k == 9:
            return "strtok(strjoin(\"x\", %s), %s)" % (
                s(), r.choice(['"/"', '" "', '"ab"', '""', '"/ ."']))
        if k == 10:
            return "(%s ? %s : %s)" % (a(), self.sexpr(d - 1),
                                       self.sexpr(d - 1))
        if k == 11:
            return "stringof(%s)" % s()
        if k == 12:
            v = self.read_var('s', d - 1)
            if v:
                return v
        return self.sleaf()

    # ---- statements ----
    def assign(self, d):
        r = self.r
        ty = r.choice("iis")
        cands = [v for v in self.vars if v.ty == ty]
        if cands and r.random() < 0.6:
            v = r.choice(cands)
        else:
            v = self.new_var(ty)
        rhs = self.iexpr(d) if ty == 'i' else self.sexpr(d)
        ref = v.ref(self.keyexprs(v, d - 1) if v.kind == 'a' else None)
        op = "="
        if ty == 'i' and (v.name in self.clause_this if v.kind == 't'
                          else v.defined) and r.random() < 0.3:
            op = r.choice(["+=", "-=", "*=", "&=", "|=", "^=", "<<=", ">>="])
            if op in ("<<=", ">>="):
                rhs = "(%s & 31)" % rhs
        stmt = "%s %s %s;" % (ref, op, rhs)
        v.defined = True
        if v.kind in "ts":
            self.clause_this.add(v.name)
        return stmt

    def fmt_for(self, ty):
        """A conversion for a value of type ty, and the cast the value
        needs."""
        r = self.r
        flags = r.choice(["", "", "", "-", "0", "+", " ", "#"])
        width = r.choice(["", "", "", "5", "12", "1", "20"])
        if ty == 's':
            prec = r.choice(["", "", ".3", ".0"])
            return "%" + r.choice(["", "-"]) + width + prec + "s", ""
        conv = r.choice(sorted(INT_CONV))
        if conv in ("c", "lc"):
            flags = r.choice(["", "-"])
        return "%" + flags + width + conv, INT_CONV[conv]

    def printf(self, d):
        r = self.r
        parts, args = [], []
        for _ in range(r.randint(0, 4)):
            ty = r.choice("iis")
            parts.append(r.choice(["", " ", "x=", ":", "%%"]))
            conv, cast = self.fmt_for(ty)
            parts.append(conv)
            if ty == 'i' and conv.endswith("lc"):
                # %lc of a value past ASCII fails in dtrace's C locale
                # (vfprintf(): EILSEQ), which aborts tracing (dfatal())
                args.append("%s((%s) & 0x7f)" % (cast, self.iexpr(d)))
            elif ty == 'i':
                args.append(cast + self.iexpr(d))
            else:
                args.append(self.sarg(d))
        fmt = "".join(parts) + r.choice(["\\n", "\\n", " ", "|\\n"])
        return "printf(\"%s\"%s);" % (fmt, "".join(", " + a for a in args))

    def trace(self, d):
        r = self.r
        k = r.randrange(4)
        if k == 0:
            return "trace(%s);" % self.sarg(d)
        if k == 1 and r.random() < 0.3:
            return r.choice(["tracemem(&curthread->comm[0], 16);",
                             "tracemem(curthread->comm, 8, %s);" %
                             self.iexpr(1),
                             'printf("%p %p\\n", curthread, curthread->real_parent);',
                             'printf("%Y %T\\n", walltimestamp, '
                             'walltimestamp);',
                             'printf("%S|%C\\n", "a\\tb", (char)10);',
                             "stack(%d);" % r.choice([1, 3, 20]),
                             "sym(caller);", "func(caller);",
                             "mod(caller);",
                             # %A takes a user address only with -p/-c
                             # (dt_printf.c pfcheck_uaddr())
                             'printf("%a\\n", caller);',
                             "@st[stack(2)] = count();",
                             "@us[ustack(2)] = count();" if self.user_ctx
                             else "ustack(1);",
                             # printf("%k", stack()) is D_CG_EXPR: its
                             # argument is code-generated as an expression
                             # (dt_cg_store_val(), dt_cg_call_subr())
                             '@st[stack(1)] = count(); printa("%k\\n", @st);'])
        if k == 1:
            return "print(%s);" % r.choice(["curthread->cred",
                                            "&curthread->real_parent->pid",
                                            "&curthread->comm[0]",
                                            "curthread->cred->user_ns"])
        return "trace(%s);" % self.iexpr(d)

    def aggregate(self, d):
        r = self.r
        if self.aggs and r.random() < 0.5:
            g = r.choice(self.aggs)
        else:
            fn = r.choice(AGG_FUNCS)
            keys = [r.choice("iis") for _ in range(r.choice([0, 0, 1, 1, 2,
                                                             3]))]
            if self.aggs and r.random() < 0.4:
                # one key signature for printa() of several aggregations
                keys = list(r.choice(self.aggs).keys)
            params = ""
            if fn == "lquantize":
                params = ", " + r.choice(LQ_PARAMS)
            elif fn == "llquantize":
                params = ", " + r.choice(LLQ_PARAMS)
            g = Agg("ag%d" % len(self.aggs), fn, keys, params)
            if r.random() < 0.15 and not any(a.name == "" for a in
                                              self.aggs) and not keys:
                g.name = ""      # the anonymous aggregation @
            self.aggs.append(g)
        key = ""
        if g.keys:
            key = "[%s]" % ", ".join(self.iexpr(d - 1) if k == 'i'
                                     else self.sarg(d - 1) for k in g.keys)
        arg = "" if g.fn == "count" else self.iexpr(d)
        if g.fn == "quantize" and r.random() < 0.3:
            arg += ", " + self.iexpr(1)       # the increment
        return "@%s%s = %s(%s%s);" % (g.name, key, g.fn, arg, g.params)

    def aggact(self):
        r = self.r
        if not self.aggs:
            return None
        g = r.choice(self.aggs)
        k = r.randrange(7)
        if k < 3:
            if r.random() < 0.5 or g.fn in ("quantize", "lquantize",
                                            "llquantize") and r.random() < .5:
                return "printa(@%s);" % g.name
            parts = []
            for kt in g.keys:
                conv, cast = self.fmt_for(kt)
                if cast:
                    conv = "%d"
                parts.append(conv + " ")
            # several aggregations of one key signature, each its own %@
            # (dt_printa_validate(): as many keys, argument-compatible)
            same = [a for a in self.aggs if a is not g and
                    "quantize" not in a.fn and len(a.keys) == len(g.keys) and
                    all((x == 's') == (y == 's') for x, y in
                        zip(a.keys, g.keys))]
            more = r.sample(same, min(len(same), r.choice([0, 0, 1, 2])))
            for _ in range(1 + len(more)):
                parts.append("%@" + r.choice(["d", "u", "x", "5d", "-8d",
                                              "i"]) + " ")
            return "printa(\"%s\\n\", %s);" % ("".join(parts), ", ".join(
                "@" + a.name for a in [g] + more))
        if k == 3:
            return "clear(@%s);" % g.name
        if k == 4:
            return r.choice(["trunc(@%s);", "trunc(@%s, 1);",
                             "trunc(@%s, -1);", "trunc(@%s, 2);"]) % g.name
        if k == 5:
            return "normalize(@%s, %d);" % (g.name, r.choice([1, 2, 10, 1000]))
        return "denormalize(@%s);" % g.name

    def stmt(self, d, allow_if=True):
        r = self.r
        k = r.randrange(20)
        if k < 6:
            return self.assign(d)
        if k < 9:
            return self.printf(d)
        if k < 11:
            return self.trace(d)
        if k < 14:
            return self.aggregate(d)
        if k == 14 or k == 17:
            a = self.aggact()
            if a:
                return a
        if k == 15 and allow_if:
            # this-> variables assigned in one branch are not assigned after it
            cond = self.iexpr(2)
            saved = set(self.clause_this)
            body = " ".join(self.stmt(d - 1, False) for _ in
                            range(r.randint(1, 2)))
            self.clause_this = set(saved)
            if r.random() < 0.5:
                els = " ".join(self.stmt(d - 1, False) for _ in
                               range(r.randint(1, 2)))
                self.clause_this = set(saved)
                return "if (%s) { %s } else { %s }" % (cond, body, els)
            return "if (%s) { %s }" % (cond, body)
        if k == 16:
            # free a self-> or associative element (an assignment of 0)
            vs = [v for v in self.vars if v.ty == 'i' and v.defined
                  and v.kind in "sa"]
            if vs:
                v = r.choice(vs)
                return "%s = 0;" % v.ref(self.keyexprs(v, 1)
                                         if v.kind == 'a' else None)
        return self.assign(d)

    # ---- constant folding against run time ----
    def cexpr(self, d, lits):
        r = self.r
        if d <= 0 or r.random() < 0.2:
            l = lit_int(r)
            lits.append(l)
            return "@%d@" % (len(lits) - 1)
        a = lambda: self.cexpr(d - 1, lits)
        k = r.randrange(9)
        if k < 3:
            return "(%s %s %s)" % (a(), r.choice("+-*&|^"), a())
        if k == 3:
            return "(%s %s ((%s & 0xff) | 1))" % (a(), r.choice("/%"), a())
        if k == 4:
            # >> of a negative constant is folded as a logical shift
            # (dt_node_op2()'s uintmax_t) but computed as an arithmetic one
            # for a signed type (dt_cg.c): DTrace itself differs there
            if r.random() < 0.5:
                return "(%s << (%s & 31))" % (a(), a())
            return "((uint64_t)%s >> (%s & 31))" % (a(), a())
        if k == 5:
            return "(%s %s %s)" % (a(), r.choice(["<", "<=", ">", ">=", "==",
                                                  "!=", "&&", "||", "^^"]), a())
        if k == 6:
            # -c of an unsigned constant is folded truncated to its size
            # (dt_node_op1()) but not computed so at run time: DTrace
            # itself differs there, so - gets a signed 64-bit operand.
            # ~ and ! of a constant keep its type when folded
            # (dt_node_op1()), where computed ~ has the promoted type and !
            # int: ~ gets a 64-bit operand and ! is made an int (seed
            # 1117: ~!(long long)2 folded to a long long -1)
            op = r.choice(["-", "~", "!"])
            if op == "!":
                return "((int)!(%s))" % a()
            return "%s((long long)%s)" % (op, a())
        if k == 7:
            return "((%s)%s)" % (r.choice(INT_TYPES), a())
        # a constant condition makes ?: its chosen operand, with that
        # operand's type (dt_node_op3()), where a computed one has the
        # operands' promoted type (dt_cook_op3()): DTrace itself differs
        # there, so both operands get one type
        t = r.choice(INT_TYPES)
        return "(%s ? (%s)%s : (%s)%s)" % (a(), t, a(), t, a())

    def fold_clause(self):
        r = self.r
        out = []
        for _ in range(r.randint(1, 3)):
            lits = []
            e = self.cexpr(r.randint(1, 4), lits)
            n = self.nfold
            self.nfold += 1
            folded = re.sub(r"@(\d+)@", lambda m: lits[int(m.group(1))], e)
            run = re.sub(r"@(\d+)@", lambda m: "this->f%d_%s" %
                         (n, m.group(1)), e)
            for i, l in enumerate(lits):
                out.append("this->f%d_%d = %s;" % (n, i, l))
            conv = r.choice(["d", "u", "x", "ld", "lld", "llx"])
            cast = INT_CONV[conv]
            out.append('printf("F%d %%%s\\n", %s%s);' % (n, conv, cast, folded))
            out.append('printf("R%d %%%s\\n", %s%s);' % (n, conv, cast, run))
        return "BEGIN\n{\n\t" + "\n\t".join(out) + "\n}\n"

    # ---- clauses and programs ----
    def clause(self, probe, pred, nstmt, user_ctx, extra=()):
        r = self.r
        self.clause_this = set()
        self.user_ctx = user_ctx
        # this-> variables of this type were assigned in an earlier clause:
        # give them a value here before any read
        body = []
        p = ""
        if pred:
            p = "/%s/\n" % self.iexpr(2)
        for _ in range(nstmt):
            body.append(self.stmt(3))
        body.extend(extra)
        return "%s\n%s{\n\t%s\n}\n" % (probe, p, "\n\t".join(body))

    def spec_stmt(self):
        """A data-recording action a speculative clause may hold: no
        aggregation (D_AGG_SPEC) and no printa() (D_ACT_SPEC), as
        dt_cg_clsflags() rules."""
        while True:
            st = self.printf(2) if self.r.random() < 0.6 else self.trace(2)
            if "@" not in st.replace("%@", ""):
                return st

    def spec_clauses(self):
        """speculation(): a buffer, a speculative clause, then commit or
        discard in a clause of their own (D's ordering rules)."""
        r = self.r
        self.user_ctx = True
        self.clause_this = set()
        s = ["BEGIN\n{\n\tspec = speculation();\n}\n"]
        body = [self.spec_stmt() for _ in range(r.randint(1, 3))]
        s.append("BEGIN\n{\n\tspeculate(spec);\n\t%s\n}\n" %
                 "\n\t".join(body))
        s.append("BEGIN\n{\n\t%s(spec);\n}\n" % r.choice(["commit",
                                                         "discard"]))
        return s

    def spec_tick_clauses(self):
        """A speculation taken, filled and committed or discarded by
        clauses of different probes, its ID in a global."""
        r = self.r
        self.user_ctx = False
        self.clause_this = set()
        n = self.nfold
        self.nfold += 1
        body = [self.spec_stmt() for _ in range(r.randint(1, 3))]
        return ["tick-1ms\n/!sp%d/\n{\n\tsp%d = speculation();\n}\n" % (n, n),
                "tick-1ms\n/sp%d/\n{\n\tspeculate(sp%d);\n\t%s\n}\n" % (
                    n, n, "\n\t".join(body)),
                "%s\n/sp%d/\n{\n\t%s(sp%d);\n\tsp%d = 0;\n}\n" % (
                    r.choice(["tick-5ms", "tick-1ms", "profile-97hz"]), n,
                    r.choice(["commit", "discard"]), n, n)]

    def program(self):
        r = self.r
        mode = r.choice(["begin", "begin", "tick", "syscall"])
        strsize = None
        if r.random() < 0.1:
            strsize = r.choice([8, 32, 512])
            self.nostrcheck = True
        self.gen_types()
        clauses = []
        for _ in range(r.randint(1, 3)):
            clauses.append(self.clause("BEGIN", r.random() < 0.2,
                                       r.randint(1, 6), True))
        if r.random() < 0.4:
            clauses.append(self.fold_clause())
        if r.random() < 0.15:
            clauses.extend(self.spec_clauses())
        if r.random() < 0.1 and mode != "begin":
            clauses.extend(self.spec_tick_clauses())
        # D types and the checks of what they hold
        checks = self.check_clause_body()
        if checks:
            if mode != "begin" and r.random() < 0.3:
                probe = r.choice(["tick-10ms", "profile-97hz",
                                  "syscall::write:entry\n/pid == $pid/"])
            else:
                probe = r.choice(["BEGIN", "BEGIN", "dtrace:::BEGIN"])
            clauses.append("%s\n{\n\t%s\n}\n" % (probe,
                                                   "\n\t".join(checks)))
        if mode == "begin":
            if r.random() < 0.3:
                clauses.append(self.clause("BEGIN", False, r.randint(0, 2),
                                           True))
            clauses.append("BEGIN\n{\n\texit(%d);\n}\n" %
                           r.choice([0, 0, 0, 1, 3]))
        else:
            for _ in range(r.randint(1, 3)):
                if mode == "syscall" and r.random() < 0.7:
                    probe = r.choice(SYSCALLS)
                    pred = True
                    extra = PROBE_EXTRAS.get(probe, [])
                    extra = r.sample(extra, r.randint(0, len(extra)))
                    if r.random() < 0.6:
                        pred = False
                        probe += "\n/%s/" % r.choice(USER_PREDS)
                    elif not probe.startswith("syscall"):
                        continue
                    else:
                        # another process's buffer may not be resident
                        extra = [e for e in extra if "copyin" not in e]
                    clauses.append(self.clause(probe, pred, r.randint(1, 5),
                                               True, extra))
                else:
                    probe = r.choice(TICKS)
                    extra = PROBE_EXTRAS.get(probe, [])
                    extra = r.sample(extra, r.randint(0, len(extra)))
                    clauses.append(self.clause(probe, r.random() < 0.4,
                                               r.randint(1, 5), False,
                                               extra))
            clauses.append("tick-10ms\n/ticks++ >= %d/\n{\n\texit(0);\n}\n"
                           % r.randint(1, 5))
        if r.random() < 0.5:
            clauses.append(self.clause("END", r.random() < 0.2,
                                       r.randint(1, 4), True))
        head = "/* gen_d.py --seed %d */\n" % self.seed
        if r.random() < 0.3:
            head += "#pragma D option quiet\n"
        for _ in range(r.choice([0, 0, 1, 2])):
            head += "#pragma D option %s\n" % r.choice(OPTIONS)
        if strsize:
            head += "#pragma D option strsize=%d\n" % strsize
        if mode != "begin":
            # ticks is declared so that a clause before the exit clause may
            # read it
            self.decls.append("int ticks;")
        decls = "".join(d + "\n" for d in self.decls)
        return head + decls + "\n" + "\n".join(clauses)


def generate(seed):
    return Gen(seed).program()


# ---- the runner ----
CLASSES = ["ok", "derror", "internal", "cc", "crash", "verifier", "hang",
           "runtime", "fold", "check", "other"]


def classify(rc, out, err, timed_out):
    if timed_out:
        return "hang"
    if "did not compile" in err or "internal error" in err:
        return "cc" if "did not compile" in err else "internal"
    if rc < 0 or rc >= 128 or "Assertion" in err or "Sanitizer" in err:
        return "crash"
    if "verifier" in err or "failed to load" in err or \
            "libbpf" in err or "Permission denied" in err:
        return "verifier"
    if re.search(r"\[D_[A-Z0-9_]+\]", err):
        return "derror"
    if "error on enabled probe" in err or "dtrace: error" in err:
        return "runtime"
    if rc not in (0, 1, 3):
        return "other"
    if rc != 0 and rc not in (1, 3):
        return "other"
    f = dict(re.findall(r"\bF(\d+) (\S*)$", out, re.M))
    rr = dict(re.findall(r"\bR(\d+) (\S*)$", out, re.M))
    for k in f:
        if rr.get(k) != f[k]:
            return "fold"
    # gen_d_types.py's checks: E<n>|value|expected|
    for rest in re.findall(r"\bE\d+\|(.*)$", out, re.M):
        v = rest.split("|")
        if len(v) != 3 or v[0] != v[1] or v[2].strip():
            return "check"
    err = re.sub(r"(?m)^dtrace: \d+ failed speculations? \(.*\)\n", "",
                 err)
    if err.strip() and not re.match(r"^(dtrace: description .*\n?)*$",
                                    err.strip() + "\n"):
        # dtrun's own notes (drops, "matched N probes") are fine; anything
        # else is shown
        if re.search(r"(?i)error|warning|fail", err):
            return "other"
    return "ok"


def expected_rc(src):
    m = re.search(r"exit\((\d+)\);\n}\n$", src.split("END\n")[0]) or \
        re.search(r"exit\((\d+)\)", src)
    return int(m.group(1)) if m else 0


def run_one(args, seed, src, path):
    with open(path, "w") as f:
        f.write(src)
    cmd = [args.dtrun, "-xerrtags"] + \
        (["-e"] if args.compile_only else []) + ["-s", path]
    t0 = time.time()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True,
                           timeout=args.timeout, errors="replace")
        rc, out, err, to = p.returncode, p.stdout, p.stderr, False
    except subprocess.TimeoutExpired as e:
        rc, to = -1, True
        out = (e.stdout or b"").decode("utf-8", "replace") \
            if isinstance(e.stdout, bytes) else (e.stdout or "")
        err = (e.stderr or b"").decode("utf-8", "replace") \
            if isinstance(e.stderr, bytes) else (e.stderr or "")
    cls = classify(rc, out, err, to)
    if cls == "ok" and not args.compile_only and rc != expected_rc(src):
        cls = "other"
    return cls, rc, out, err, time.time() - t0


def signature(cls, err):
    """What makes two failures the same: the class and the first line of
    the error without its numbers and paths."""
    lines = [l for l in err.splitlines() if "matched" not in l]
    first = re.sub(r"/\S+|\d+", "N", lines[0]) if lines else ""
    return cls + ":" + first


def reduce_file(args, path):
    """Delta-debug a failing program: drop statements, then clauses, while
    it fails the same way."""
    src = open(path).read()
    tmp = path + ".red.d"
    cls0, rc, out, err, _ = run_one(args, 0, src, tmp)
    sig0 = signature(cls0, err)
    print("reducing %s: %s" % (path, sig0))
    if cls0 == "ok":
        return 1

    def same(text):
        c, _, _, e, _ = run_one(args, 0, text, tmp)
        return signature(c, e) == sig0

    changed = True
    while changed:
        changed = False
        # whole clauses (a probe line up to its closing brace)
        blocks = re.split(r"(?m)^(?=\S.*\n(?:/.*/\n)?\{\n)", src)
        for i in range(len(blocks)):
            cand = "".join(blocks[:i] + blocks[i + 1:])
            if cand != src and same(cand):
                src, changed = cand, True
                break
        if changed:
            continue
        lines = src.splitlines(True)
        for i, l in enumerate(lines):
            if l.startswith("\t") or l.startswith("/") and \
                    not l.startswith("/*") or l.rstrip().endswith(";"):
                cand = "".join(lines[:i] + lines[i + 1:])
                if same(cand):
                    src, changed = cand, True
                    break
    with open(path + ".min.d", "w") as f:
        f.write(src)
    print(src)
    return 0


def main():
    ap = argparse.ArgumentParser(
        description="Random, well-typed D programs for dtc/dtrun "
        "(test/fuzz/README.md).")
    ap.add_argument("--seed", type=int, default=1,
                    help="the (first) program's seed")
    ap.add_argument("--run", type=int, metavar="N",
                    help="generate and run N programs (seeds SEED..)")
    ap.add_argument("--dtrun", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "build",
        "dtrun"), help="the dtrun to run (default build/dtrun)")
    ap.add_argument("--out", default="/tmp/gen_d",
                    help="where programs and failures go")
    ap.add_argument("--timeout", type=float, default=20,
                    help="seconds before a run is a hang")
    ap.add_argument("--compile-only", action="store_true",
                    help="dtrun -e: compile, do not run")
    ap.add_argument("--reduce", metavar="FILE",
                    help="shrink a failing program to FILE.min.d")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if args.reduce:
        return reduce_file(args, args.reduce)
    if args.run is None:
        sys.stdout.write(generate(args.seed))
        return 0
    os.makedirs(args.out, exist_ok=True)
    counts = {c: 0 for c in CLASSES}
    for seed in range(args.seed, args.seed + args.run):
        src = generate(seed)
        path = os.path.join(args.out, "p%d.d" % seed)
        cls, rc, out, err, dt = run_one(args, seed, src, path)
        counts[cls] += 1
        if cls != "ok":
            with open(os.path.join(args.out, "p%d.%s" % (seed, cls)),
                      "w") as f:
                f.write("rc=%d\n--- stdout\n%s--- stderr\n%s" % (rc, out,
                                                                 err))
            first = err.strip().splitlines()[:1] or out.strip().splitlines()[:1]
            print("seed %d: %s: %s" % (seed, cls, first[0][:150] if first
                                      else ""), flush=True)
        else:
            os.unlink(path)
        if args.verbose:
            print("seed %d: %s (%.1fs)" % (seed, cls, dt), flush=True)
    print("programs %d: %s" % (args.run, ", ".join(
        "%s %d" % (c, n) for c, n in counts.items() if n)))
    return 0 if counts["ok"] == args.run else 1


if __name__ == "__main__":
    sys.exit(main())
