"""gen_d_types.py: the part of gen_d.py that declares D types and checks
values it can predict (test/fuzz/README.md).

Declarations: structs and unions (integer, bit-field, array and string
members), enums, typedefs, inlines (integer, string, constant or not) and
translators (from a kernel pointer and from an integer), with variables of
those types (global, this->, self->, and through a pointer from alloca()).

Checks: each prints a line "E<n>|<value>|<expected>|", and the runner
(gen_d.py's classify()) wants the two fields equal.  The expected value is
either predicted here from D's rules (a member's type truncates what is
stored in it; a bit-field keeps its low bits, sign-extended when its type is
signed; a union's members share little-endian bytes; an enumerator counts on
from the previous one; a string subroutine of literals) or a second D
expression that must give the same value (a translated member and the
translator's expression, a pointer cast and the member it reads).

D's layout of its own structs (dt_decl_member() with libctf's
ctf_add_member()): each member at the end of the previous one, rounded up to
a byte and to the member's alignment, a bit-field an integer of
clp2(ceil(bits / 8)) bytes, no tail padding.  sizeof and offsetof of the
structs without bit-fields are predicted from it.
"""

import re

# integer member types: (D name, size in bytes, signed)
MEMBER_INTS = [("char", 1, True), ("unsigned char", 1, False),
               ("short", 2, True), ("unsigned short", 2, False),
               ("int", 4, True), ("unsigned int", 4, False),
               ("long", 8, True), ("uint64_t", 8, False),
               ("int8_t", 1, True), ("uint16_t", 2, False),
               ("int32_t", 4, True), ("long long", 8, True)]
# bit-field types: a width up to the type's bits (dt_decl_member():
# D_DECL_BFSIZE past it)
BITFIELD_INTS = [("int", 4, True), ("unsigned int", 4, False),
                 ("long long", 8, True), ("unsigned long long", 8, False),
                 ("unsigned char", 1, False), ("short", 2, True)]
# literals the string checks are made of: no escapes, no '|'
PLAIN_STRS = ["", "a", "abc", "hello", "hello world", "/usr/lib/x.so",
              "a/b/c/", "abcabcabc", "dtrace", "x.y.z", "/", "AbC dEf",
              "12345", "-42", "lib"]
# basename() and dirname() of the paths above, as libdtrace's
# dt_cg_subr_basename()/dirname() (bpf/basename.S, dirname.S) give them
PATHS = {"/usr/lib/x.so": ("x.so", "/usr/lib"), "a/b/c/": ("c", "a/b"),
         "/": ("/", "/"), "a": ("a", "."), "lib": ("lib", "."),
         "hello": ("hello", "."), "/usr/lib": ("lib", "/usr"),
         "x.y.z": ("x.y.z", ".")}
