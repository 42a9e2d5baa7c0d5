#!/usr/bin/env python3
"""diff_lang.py: D language semantics at run time, Oracle's dtrace against
dtc/dtrun (research tool, test/fuzz/README.md; diff_d.py's sibling).

diff_d.py covers output formatting (printf, trace, print, aggregations) and
arithmetic; this one covers the rest of the language, from libdtrace's
definition (dt_parser.c, dt_cg.c, dt_xlator.c, dt_decl.c):

  var_*    globals, self->, this->, associative and D arrays, struct values
  type_*   struct/union/enum/typedef/bit-field declarations, sizeof,
           offsetof, casts between integer types, string comparisons, ?:,
           inlines
  xlate_*  user translators, xlate<>, stock translators, D_XLATE_* errors
  ctl_*    predicates, clause order, if/else, exit() mid-clause
  int_*    shifts past 63, negative shift counts, INT64_MIN / -1, unsigned
           wrap, signed/unsigned comparisons, sign extension in output

The same command line as diff_d.py (--list, --print, --run, --filter,
--stderr); the runner is diff_d.py's.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import diff_d  # noqa: E402

diff_d.PROGS.clear()
prog = diff_d.prog
ARGS = diff_d.ARGS


def pf(fmt, *args):
    """One printf statement line."""
    return '\tprintf("%s\\n"%s);\n' % (fmt, "".join(", " + a for a in args))


# --- 1. variables --------------------------------------------------------------
# Globals of every kind, read before any store: 0, "" (dt_cg_load_var()).
GTYPES = [("int", "%d"), ("char", "%d"), ("unsigned char", "%u"),
          ("short", "%d"), ("uint64_t", "%u"), ("string", "[%s]"),
          ("int *", "%p"), ("long", "%d")]
prog("var_global_unset", "".join(
    "%s g%d;\n" % (t, i) for i, (t, _) in enumerate(GTYPES)) +
    "\nBEGIN\n{\n" + "".join(pf(f, "g%d" % i)
                             for i, (_, f) in enumerate(GTYPES)) + "}\n")
prog("var_global_store", "".join(
    "%s g%d;\n" % (t, i) for i, (t, _) in enumerate(GTYPES)) +
    "\nBEGIN\n{\n\tg0 = -1;\n\tg1 = 300;\n\tg2 = -1;\n\tg3 = 70000;\n"
    "\tg4 = -1;\n\tg5 = \"str\";\n\tg6 = (int *)16;\n\tg7 = 1 << 40;\n" +
    "".join(pf(f, "g%d" % i) for i, (_, f) in enumerate(GTYPES)) + "}\n")
prog("var_global_implicit", """BEGIN
{
	x = 5;
	s = "abc";
	c = (char)-1;
	u = (unsigned short)65535;
}

BEGIN
{
	printf("%d [%s] %d %d %d %d\\n", x, s, c, u, sizeof (c), sizeof (u));
	x += 1;
	s = strjoin(s, "d");
	c++;
	u++;
	printf("%d [%s] %d %d\\n", x, s, c, u);
}
""")
prog("var_global_string_reassign", """BEGIN
{
	s = "a long string of some length";
	s = "short";
	printf("[%s] %d\\n", s, strlen(s));
	s = "";
	printf("[%s] %d\\n", s, strlen(s));
}
""")
# self-> variables: unset read 0 / "", across clauses and from BEGIN to END
prog("var_self_unset", """self int i;
self string s;

BEGIN
{
	printf("%d [%s]\\n", self->i, self->s);
	self->i = 3;
	self->s = "x";
	printf("%d [%s]\\n", self->i, self->s);
	self->i = 0;
	self->s = "";
	printf("%d [%s]\\n", self->i, self->s);
}
""")
prog("var_self_implicit", """BEGIN
{
	self->a = (char)-2;
	self->b = "str";
	self->c = 1ULL << 63;
}

BEGIN
{
	printf("%d [%s] %u %d %d\\n", self->a, self->b, self->c,
	    sizeof (self->a), sizeof (self->c));
}
""")
prog("var_self_begin_end", """BEGIN
{
	self->x = 42;
	self->s = "kept";
}