# pairs of expressions that read the same value through a pointer cast,
# pointer arithmetic, an address-of or a kernel struct's member
PTR_PAIRS = [
    ("*(int *)&curthread->pid", "curthread->pid"),
    ("((struct task_struct *)(uintptr_t)curthread)->tgid", "curthread->tgid"),
    ("*((char *)curthread->comm + 1)", "curthread->comm[1]"),
    ("((unsigned char *)&curthread->comm[0])[0]",
     "(unsigned char)curthread->comm[0]"),
    ("(uintptr_t)&curthread->pid - (uintptr_t)curthread",
     "offsetof(struct task_struct, pid)"),
    ("*(uint32_t *)&curthread->tgid", "(uint32_t)curthread->tgid"),
    ("((struct task_struct *)curthread->real_parent)->pid",
     "curthread->real_parent->pid"),
    ("*(&curthread->pid)", "curthread->pid"),
    ("(&curthread->comm[0])[2]", "curthread->comm[2]"),
    ("(uintptr_t)((int *)&curthread->pid + 1) - (uintptr_t)&curthread->pid",
     "4"),
    ("(uintptr_t)((uint64_t *)curthread + 3) - (uintptr_t)curthread", "24"),
    ("((char *)curthread + offsetof(struct task_struct, comm))[0]",
     "curthread->comm[0]"),
    ("*(long *)&curthread->nvcsw", "(long)curthread->nvcsw"),
    ("(int64_t)(struct task_struct *)0", "0"),
    ("(uintptr_t)&((struct task_struct *)0)->tgid",
     "offsetof(struct task_struct, tgid)"),
    ("(curthread->real_parent != NULL)", "1"),
    ("(struct task_struct *)curthread == curthread", "1"),
    ("(void *)&curthread->pid == (void *)&(*curthread).pid", "1"),
    ("(&curthread->pid)[0] + 0", "curthread->pid"),
    ("sizeof (*curthread)", "sizeof (struct task_struct)"),
    ("sizeof (curthread->pid)", "sizeof (pid_t)"),
]
# pointers kept in variables: (statement, expression through the variable,
# the same without it)
PTR_VARS = [
    ("this->pv = curthread;", "this->pv->pid", "curthread->pid"),
    ("self->pv = curthread->real_parent;", "self->pv->tgid",
     "curthread->real_parent->tgid"),
    ("gpv = &curthread->comm[0];", "gpv[1]", "curthread->comm[1]"),
    ("this->cp = (char *)curthread->comm;", "*(this->cp + 2)",
     "curthread->comm[2]"),
    ("this->pv = (pid > 0 ? curthread : curthread->real_parent);",
     "this->pv->pid", "(pid > 0 ? curthread : curthread->real_parent)->pid"),
    ("self->ip = &curthread->pid;", "*self->ip", "curthread->pid"),
    ("this->vp = (void *)curthread;",
     "((struct task_struct *)this->vp)->tgid", "curthread->tgid"),
    ("this->up = (uintptr_t)curthread;",
     "((struct task_struct *)this->up)->pid", "curthread->pid"),
    ("apv[pid] = curthread;", "apv[pid]->tgid", "curthread->tgid"),
    ("this->pv = curthread;", "this->pv == curthread", "1"),
]
# kernel-pointer translator members: (D type, expression over T, the same
# over curthread)
XL_TASK = [("int", "T->pid", "curthread->pid"),
           ("uint64_t", "T->tgid + 1", "curthread->tgid + 1"),
           ("long", "T->real_parent->pid", "curthread->real_parent->pid"),
           ("string", "stringof(T->comm)", "stringof(curthread->comm)"),
           ("int", "T->comm[0]", "curthread->comm[0]"),
           ("unsigned int", "T->flags & 0xff", "curthread->flags & 0xff"),
           ("short", "(short)T->prio", "(short)curthread->prio"),
           ("string", "T->comm", "stringof(curthread->comm)")]


def wrap(v, size, signed):
    """v stored in an integer of size bytes, read back."""
    bits = size * 8
    v &= (1 << bits) - 1
    if signed and v >> (bits - 1):
        v -= 1 << bits
    return v


def wrapbits(v, bits, signed):
    v &= (1 << bits) - 1
    if signed and v >> (bits - 1):
        v -= 1 << bits
    return v


def as_ll(v):
    return wrap(v, 8, True)


def clp2(n):
    p = 1
    while p < n:
        p *= 2
    return p


class Member:
    def __init__(self, name, ty, size, signed, bits=None, dim=None,
                 string=False):
        self.name, self.ty, self.size, self.signed = name, ty, size, signed
        self.bits = bits        # a bit-field's width
        self.dim = dim          # an array member's element count
        self.string = string    # a string member
        self.sou = None         # a struct or union member's Sou

    def decl(self):
        if self.sou:
            return "%s %s;" % (self.ty, self.name)
        if self.string:
            return "string %s;" % self.name
        if self.bits:
            return "%s %s : %d;" % (self.ty, self.name, self.bits)
        if self.dim:
            return "%s %s[%d];" % (self.ty, self.name, self.dim)
        return "%s %s;" % (self.ty, self.name)

    def store(self, v):
        """What reading the member gives after storing v."""
        if self.bits:
            return wrapbits(v, self.bits, self.signed)
        return wrap(v, self.size, self.signed)