END
{
	printf("%d [%s]\\n", self->x, self->s);
}
""")
prog("var_self_delete", """BEGIN
{
	self->x = 42;
	self->x = 0;
	printf("%d\\n", self->x);
	self->x++;
	printf("%d\\n", self->x);
}
""")
# this-> variables: persist across the clauses of one probe (dt_cg: the
# clause-local storage is per probe firing)
prog("var_this_clauses", """BEGIN
{
	this->x = 7;
	this->s = "seven";
}

BEGIN
{
	printf("%d [%s]\\n", this->x, this->s);
	this->x++;
}

BEGIN
{
	printf("%d\\n", this->x);
}
""")
prog("var_this_declared", """this int i;
this char c;
this string s;
this uint64_t u;

BEGIN
{
	this->i = -1;
	this->c = 255;
	this->s = "s";
	this->u = -1;
	printf("%d %d [%s] %u\\n", this->i, this->c, this->s, this->u);
	printf("%d %d %d %d\\n", sizeof (this->i), sizeof (this->c),
	    sizeof (this->s), sizeof (this->u));
}
""")
prog("var_this_trunc", """this char c;
this short s;

BEGIN
{
	this->c = 0x1234;
	this->s = 0x12345678;
	printf("%x %x\\n", this->c, this->s);
	this->c = this->c + 1;
	printf("%d\\n", this->c);
}
""")
# associative arrays: keys of every type
AKEYS = [("int", "1", "2"), ("neg", "-1", "-2"), ("char", "(char)-1",
                                                   "(char)255"),
         ("uchar", "(unsigned char)255", "(unsigned char)-1"),
         ("short", "(short)-1", "(short)65535"),
         ("u64", "0xffffffffffffffffULL", "-1"),
         ("str", '"abc"', '"abd"'), ("str_empty", '""', '""'),
         ("ptr", "(int *)0x10", "(int *)16"),
         ("tuple", '1, "a"', '1, "b"'), ("tuple3", '(char)1, 2, "x"',
                                          '1, (short)2, "x"')]
for _n, _k1, _k2 in AKEYS:
    prog("var_assoc_key_%s" % _n, """BEGIN
{
	a[%s] = 10;
	a[%s] += 5;
	printf("%%d %%d\\n", a[%s], a[%s]);
}
""" % (_k1, _k2, _k1, _k2))
prog("var_assoc_unset", """BEGIN
{
	a[1] = 5;
	s["k"] = "v";
	printf("%d %d [%s] [%s]\\n", a[1], a[2], s["k"], s["none"]);
	printf("%d %d\\n", a[2] == 0, s["none"] == "");
}
""")
prog("var_assoc_delete", """BEGIN
{
	a[1] = 5;
	a[2] = 6;
	a[1] = 0;
	printf("%d %d\\n", a[1], a[2]);
	s["k"] = "v";
	s["k"] = 0;
	printf("[%s]\\n", s["k"]);
	a[1]++;
	printf("%d\\n", a[1]);
}
""")
prog("var_assoc_delete_string_empty", """BEGIN
{
	s["k"] = "v";
	s["k"] = "";
	printf("[%s] %d\\n", s["k"], strlen(s["k"]));
}
""")
prog("var_assoc_declared", """int a[string];
string b[int, int];
char c[uint64_t];

BEGIN
{
	a["x"] = -1;
	b[1, 2] = "one-two";
	c[0xffffffffffffffff] = 300;
	printf("%d [%s] %d [%s] %d\\n", a["x"], b[1, 2], c[-1], b[2, 1],
	    sizeof (c[0]));
}
""")
prog("var_assoc_long_key", """#pragma D option strsize=8

BEGIN
{
	a["abcdefghij"] = 1;
	a["abcdefghXY"] += 2;
	a["abcdefg"] += 4;
	printf("%d %d %d\\n", a["abcdefghij"], a["abcdefgh"], a["abcdefg"]);
}
""")
prog("var_assoc_long_key_default", """BEGIN
{
	this->k1 = strjoin("%s", "x");
	a[""" + '"' + "k" * 300 + '"' + """] = 1;
	a[""" + '"' + "k" * 299 + '"' + """] += 2;
	printf("%d %d\\n", a[""" + '"' + "k" * 255 + '"' + """], a[""" + '"' +
     "k" * 300 + '"' + """]);
}
""")
prog("var_assoc_self", """BEGIN
{
	self->a[1, "x"] = 3;
	self->a[2, "y"] = 4;
	printf("%d %d %d\\n", self->a[1, "x"], self->a[2, "y"],
	    self->a[1, "y"]);
	self->a[1, "x"] = 0;
	printf("%d\\n", self->a[1, "x"]);
}
""")
prog("var_assoc_var_key", """BEGIN
{
	this->k = "key";
	this->i = 3;
	a[this->k, this->i] = 9;
	printf("%d %d\\n", a["key", 3], a[this->k, 3]);
	b[strjoin("a", "b")] = 1;
	printf("%d\\n", b["ab"]);
}
""")
prog("var_assoc_string_values", """BEGIN
{
	s[1] = "one";
	s[2] = strjoin(s[1], "+two");
	s[1] = "uno";
	printf("[%s] [%s]\\n", s[1], s[2]);
}
""")
# D arrays (scalar arrays): globals, this->, out of range
prog("var_darray_global", """int a[5];
char c[4];

BEGIN
{
	a[0] = 1;
	a[4] = -1;
	c[3] = 300;
	printf("%d %d %d %d %d\\n", a[0], a[1], a[4], c[3], sizeof (a));
	this->i = 2;
	a[this->i] = 7;
	printf("%d\\n", a[this->i]);
}
""")
prog("var_darray_bounds_const", """int a[5];

BEGIN
{
	a[5] = 1;
}
""")
prog("var_darray_bounds_read", """int a[5];

BEGIN
{
	printf("%d\\n", a[7]);
}
""")
prog("var_darray_bounds_var", """int a[5];

BEGIN
{
	this->i = 5;
	a[this->i] = 1;
	printf("stored\\n");
}
""")
prog("var_darray_bounds_neg", """int a[5];

BEGIN
{
	this->i = -1;
	printf("%d\\n", a[this->i]);
}
""")
prog("var_darray_multi", """int a[3][4];

BEGIN
{
	a[1][2] = 5;
	a[2][3] = 6;
	printf("%d %d %d %d\\n", a[1][2], a[2][3], a[0][0], sizeof (a));
	printf("%d\\n", sizeof (a[1]));
}
""")
prog("var_darray_this", """this int a[4];

BEGIN
{
	this->a[0] = 1;
	this->a[3] = 4;
	printf("%d %d %d\\n", this->a[0], this->a[3], sizeof (this->a));
}
""")
prog("var_darray_one", """int a[1];

BEGIN
{
	a[0] = 5;
	this->i = 3;
	printf("%d\\n", a[0]);
}
""")
# struct and union values in variables
SDECL = """struct pt { int x; int y; };
struct rect { struct pt a; struct pt b; char tag[4]; };
union u { int i; unsigned char b[4]; short s; };

"""
prog("var_struct_global", SDECL + """struct rect r;
union u uu;

BEGIN
{
	r.a.x = 1;
	r.a.y = -2;
	r.b.x = 3;
	r.tag[0] = 'T';
	printf("%d %d %d %d %d\\n", r.a.x, r.a.y, r.b.x, r.b.y, r.tag[0]);
	uu.i = 0x11223344;
	printf("%x %x %x\\n", uu.b[0], uu.b[3], uu.s);
	printf("%d %d\\n", sizeof (r), sizeof (uu));
}
""")
prog("var_struct_this", SDECL + """this struct pt p;

BEGIN
{
	this->p.x = 10;
	this->p.y = 20;
	printf("%d %d\\n", this->p.x, this->p.y);
}
""")
prog("var_struct_self", SDECL + """self struct pt p;