class Sou:
    def __init__(self, kw, name, members):
        self.kw, self.name, self.members = kw, name, members

    def tyname(self):
        return "%s %s" % (self.kw, self.name)

    def layout(self):
        """(offsets, size) as libctf's ctf_add_member() lays a D struct out,
        or None where a bit-field or a string member makes it ours to
        leave alone."""
        if any(m.bits or m.string or m.sou for m in self.members):
            return None
        offs, end = [], 0
        for m in self.members:
            if self.kw == "union":
                offs.append(0)
                end = max(end, m.size * (m.dim or 1))
                continue
            off = -(-end // m.size) * m.size
            offs.append(off)
            end = off + m.size * (m.dim or 1)
        return offs, end


class TypesMixin:
    """Gen's declarations and checks; it uses Gen's r, decls, iexpr() and
    cexpr()."""

    def types_init(self):
        self.sous = []          # Sou
        self.souvars = []       # (ref text, Sou, kind 'g' 't' 's')
        self.enums = []         # (name, value)
        self.inl_ints = []      # names of integer inlines
        self.inl_strs = []      # names of string inlines
        self.xlators = []       # (output Sou, input kind, members)
        self.nchk = 0
        self.ntype = 0
        self.nostrcheck = False  # a strsize pragma cuts strings
        self.arrvars = []       # (ref, Member): scalar arrays

    # ---- declarations ----
    def gen_member(self, i, bitfields):
        r = self.r
        name = "m%d" % i
        k = r.randrange(10)
        if bitfields and k < 4:
            ty, size, signed = r.choice(BITFIELD_INTS)
            return Member(name, ty, size, signed,
                          bits=r.randint(1, size * 8))
        ty, size, signed = r.choice(MEMBER_INTS)
        if k == 4:
            return Member(name, ty, size, signed, dim=r.randint(1, 5))
        if k == 5 and bitfields:
            return Member(name, "string", 0, False, string=True)
        return Member(name, ty, size, signed)

    def gen_sou(self):
        r = self.r
        self.ntype += 1
        kw = "union" if r.random() < 0.2 else "struct"
        bitfields = kw == "struct" and r.random() < 0.6
        ms = [self.gen_member(i, bitfields) for i in range(r.randint(1, 5))]
        if kw == "union":
            ms = [m for m in ms if not m.string and not m.dim] or \
                [Member("m0", "int", 4, True)]
        elif self.sous and r.random() < 0.3:
            # a member of an earlier struct or union type
            inner = r.choice(self.sous)
            m = Member("m%d" % len(ms), inner.tyname(), 0, False)
            m.sou = inner
            ms.insert(r.randrange(len(ms) + 1), m)
        s = Sou(kw, "%s%d" % (kw[0], self.ntype), ms)
        self.decls.append("%s { %s };" % (s.tyname(), " ".join(
            m.decl() for m in ms)))
        self.sous.append(s)
        # variables of it: global, clause-local, thread-local, and a typedef
        for kind in r.sample("gtsa", r.randint(1, 3)):
            self.ntype += 1
            if kind == "g":
                ty = s.tyname()
                if r.random() < 0.3:
                    ty = "%s_t" % s.name
                    self.decls.append("typedef %s %s;" % (s.tyname(), ty))
                ref = "gv%d" % self.ntype
                self.decls.append("%s %s;" % (ty, ref))
            elif kind == "t":
                ref = "this->tv%d" % self.ntype
                self.decls.append("this %s tv%d;" % (s.tyname(), self.ntype))
            elif kind == "s":
                ref = "self->sv%d" % self.ntype
                self.decls.append("self %s sv%d;" % (s.tyname(), self.ntype))
            else:
                # an associative array of them, one element by its keys
                self.decls.append("%s aa%d[int, string];" % (s.tyname(),
                                                             self.ntype))
                ref = 'aa%d[%d, "%s"]' % (self.ntype, r.randrange(-5, 5),
                                          r.choice(PLAIN_STRS))
            self.souvars.append((ref, s, kind))

    def gen_array(self):
        """A scalar array: global, clause-local or thread-local."""
        r = self.r
        self.ntype += 1
        ty, size, signed = r.choice(MEMBER_INTS)
        m = Member("a", ty, size, signed, dim=r.randint(1, 8))
        if r.random() < 0.25:
            m = Member("a", "string", 0, False, dim=m.dim, string=True)
            ty = "string"
        kind = r.choice("gts")
        name = "av%d" % self.ntype
        self.decls.append("%s%s %s[%d];" % (
            {"g": "", "t": "this ", "s": "self "}[kind], ty, name, m.dim))
        ref = {"g": "", "t": "this->", "s": "self->"}[kind] + name
        self.arrvars.append((ref, m))

    def check_array(self, ref, m):
        r = self.r
        out = []
        for _ in range(r.randint(1, 3)):
            i = r.randrange(m.dim)
            v = r.randrange(-(1 << 40), 1 << 40)
            # a constant index, or one from a variable
            idx = str(i)
            if r.random() < 0.5:
                out.append("this->ai%d = %d;" % (self.nchk, i))
                idx = "this->ai%d" % self.nchk
            if m.string:
                e, sv = self.sfun(2)
                out.append("%s[%s] = %s;" % (ref, idx, e))
                if not self.nostrcheck:
                    out.append(self.echeck("%s", "%s[%s]" % (ref, idx),
                                           '"%s"' % sv))
                continue
            out.append("%s[%s] = %s;" % (ref, idx, self.lit_for(m, v)))
            got = m.store(v)
            if r.random() < 0.3:
                op = r.choice(["+", "-", "|", "^"])
                k = r.randrange(0, 100)
                out.append("%s[%s] %s= %d;" % (ref, idx, op, k))
                got = m.store(eval("got %s k" % op))
            out.append(self.echeck_const(as_ll(got), "%s[%s]" % (ref, idx)))
        return out

    def gen_enum(self):
        r = self.r
        self.ntype += 1
        name = "e%d" % self.ntype
        parts, v = [], -1
        for i in range(r.randint(1, 5)):
            c = "E%d_%d" % (self.ntype, i)
            if r.random() < 0.4:
                v = r.randint(-1000, 100000)
                parts.append("%s = %d" % (c, v))
            else:
                v += 1
                parts.append(c)
            self.enums.append((c, v))
        self.decls.append("enum %s { %s };" % (name, ", ".join(parts)))

    def gen_inline(self):
        r = self.r
        self.ntype += 1
        name = "I%d" % self.ntype
        k = r.randrange(4)
        if k == 0:
            self.decls.append('inline string %s = "%s";' %
                              (name, r.choice(PLAIN_STRS)))
            self.inl_strs.append(name)
            return
        ty = r.choice(["int", "long long", "uint64_t", "short", "int64_t"])
        if k == 1:
            # not a constant: expanded where it is used
            k = r.randint(0, 100)
            self.decls.append("inline %s %s = (%s)(pid + %d);" %
                              (ty, name, ty, k))
            self.inl_ints.append((name, ty, "pid + %d" % k, []))
            return
        # a constant: dtc folds it; the check computes it from this->
        # variables holding its literals (as fold_clause() does)
        lits = []
        e = self.cexpr(r.randint(1, 3), lits)
        folded = re.sub(r"@(\d+)@", lambda m: lits[int(m.group(1))], e)
        self.decls.append("inline %s %s = (%s)%s;" % (ty, name, ty, folded))
        self.inl_ints.append((name, ty, e, lits))

    def gen_xlator(self):
        """A struct and a translator to it, from curthread's type or from
        an integer."""
        r = self.r
        self.ntype += 1
        name = "xo%d" % self.ntype
        if r.random() < 0.7:
            picks = r.sample(XL_TASK, r.randint(1, 4))
            ms = [(t, "x%d" % i, e, d) for i, (t, e, d) in enumerate(picks)]
            inp = "struct task_struct *T"
        else:
            ms = []
            for i in range(r.randint(1, 3)):
                t, size, signed = r.choice(MEMBER_INTS[4:])
                k = r.randint(-5, 5)
                ms.append((t, "x%d" % i, "V * %d" % k, (k, size, signed)))
            inp = "int V"
        self.decls.append("struct %s { %s };" % (name, " ".join(
            "%s %s;" % (t, n) for t, n, _, _ in ms)))
        self.decls.append("translator struct %s < %s > { %s };" % (
            name, inp, " ".join("%s = %s;" % (n, e) for _, n, e, _ in ms)))
        self.xlators.append((name, inp, ms))

    def gen_types(self):
        r = self.r
        for _ in range(r.choice([0, 1, 1, 2])):
            self.gen_sou()
        for _ in range(r.choice([0, 0, 1])):
            self.gen_enum()
        for _ in range(r.choice([0, 1, 2])):
            self.gen_inline()
        for _ in range(r.choice([0, 0, 1])):
            self.gen_xlator()
        for _ in range(r.choice([0, 0, 1])):
            self.gen_array()

    # ---- leaves the other expressions use ----
    def type_ileaf(self):
        """An enumerator, an integer inline, or None."""
        pool = [c for c, _ in self.enums] + [i[0] for i in self.inl_ints]
        return self.r.choice(pool) if pool else None

    def type_sleaf(self):
        return self.r.choice(self.inl_strs) if self.inl_strs else None

    # ---- checks ----
    def echeck(self, fmt, val, exp):
        n = self.nchk
        self.nchk += 1
        return 'printf("E%d|%s|%s|\\n", %s, %s);' % (n, fmt, fmt, val, exp)

    def echeck_const(self, val, exp):
        n = self.nchk
        self.nchk += 1
        return 'printf("E%d|%%lld|%d|\\n", (long long)(%s));' % (n, val, exp)

    def check_sou(self, ref, s):
        """Store into members of a struct or union variable, read them back."""
        r = self.r
        out = []
        if s.kw == "union":
            # members share little-endian bytes: the first store sets
            # size bytes, a smaller one after it its low ones; members no
            # larger than the first store are read back
            byts = [0] * 8
            stores = s.members[:r.randint(1, len(s.members))]
            known = 0
            for m in stores:
                v = r.randrange(-(1 << 63), 1 << 63)
                out.append("%s.%s = %s;" % (ref, m.name, self.lit_for(m, v)))
                for b in range(m.size):
                    byts[b] = (v >> (8 * b)) & 0xff
                known = max(known, m.size)
            for m in s.members:
                if m.size <= known:
                    v = sum(byts[b] << (8 * b) for b in range(m.size))
                    out.append(self.echeck_const(
                        as_ll(wrap(v, m.size, m.signed)),
                        "%s.%s" % (ref, m.name)))
            return out
        for m in s.members:
            if r.random() < 0.3:
                continue
            if m.sou:
                out.extend(self.check_sou("%s.%s" % (ref, m.name), m.sou))
                continue
            if m.string:
                v = r.choice(PLAIN_STRS)
                out.append('%s.%s = "%s";' % (ref, m.name, v))
                if not self.nostrcheck:
                    out.append(self.echeck("%s", "%s.%s" % (ref, m.name),
                                           '"%s"' % v))
                continue
            v = r.choice([r.randrange(-300, 300), r.randrange(-(1 << 40),
                                                              1 << 40),
                          r.randrange(0, 1 << 64), (1 << 31) - 1, -1, 0])
            lhs = "%s.%s" % (ref, m.name)
            if m.dim:
                lhs += "[%d]" % r.randrange(m.dim)
            # a value from a variable, or a literal, or through this->
            if r.random() < 0.3:
                out.append("this->cv%d = %s;" % (self.nchk, self.lit_for(m, v)))
                out.append("%s = this->cv%d;" % (lhs, self.nchk))
            else:
                out.append("%s = %s;" % (lhs, self.lit_for(m, v)))
            got = m.store(v)
            if r.random() < 0.4:
                op = r.choice(["+", "-", "*", "&", "|", "^"])
                k = r.randrange(-20, 300)
                out.append("%s %s= %d;" % (lhs, op, k))
                got = m.store(eval("got %s k" % op))
            if r.random() < 0.3:
                # ++ and -- store the member's type's value; their own
                # value is the register dt_cg_incdec_op() leaves: the old
                # value loaded with a plain BPF load of the member's size
                # (zero-extended, not promoted), 1 added on 64 bits for a
                # prefix one (so (long long)--x of an int -5 is 2^32 - 6).
                # A bit-field's is stored (dt_cg_field_set()), not checked.
                op = r.choice(["++", "--"])
                d = 1 if op == "++" else -1
                old = got & ((1 << (8 * m.size)) - 1)
                if m.bits:
                    out.append("%s%s;" % (lhs, op))
                elif r.random() < 0.5:
                    out.append(self.echeck_const(as_ll(old + d), op + lhs))
                else:
                    out.append(self.echeck_const(as_ll(old), lhs + op))
                got = m.store(got + d)
            out.append(self.echeck_const(as_ll(got), lhs))
        return out

    def lit_for(self, m, v):
        """A literal that stores v into member m: a wide value as a cast
        from a 64-bit literal."""
        if m.bits:
            v = wrap(v, m.size, m.signed)
        else:
            v = wrap(v, m.size, m.signed)
        if v < 0:
            return "(%s)(%dLL)" % (m.ty, v)
        return "(%s)%dULL" % (m.ty, v)

    def check_sou_ptr(self, s):
        """A struct through a pointer from alloca(); offsetof and sizeof
        where the layout is ours to predict."""
        r = self.r
        out = []
        n = self.nchk
        lay = s.layout()
        if lay:
            offs, size = lay
            i = r.randrange(len(s.members))
            out.append(self.echeck_const(size, "sizeof (%s)" % s.tyname()))
            out.append(self.echeck_const(offs[i], "offsetof(%s, %s)" % (
                s.tyname(), s.members[i].name)))
        ints = [m for m in s.members if not m.string and not m.sou]
        if s.kw == "union" or any(m.string or m.sou for m in s.members) or \
                not ints:
            return out
        # alloca() takes at most scratchsize (256) bytes in a clause, and a
        # constant size past it is D_ALLOCA_SIZE (seed 5193)
        size = sum(m.size * (m.dim or 1) + 8 for m in s.members)
        if self.scratch + size > 200:
            return out
        self.scratch += size
        out.append("this->sp%d = (%s *)alloca(sizeof (%s));" % (
            n, s.tyname(), s.tyname()))
        m = r.choice(ints)
        v = r.randrange(-(1 << 20), 1 << 20)
        lhs = "this->sp%d->%s" % (n, m.name) + ("[0]" if m.dim else "")
        out.append("%s = %s;" % (lhs, self.lit_for(m, v)))
        out.append(self.echeck_const(as_ll(m.store(v)), lhs))
        out.append(self.echeck_const(as_ll(m.store(v)), "(*this->sp%d).%s%s" % (
            n, m.name, "[0]" if m.dim else "")))
        return out

    def sfun(self, d):
        """A string expression of literals and string subroutines, with the
        value libdtrace gives it."""
        r = self.r
        if d <= 0 or r.random() < 0.3:
            v = r.choice(PLAIN_STRS + list(PATHS))
            return '"%s"' % v, v
        k = r.randrange(8)
        a, av = self.sfun(d - 1)
        if k == 0:
            b, bv = self.sfun(d - 1)
            return "strjoin(%s, %s)" % (a, b), av + bv
        if k == 1:
            f = r.choice(["toupper", "tolower"])
            return "%s(%s)" % (f, a), getattr(av, f[2:])()
        if k == 2:
            i = r.randint(0, len(av))
            if r.random() < 0.5:
                return "substr(%s, %d)" % (a, i), av[i:]
            n = r.randint(0, len(av) - i + 2)
            return "substr(%s, %d, %d)" % (a, i, n), av[i:i + n]
        if k == 3:
            n = r.randrange(-(1 << 40), 1 << 40)
            return "lltostr(%dLL)" % n, str(n)
        if k == 4 and av in PATHS:
            i = r.randrange(2)
            return "%s(%s)" % (["basename", "dirname"][i], a), PATHS[av][i]
        if k == 5 and av:
            c = r.choice(av)
            if c not in "'\\":
                f = r.choice(["strchr", "strrchr"])
                at = av.find(c) if f == "strchr" else av.rfind(c)
                return "%s(%s, '%s')" % (f, a, c), av[at:]
        if k == 6 and av:
            i = r.randrange(len(av))
            needle = av[i:i + r.randint(1, 3)]
            return "strstr(%s, \"%s\")" % (a, needle), av[av.find(needle):]
        return a, av

    def ifun(self):
        """An integer from string subroutines of literals, predicted."""
        r = self.r
        a, av = self.sfun(2)
        k = r.randrange(4)
        if k == 0 or not av:
            return "strlen(%s)" % a, len(av)
        if k == 1:
            n = r.randrange(-(1 << 40), 1 << 40)
            return "strtoll(lltostr(%dLL))" % n, n
        i = r.randrange(len(av))
        needle = av[i:i + r.randint(1, 3)]
        if k == 2:
            return "index(%s, \"%s\")" % (a, needle), av.find(needle)
        return "rindex(%s, \"%s\")" % (a, needle), av.rfind(needle)

    def check_clause_body(self):
        """The statements of a check clause: structs, enums, inlines,
        translators, pointer casts, string subroutines."""
        r = self.r
        out = []
        self.scratch = 16           # the alloca()s of this clause
        for ref, s, kind in self.souvars:
            if r.random() < 0.7:
                out.extend(self.check_sou(ref, s))
        for ref, m in self.arrvars:
            out.extend(self.check_array(ref, m))
        for s in self.sous:
            if r.random() < 0.5:
                out.extend(self.check_sou_ptr(s))
        for c, v in self.enums:
            # through int: an enum is unsigned (dt_node_type_assign() gives
            # it no DT_NF_SIGNED), so widening a negative one zero-extends
            if r.random() < 0.5:
                out.append(self.echeck_const(v, "(int)" + c))
        for name, ty, e, lits in self.inl_ints:
            if r.random() < 0.5:
                n = self.nchk
                for i, l in enumerate(lits):
                    out.append("this->il%d_%d = %s;" % (n, i, l))
                run = re.sub(r"@(\d+)@", lambda m: "this->il%d_%s" %
                             (n, m.group(1)), e)
                out.append(self.echeck("%lld", "(long long)%s" % name,
                                       "(long long)(%s)(%s)" % (ty, run)))
        for name in self.inl_strs:
            if r.random() < 0.5:
                out.append("this->is%d = %s;" % (self.nchk, name))
                out.append(self.echeck("%s", name, "this->is%d" % self.nchk))
        for name, inp, ms in self.xlators:
            for t, mn, e, d in ms:
                ptr = r.random() < 0.4
                if inp.startswith("int"):
                    x = r.randint(-1000, 1000)
                    k, size, signed = d
                    val = "xlate <struct %s%s> (%d)%s%s" % (
                        name, " *" if ptr else "", x, "->" if ptr else ".", mn)
                    out.append(self.echeck_const(as_ll(wrap(x * k, size,
                                                            signed)), val))
                    continue
                val = "xlate <struct %s%s> (curthread)%s%s" % (
                    name, " *" if ptr else "", "->" if ptr else ".", mn)
                if t == "string":
                    out.append(self.echeck("%s", val, d))
                else:
                    out.append(self.echeck("%lld", "(long long)(%s)%s" %
                                           (t, val), "(long long)(%s)(%s)" %
                                           (t, d)))
        for st, a, b in r.sample(PTR_VARS, r.randint(0, 2)):
            out.append(st)
            out.append(self.echeck("%lld", "(long long)(%s)" % a,
                                   "(long long)(%s)" % b))
        for _ in range(r.randint(0, 3)):
            a, b = r.choice(PTR_PAIRS)
            out.append(self.echeck("%lld", "(long long)(%s)" % a,
                                   "(long long)(%s)" % b))
        if r.random() < 0.4:
            n = self.nchk
            v = r.randrange(0, 1 << 32)
            out.append("this->ip%d = (uint32_t *)alloca(8);" % n)
            out.append("this->ip%d[1] = %d;" % (n, v))
            out.append(self.echeck_const(v & 0xff, "((uint8_t *)this->ip%d)[4]"
                                         % n))
            out.append("bcopy(&curthread->pid, this->ip%d, 4);" % n)
            out.append(self.echeck("%d", "*(int *)this->ip%d" % n,
                                   "curthread->pid"))
        if r.random() < 0.3:
            n = self.nchk
            a = [r.randrange(256) for _ in range(4)]
            out.append("this->na%d = (ipaddr_t *)alloca(4);" % n)
            out.append("*this->na%d = htonl(0x%02x%02x%02x%02x);" % (n, *a))
            out.append(self.echeck("%s", "inet_ntoa(this->na%d)" % n,
                                   '"%d.%d.%d.%d"' % tuple(a)))
        if not self.nostrcheck:
            for _ in range(r.randint(0, 3)):
                if r.random() < 0.5:
                    e, v = self.sfun(3)
                    if len(v) < 100:
                        out.append(self.echeck("%s", e, '"%s"' % v))
                else:
                    e, v = self.ifun()
                    out.append(self.echeck_const(v, e))
        return out