BEGIN
{
	self->p.x = 10;
	self->p.y = -20;
	printf("%d %d\\n", self->p.x, self->p.y);
}
""")
prog("var_struct_assoc", SDECL + """struct pt m[int];

BEGIN
{
	m[1].x = 5;
	m[1].y = 6;
	printf("%d %d %d\\n", m[1].x, m[1].y, m[2].x);
}
""")
prog("var_struct_copy", SDECL + """struct pt p;
struct pt q;

BEGIN
{
	p.x = 1;
	p.y = 2;
	q = p;
	p.x = 9;
	printf("%d %d %d\\n", q.x, q.y, p.x);
}
""")
prog("var_struct_copy_this", SDECL + """struct pt p;
this struct pt q;

BEGIN
{
	p.x = 1;
	p.y = 2;
	this->q = p;
	printf("%d %d\\n", this->q.x, this->q.y);
}
""")
prog("var_struct_unset", SDECL + """struct rect r;

BEGIN
{
	printf("%d %d %d\\n", r.a.x, r.b.y, r.tag[3]);
}
""")

# --- 2. types --------------------------------------------------------------------
TDECL = """struct in { char c; short s; int i; long long ll; };
struct out { struct in in; struct in arr[3]; int *ip; char name[5];
    unsigned int bf1 : 3, bf2 : 7; int sbf : 4; unsigned char last; };
union mix { struct in in; long long ll; char bytes[8]; };
enum e { E_A, E_B = 10, E_C, E_D = -1 };
typedef struct out out_t;
typedef union mix mix_t;
typedef enum e e_t;
typedef int myint_t;
typedef myint_t myint2_t;

"""
prog("type_sizeof", TDECL + "BEGIN\n{\n" + "".join(
    pf("%s %%d" % e, "sizeof (%s)" % e) for e in [
        "struct in", "struct out", "union mix", "enum e", "out_t", "mix_t",
        "e_t", "myint_t", "myint2_t", "struct in *", "char [7]",
        "struct in [3]", "int [2][3]", "string", "void *", "uint8_t",
        "int16_t", "uint32_t", "int64_t", "uintptr_t", "size_t",
        "ssize_t"]) + "}\n")
prog("type_sizeof_expr", TDECL + """out_t g;

BEGIN
{
""" + "".join(pf("%s %%d" % e.replace('"', "'"), "sizeof (%s)" % e)
              for e in ["g", "g.in", "g.arr", "g.arr[1]", "g.name",
                        "g.arr[0].ll", "g.ip", "*g.ip", "g.last",
                        "&g", '"abc"', "E_B", "g.in.c + 1", "-g.in.c",
                        "g.in.s * 2", "(long)g.in.i"]) +
     pf("%d %d", "sizeof g", "sizeof g.in.s") + "}\n")
prog("type_offsetof", TDECL + "BEGIN\n{\n" + "".join(
    pf("%s %%d" % e.replace('"', "'"), "offsetof(%s)" % e) for e in [
        "struct in, c", "struct in, s", "struct in, i", "struct in, ll",
        "struct out, in", "struct out, arr", "struct out, ip",
        "struct out, name", "struct out, last", "union mix, ll",
        "union mix, bytes", "out_t, name", "mix_t, in"]) + "}\n")
prog("type_offsetof_bitfield", TDECL + "BEGIN\n{\n" +
     pf("%d", "offsetof(struct out, bf1)") + "}\n")
prog("type_sizeof_bitfield", TDECL + "out_t g;\n\nBEGIN\n{\n" +
     pf("%d", "sizeof (g.bf1)") + "}\n")
prog("type_offsetof_notsou", TDECL + "BEGIN\n{\n" +
     pf("%d", "offsetof(int, x)") + "}\n")
prog("type_offsetof_nomember", TDECL + "BEGIN\n{\n" +
     pf("%d", "offsetof(struct in, nosuch)") + "}\n")
prog("type_sizeof_void", "BEGIN\n{\n" + pf("%d", "sizeof (void)") + "}\n")
prog("type_sizeof_incomplete", "struct fwd;\n\nBEGIN\n{\n" +
     pf("%d", "sizeof (struct fwd)") + "}\n")
prog("type_members", TDECL + """out_t g;

BEGIN
{
	g.in.c = -1;
	g.in.s = -2;
	g.in.i = -3;
	g.in.ll = -4;
	g.arr[2].s = 0x7fff;
	g.arr[2].s++;
	g.name[0] = 'n';
	g.last = 255;
	g.last++;
	printf("%d %d %d %d %d %d %d\\n", g.in.c, g.in.s, g.in.i, g.in.ll,
	    g.arr[2].s, g.name[0], g.last);
	printf("%d %d\\n", g.arr[0].i, g.arr[1].ll);
}
""")
prog("type_bitfield_global", TDECL + """out_t g;

BEGIN
{
	g.bf1 = 5;
	g.bf2 = 100;
	g.sbf = 7;
	printf("%d %d %d\\n", g.bf1, g.bf2, g.sbf);
	g.bf1 = 9;
	g.bf2 = 200;
	g.sbf = -3;
	printf("%d %d %d\\n", g.bf1, g.bf2, g.sbf);
	g.sbf = 8;
	printf("%d %x\\n", g.sbf, g.sbf);
	g.bf1++;
	printf("%d %d\\n", g.bf1, g.bf2);
}
""")
prog("type_bitfield_this", TDECL + """this out_t g;

BEGIN
{
	this->g.bf1 = 3;
	this->g.sbf = -8;
	this->g.bf2 = 127;
	printf("%d %d %d\\n", this->g.bf1, this->g.sbf, this->g.bf2);
	this->g.bf1 += 6;
	printf("%d\\n", this->g.bf1);
}
""")
prog("type_bitfield_expr", TDECL + """out_t g;

BEGIN
{
	g.bf1 = 7;
	g.sbf = -1;
	printf("%d %d %d\\n", g.bf1 + 1, g.sbf * 2, g.bf1 == 7);
	printf("%d %u %x\\n", g.sbf, g.sbf, g.sbf);
	trace(g.bf1);
	trace(g.sbf);
	printf("\\n");
}
""")
prog("type_enum", TDECL + """e_t ge;

BEGIN
{
	printf("%d %d %d %d\\n", E_A, E_B, E_C, E_D);
	ge = E_C;
	printf("%d %d\\n", ge, ge == E_C);
	ge = (enum e)42;
	printf("%d %d\\n", ge, E_D < E_A);
	printf("%d\\n", E_B + E_C);
	trace(E_C);
	trace(ge);
	printf("\\n");
}
""")
prog("type_enum_dup", "enum a { X };\nenum b { X };\n\nBEGIN\n{\n" +
     pf("%d", "X") + "}\n")
prog("type_enum_big", """enum big { B1 = 0x7fffffff, B2 };

BEGIN
{
	printf("%d\\n", B1);
}
""")
prog("type_enum_neg_seq", """enum neg { N1 = -5, N2, N3 };

BEGIN
{
	printf("%d %d %d\\n", N1, N2, N3);
}
""")
prog("type_typedef_chain", TDECL + """myint2_t gi;
typedef char small_t;
small_t gs;

BEGIN
{
	gi = -1;
	gs = 200;
	printf("%d %d %d %d\\n", gi, gs, sizeof (gi), sizeof (gs));
	printf("%d\\n", (myint2_t)0x100000001);
	printf("%d\\n", (small_t)0x1ff);
}
""")
prog("type_typedef_redef", "typedef int t_t;\ntypedef long t_t;\n\nBEGIN\n"
     "{\n" + pf("%d", "sizeof (t_t)") + "}\n")
prog("type_struct_redef", "struct s { int a; };\nstruct s { int b; };\n\n"
     "BEGIN\n{\n" + pf("%d", "sizeof (struct s)") + "}\n")
prog("type_struct_dup_member", "struct s { int a; long a; };\n\n"
     "BEGIN\n{\n" + pf("%d", "sizeof (struct s)") + "}\n")
prog("type_struct_nomember", TDECL + "struct in g;\n\nBEGIN\n{\n" +
     pf("%d", "g.zz") + "}\n")
prog("type_struct_arrow_nonptr", TDECL + "struct in g;\n\nBEGIN\n{\n" +
     pf("%d", "g->c") + "}\n")
prog("type_struct_dot_ptr", TDECL + """BEGIN
{
	this->p = (struct in *)alloca(sizeof (struct in));
	printf("%d\\n", this->p.c);
}
""")
prog("type_alloca_struct", TDECL + """BEGIN
{
	this->p = (out_t *)alloca(sizeof (out_t));
	bzero(this->p, sizeof (out_t));
	this->p->in.i = 5;
	this->p->arr[1].ll = -9;
	this->p->name[0] = 'z';
	printf("%d %d %d %d %d\\n", this->p->in.i, this->p->arr[1].ll,
	    this->p->arr[0].ll, this->p->name[0], (*this->p).in.i);
	this->q = &this->p->arr[1];
	printf("%d %d\\n", this->q->ll, this->q[0].ll);
	this->ip = &this->p->in.i;
	printf("%d\\n", *this->ip);
	*this->ip = 77;
	printf("%d\\n", this->p->in.i);
}
""")
prog("type_alloca_bitfield_read", TDECL + """BEGIN
{
	this->p = (out_t *)alloca(sizeof (out_t));
	bzero(this->p, sizeof (out_t));
	this->u = (mix_t *)this->p;
	printf("%d\\n", this->p->bf1);
}
""")
prog("type_alloca_array_index", TDECL + """BEGIN
{
	this->p = (struct in *)alloca(3 * sizeof (struct in));
	bzero(this->p, 3 * sizeof (struct in));
	this->p[2].i = 5;
	this->p[1].s = -1;
	printf("%d %d %d\\n", this->p[2].i, (this->p + 1)->s, (this->p + 2)->i);
	printf("%d\\n", (char *)&this->p[2] - (char *)this->p);
	printf("%d\\n", &this->p[2] - this->p);
}
""")
prog("type_alloca_bcopy", TDECL + """BEGIN
{
	this->a = (struct in *)alloca(sizeof (struct in));
	this->b = (struct in *)alloca(sizeof (struct in));
	this->a->c = 1;
	this->a->s = 2;
	this->a->i = 3;
	this->a->ll = 4;
	bcopy(this->a, this->b, sizeof (struct in));
	printf("%d %d %d %d\\n", this->b->c, this->b->s, this->b->i,
	    this->b->ll);
}
""")
prog("type_alloca_union", TDECL + """BEGIN
{
	this->m = (mix_t *)alloca(sizeof (mix_t));
	this->m->ll = 0x0102030405060708;
	printf("%x %x %x %x\\n", this->m->in.c, this->m->in.s, this->m->in.i,
	    this->m->bytes[7]);
}
""")
prog("type_alloca_zero", """BEGIN
{
	this->p = (char *)alloca(0);
	printf("%d\\n", this->p != NULL);
}
""")
prog("type_alloca_too_big", """BEGIN
{
	this->p = (char *)alloca(100000);
	printf("%d\\n", this->p != NULL);
}
""")
prog("type_ptr_compare", TDECL + """BEGIN
{
	this->p = (struct in *)alloca(2 * sizeof (struct in));
	this->q = this->p + 1;
	printf("%d %d %d %d\\n", this->p < this->q, this->p == this->q,
	    this->q - this->p, this->p != NULL);
	printf("%d\\n", (struct in *)0 == NULL);
}
""")
prog("type_ptr_arith_void", """BEGIN
{
	this->v = (void *)16;
	printf("%d\\n", (uintptr_t)(this->v + 1));
	this->i = (int *)16;
	printf("%d %d\\n", (uintptr_t)(this->i + 1), (uintptr_t)(this->i - 1));
	this->l = (long long *)16;
	printf("%d\\n", (uintptr_t)(this->l + 2));
}
""")
# casts between every pair of integer types, of a constant and of a variable
ITYPES = ["char", "signed char", "unsigned char", "short", "unsigned short",
          "int", "unsigned int", "long", "unsigned long", "long long",
          "unsigned long long", "int8_t", "uint8_t", "int16_t", "uint16_t",
          "int32_t", "uint32_t", "int64_t", "uint64_t"]
CVALS = ["-1", "0x80", "0xff", "0x8000", "0x12345678", "0x80000000",
         "0xffffffff", "0x123456789abcdef0", "0x8000000000000000", "-129"]
for _i, _to in enumerate(ITYPES):
    for _var in (False, True):
        body = ""
        for _v in CVALS:
            for _from in ITYPES:
                if _var:
                    src = "this->v"
                    body += "\tthis->v = (%s)%s;\n" % (_from, _v)
                else:
                    src = "(%s)%s" % (_from, _v)
                body += pf("%s %s: %%d %%x %%u" % (_from, _v),
                           "(%s)%s" % (_to, src), "(%s)%s" % (_to, src),
                           "(%s)%s" % (_to, src))
        prog("type_cast_to_%s%s" % (diff_d.cname(_to), "_var" if _var else ""),
             body)
prog("type_cast_chain", """BEGIN
{
	this->x = 0x1ff;
	printf("%d %d %d\\n", (int)(char)this->x, (unsigned)(char)this->x,
	    (long long)(unsigned char)(char)this->x);
	printf("%d %d\\n", (short)(unsigned char)-1, (char)(short)-129);
	printf("%d\\n", (uint64_t)(int)-1 == 0xffffffffffffffff);
	printf("%d\\n", (uint64_t)(unsigned)-1 == 0xffffffff);
}
""")
prog("type_cast_ptr_int", """BEGIN
{
	this->p = (char *)0x1000;
	printf("%d %d %x\\n", (int)this->p, (char)this->p, (long)(this->p + 1));
	printf("%p\\n", (int *)(uintptr_t)0x20);
	printf("%d\\n", (uintptr_t)(int *)(char *)7);
}
""")
prog("type_cast_string_int", """BEGIN
{
	printf("%d\\n", (int)"abc");
}
""")
prog("type_cast_int_string", """BEGIN
{
	printf("%s\\n", (string)5);
}
""")
prog("type_cast_struct", TDECL + """struct in g;

BEGIN
{
	printf("%d\\n", (int)g);
}
""")
# string comparisons
SCMP = ['"abc" < "abd"', '"abc" > "ab"', '"" < "a"', '"" == ""',
        '"a" != ""', '"abc" == "abc"', '"ABC" < "abc"', '"b" >= "abc"',
        '"abc" <= "abc"', '"\\377" > "a"', 'this->e == ""',
        'this->e < this->s', 'this->s > this->e', 'this->u == ""',
        'this->s == "str"', 'self->none == ""', 'self->none < "a"',
        'strjoin("a", "b") == "ab"', 'substr("abc", 1) == "bc"',
        '"abc" == "abcd"', '"abcd" > "abc"']
prog("type_strcmp", "\tthis->e = \"\";\n\tthis->s = \"str\";\n"
     "\tthis->u = s_unset;\n" + "".join(
         pf("%s %%d" % e.replace('"', "'").replace("\\", "\\\\"), e)
         for e in SCMP))
prog("type_strcmp_null", """BEGIN
{
	this->s = "abc";
	printf("%d\\n", this->s != NULL);
}
""")
prog("type_strcmp_null2", """BEGIN
{
	printf("%d\\n", "abc" == NULL);
}
""")
prog("type_strcmp_ptr", """BEGIN
{
	this->p = (char *)alloca(4);
	this->p[0] = 'a';
	this->p[1] = 0;
	printf("%d %d\\n", this->p == "a", stringof(this->p) == "a");
}
""")
prog("type_strcmp_int", """BEGIN
{
	printf("%d\\n", "abc" == 1);
}
""")
prog("type_string_bool", """BEGIN
{
	this->s = "x";
	printf("%d\\n", !this->s);
}
""")
# ?: typing
prog("type_ternary", """BEGIN
{
	this->t = 1;
	this->f = 0;
	printf("%d %d\\n", this->t ? (char)-1 : (unsigned char)1,
	    sizeof (this->t ? (char)-1 : (unsigned char)1));
	printf("%d %d\\n", this->f ? (short)-1 : (unsigned)5,
	    sizeof (this->f ? (short)-1 : (unsigned)5));
	printf("%u\\n", this->t ? -1 : 1U);
	printf("%d\\n", this->t ? -1 : 1U);
	printf("%d %d\\n", (this->t ? -1 : 1U) > 0, (this->t ? -1 : 1L) > 0);
	printf("[%s] [%s]\\n", this->t ? "yes" : "no", this->f ? "yes" : "no");
	printf("%d\\n", sizeof (this->t ? "a" : "bcd"));
	printf("%p\\n", this->f ? (int *)0 : (int *)8);
	printf("%d\\n", this->t ? this->f ? 1 : 2 : 3);
}
""")
prog("type_ternary_incompat", """BEGIN
{
	printf("%d\\n", 1 ? "a" : 1);
}
""")
prog("type_ternary_ptr_int", """BEGIN
{
	printf("%p\\n", 1 ? (int *)0 : 0);
}
""")
prog("type_ternary_struct", TDECL + """struct in a;
struct in b;

BEGIN
{
	a.i = 1;
	b.i = 2;
	this->t = 0;
	printf("%d\\n", (this->t ? a : b).i);
}
""")
prog("type_ternary_string_var", """BEGIN
{
	this->a = "first";
	this->b = "second";
	this->s = this->a == "first" ? this->b : this->a;
	printf("[%s]\\n", this->s);
	x = 0 ? this->a : this->b;
	printf("[%s]\\n", x);
}
""")
# inlines of every type
prog("type_inline", TDECL + """inline int i_int = 5;
inline char i_char = 300;
inline unsigned char i_uchar = -1;
inline short i_short = 70000;
inline uint64_t i_u64 = -1;
inline string i_str = "inl";
inline int i_expr = i_int * 2 + 1;
inline int * i_ptr = (int *)16;
inline e_t i_enum = E_C;
inline myint_t i_td = 0x100000001;
inline long long i_ll = 1LL << 40;

BEGIN
{
	printf("%d %d %d %d %u [%s] %d %p %d %d %d\\n", i_int, i_char, i_uchar,
	    i_short, i_u64, i_str, i_expr, i_ptr, i_enum, i_td, i_ll);
	printf("%d %d %d %d %d\\n", sizeof (i_char), sizeof (i_short),
	    sizeof (i_u64), sizeof (i_str), sizeof (i_td));
}
""")
prog("type_inline_var", """int g;
inline int twice = g * 2;
inline string greet = strjoin("hi ", "there");

BEGIN
{
	g = 4;
	printf("%d [%s]\\n", twice, greet);
	g = 5;
	printf("%d\\n", twice);
}
""")
prog("type_inline_char_var", """int g;
inline char c = g;

BEGIN
{
	g = 300;
	printf("%d %d\\n", c, sizeof (c));
}
""")
prog("type_inline_redef", "inline int x = 1;\ninline int x = 2;\n\nBEGIN\n"
     "{\n" + pf("%d", "x") + "}\n")
prog("type_inline_bad_type", 'inline int x = "abc";\n\nBEGIN\n{\n' +
     pf("%d", "x") + "}\n")
prog("type_inline_assign", "inline int x = 1;\n\nBEGIN\n{\n\tx = 2;\n}\n")
prog("type_inline_struct_member", TDECL + """struct in g;
inline int gi = g.i;
inline struct in * gp = &g;

BEGIN
{
	g.i = 31;
	printf("%d %d\\n", gi, gp->i);
}
""")

import diff_lang_more  # noqa: E402,F401  translators, control, integers

# programs that must not end at once: drop the exit(0) clause added by prog()
for _n in diff_lang_more.PROGS_NO_EXIT:
    diff_d.PROGS[_n] = diff_d.PROGS[_n].replace(
        "\nBEGIN\n{\n\texit(0);\n}\n", "")

if __name__ == "__main__":
    sys.exit(diff_d.main())
