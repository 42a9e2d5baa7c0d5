"""diff_lang_more.py: diff_lang.py's translator, control and integer
programs (the same registry: diff_d.PROGS and diff_d.ARGS)."""
import diff_d

prog = diff_d.prog
ARGS = diff_d.ARGS


def pf(fmt, *args):
    """One printf statement line."""
    return '\tprintf("%s\\n"%s);\n' % (fmt, "".join(", " + a for a in args))


# --- 3. translators ------------------------------------------------------------
XDECL = """struct src { int a; char b; long long c; char name[8]; int *p; };
struct dst { int x; char y; long long z; string s; int *ptr; uint64_t sum;
    short neg; };
translator struct dst < struct src *S > {
	x = S->a * 2;
	y = S->b;
	z = S->c + 1;
	s = stringof(S->name);
	ptr = S->p;
	sum = S->a + S->c;
	neg = -S->a;
};

"""
XFILL = """	this->s = (struct src *)alloca(sizeof (struct src));
	this->s->a = 21;
	this->s->b = -3;
	this->s->c = 0x100000000;
	this->s->name[0] = 'n';
	this->s->name[1] = 'm';
	this->s->name[2] = 0;
	this->s->p = (int *)0x40;
"""
prog("xlate_members", XDECL + "BEGIN\n{\n" + XFILL + """	printf("%d %d %d [%s] %p %d %d\\n", xlate <struct dst *> (this->s)->x,
	    xlate <struct dst *> (this->s)->y, xlate <struct dst *> (this->s)->z,
	    xlate <struct dst *> (this->s)->s,
	    xlate <struct dst *> (this->s)->ptr,
	    xlate <struct dst *> (this->s)->sum,
	    xlate <struct dst *> (this->s)->neg);
}
""")
prog("xlate_struct_dot", XDECL + "BEGIN\n{\n" + XFILL + """	printf("%d %d\\n", xlate <struct dst> (this->s).x,
	    xlate <struct dst> (this->s).y);
	printf("[%s]\\n", xlate <struct dst> (this->s).s);
}
""")
prog("xlate_sizeof", XDECL + "BEGIN\n{\n" + XFILL + """	printf("%d %d %d\\n", sizeof (xlate <struct dst *> (this->s)->y),
	    sizeof (xlate <struct dst *> (this->s)->z),
	    sizeof (xlate <struct dst> (this->s).neg));
}
""")
prog("xlate_in_pred", XDECL + "BEGIN\n{\n" + XFILL + """}

BEGIN
/xlate <struct dst *> (this->s)->x == 42/
{
	printf("pred ok\\n");
}
""")
prog("xlate_of_struct", XDECL + """struct src g;
translator struct dst < struct src V > {
	x = V.a + 1;
	y = V.b;
};

BEGIN
{
	g.a = 9;
	g.b = 'q';
	printf("%d %c\\n", xlate <struct dst> (g).x, xlate <struct dst> (g).y);
}
""")
prog("xlate_of_int", """struct wrap { int v; long twice; };
translator struct wrap < int I > {
	v = I;
	twice = I * 2;
};

BEGIN
{
	this->i = -21;
	printf("%d %d\\n", xlate <struct wrap> (this->i).v,
	    xlate <struct wrap> (this->i).twice);
	printf("%d\\n", xlate <struct wrap> (7).twice);
}
""")
prog("xlate_union_dst", """union ud { int i; char c; };
translator union ud < int I > {
	i = I;
};

BEGIN
{
	printf("%d\\n", xlate <union ud> (0x41).i);
}
""")
prog("xlate_nested_member", """struct in2 { int a; };
struct s2 { int x; };
struct d2 { int val; };
translator struct d2 < struct s2 *P > {
	val = P->x + 1000;
};
translator struct s2 < struct in2 *P > {
	x = P->a * 10;
};

BEGIN
{
	this->p = (struct s2 *)alloca(sizeof (struct s2));
	this->p->x = 5;
	printf("%d\\n", xlate <struct d2 *> (this->p)->val);
}
""")
prog("xlate_ternary_member", """struct d3 { int v; string s; };
translator struct d3 < int I > {
	v = I > 0 ? I : -I;
	s = I > 0 ? "pos" : "nonpos";
};

BEGIN
{
	printf("%d [%s] %d [%s]\\n", xlate <struct d3> (5).v,
	    xlate <struct d3> (5).s, xlate <struct d3> (-5).v,
	    xlate <struct d3> (-5).s);
}
""")
prog("xlate_member_unused_nonconv", XDECL + "BEGIN\n{\n" + XFILL + """	printf("%d\\n", xlate <struct dst *> (this->s)->nosuch);
}
""")
prog("xlate_undefined_member", """struct d4 { int a; int b; };
translator struct d4 < int I > {
	a = I;
};

BEGIN
{
	printf("%d\\n", xlate <struct d4> (1).b);
}
""")
prog("xlate_redecl", """struct d5 { int a; };
translator struct d5 < int I > { a = I; };
translator struct d5 < int I > { a = I + 1; };

BEGIN
{
	printf("%d\\n", xlate <struct d5> (1).a);
}
""")
prog("xlate_none", """struct d6 { int a; };
translator struct d6 < int I > { a = I; };

BEGIN
{
	printf("%d\\n", xlate <struct d6> ("str").a);
}
""")
prog("xlate_none_type", """struct d6 { int a; };

BEGIN
{
	printf("%d\\n", xlate <struct d6> (1).a);
}
""")
prog("xlate_sou_int", """translator int < int I > { a = I; };

BEGIN
{
	exit(0);
}
""")
prog("xlate_sou_ptr", """struct d7 { int a; };
translator struct d7 * < int I > { a = I; };

BEGIN
{
	exit(0);
}
""")
prog("xlate_sou_incomplete", """struct d8;
translator struct d8 < int I > { a = I; };

BEGIN
{
	exit(0);
}
""")
prog("xlate_incompat", """struct d9 { int a; };
translator struct d9 < int I > { a = "string"; };

BEGIN
{
	exit(0);
}
""")
prog("xlate_incompat_ptr", """struct d9 { int *a; };
translator struct d9 < int I > { a = I; };

BEGIN
{
	exit(0);
}
""")
prog("xlate_incompat_str", """struct d9 { string a; };
translator struct d9 < int I > { a = I; };

BEGIN
{
	exit(0);
}
""")
prog("xlate_memb", """struct d10 { int a; };
translator struct d10 < int I > { nosuch = I; };

BEGIN
{
	exit(0);
}
""")
prog("xlate_memb_dup", """struct d11 { int a; };
translator struct d11 < int I > { a = I; a = I + 1; };

BEGIN
{
	printf("%d\\n", xlate <struct d11> (1).a);
}
""")
prog("xlate_to_ptr_of_nonptr", """struct d12 { int a; };
translator struct d12 < int I > { a = I; };

BEGIN
{
	printf("%d\\n", xlate <struct d12 *> (1)->a);
}
""")
prog("xlate_whole_struct", """struct d13 { int a; };
translator struct d13 < int I > { a = I; };

BEGIN
{
	trace(xlate <struct d13> (1));
}
""")
prog("xlate_assign_var", """struct d14 { int a; };
translator struct d14 < int I > { a = I; };

BEGIN
{
	this->x = xlate <struct d14> (1);
}
""")
prog("xlate_store_member", """struct d15 { int a; };
translator struct d15 < int I > { a = I; };

BEGIN
{
	xlate <struct d15> (1).a = 3;
}
""")
prog("xlate_addr_member", """struct d16 { int a; };
translator struct d16 < int I > { a = I; };

BEGIN
{
	trace(&xlate <struct d16> (1).a);
}
""")
prog("xlate_offsetof", """struct d17 { int a; int b; };
translator struct d17 < int I > { a = I; b = I; };

BEGIN
{
	printf("%d\\n", offsetof(struct d17, b));
}
""")
prog("xlate_undeclared_src_var", """struct d18 { int a; };
translator struct d18 < int I > { a = J; };

BEGIN
{
	exit(0);
}
""")
prog("xlate_psinfo_self", """BEGIN
{
	printf("%d %d\\n", xlate <psinfo_t *> (curthread)->pr_pid == pid,
	    curpsinfo->pr_pid == pid);
	printf("%d %d\\n", curpsinfo->pr_ppid == ppid,
	    xlate <lwpsinfo_t *> (curthread)->pr_lwpid == tid);
	printf("%d\\n", curlwpsinfo->pr_lwpid == tid);
	printf("[%s]\\n", curpsinfo->pr_fname == execname ? "same" : "diff");
	printf("%d %d\\n", sizeof (curpsinfo->pr_pid),
	    sizeof (curpsinfo->pr_psargs));
}
""")

# --- 4. control ----------------------------------------------------------------
PREDS = ["1", "0", '"abc"', '""', "this->s", "this->e", "(int *)0",
         "(int *)8", "this->p", "this->n", "-1", "0ULL", "1 > 2",
         "this->s == \"str\"", "!this->n", "(char)256", "(char)0x100 + 1",
         "this->z", "self->unset", "g_unset", "a_unset[1]", "0.0"]
for _i, _p in enumerate(PREDS):
    prog("ctl_pred_%d" % _i, """BEGIN
{
	this->s = "str";
	this->e = "";
	this->p = (int *)alloca(4);
	this->n = 0;
	this->z = (char)0;
}

BEGIN
/%s/
{
	printf("taken\\n");
}

BEGIN
{
	printf("after\\n");
}
""" % _p)
prog("ctl_pred_action", """BEGIN
/trace(1)/
{
	printf("x\\n");
}
""")
prog("ctl_pred_struct", """struct in { char c; short s; int i; long long ll; };
struct in g;

BEGIN
/g/
{
	printf("x\\n");
}
""")
prog("ctl_pred_agg", """BEGIN
{
	@a = count();
}

BEGIN
/@a/
{
	printf("x\\n");
}
""")
prog("ctl_clause_order", """BEGIN
{
	printf("1\\n");
}

BEGIN
{
	printf("2\\n");
}

dtrace:::BEGIN
{
	printf("3\\n");
}

BEGIN, END
{
	printf("4 %s\\n", probename);
}

END
{
	printf("end 1\\n");
}

END
{
	printf("end 2\\n");
}
""")
prog("ctl_if_else", """BEGIN
{
	this->x = 3;
	if (this->x > 2)
		printf("gt\\n");
	else
		printf("le\\n");
	if (this->x == 5) {
		printf("five\\n");
	} else if (this->x == 3) {
		printf("three\\n");
	} else {
		printf("other\\n");
	}
	if ("str")
		printf("string true\\n");
	if (this->x) {
		if (this->x - 3)
			printf("nested a\\n");
		else
			printf("nested b\\n");
	}
	if (0)
		printf("no\\n");
	printf("done\\n");
}
""")
prog("ctl_if_empty", """BEGIN
{
	if (1) {
	}
	if (0) {
	} else {
		printf("else\\n");
	}
	if (1)
		;
	printf("done\\n");
}
""")
prog("ctl_if_assign", """BEGIN
{
	this->x = 0;
	if (this->x == 0)
		this->x = 5;
	else
		this->x = 6;
	printf("%d\\n", this->x);
	if (this->x == 5) {
		y = "a";
		this->x++;
	}
	printf("%d [%s]\\n", this->x, y);
}
""")
prog("ctl_if_agg", """BEGIN
{
	this->x = 2;
	if (this->x == 2)
		@a["two"] = count();
	else
		@a["other"] = count();
	if (this->x != 2)
		@b = sum(1);
}
""")
prog("ctl_if_exit", """BEGIN
{
	this->x = 1;
	if (this->x) {
		printf("exiting\\n");
		exit(3);
	}
	printf("still in clause\\n");
}

END
{
	printf("end\\n");
}
""")
prog("ctl_exit_mid", """BEGIN
{
	printf("before\\n");
	exit(2);
	printf("after exit\\n");
	@x = count();
}

BEGIN
{
	printf("next clause\\n");
}

END
{
	printf("end\\n");
}
""")
prog("ctl_exit_twice", """BEGIN
{
	exit(4);
	exit(5);
	printf("after\\n");
}

END
{
	printf("end\\n");
}
""")
prog("ctl_exit_values", "".join("""BEGIN
/x == %d/
{
	exit(%s);
}
""" % (i, v) for i, v in enumerate(["256", "-1", "255", "0x101"])) + """
BEGIN
{
	x = 0;
}
""")
for _i, _v in enumerate(["256", "-1", "255", "0x101", "1 << 32", "\"a\""]):
    prog("ctl_exit_value_%d" % _i, "\texit(%s);\n" % _v)
prog("ctl_exit_end_output", """BEGIN
{
	exit(0);
}

END
{
	printf("end runs\\n");
	trace(1);
}
""")
prog("ctl_exit_in_end", """END
{
	printf("a\\n");
	exit(7);
	printf("b\\n");
}
""")
prog("ctl_error_clause", """BEGIN
{
	printf("before\\n");
	this->x = *(int *)8;
	printf("after\\n");
}

BEGIN
{
	printf("next clause\\n");
}

ERROR
{
	printf("ERROR %d %d\\n", arg4, arg5);
}
""")
prog("ctl_error_divzero", """BEGIN
{
	this->z = 0;
	printf("before\\n");
	this->x = 5 / this->z;
	printf("after\\n");
}

ERROR
{
	printf("ERROR fault %d\\n", arg4);
}
""")
prog("ctl_error_modzero", """BEGIN
{
	this->z = 0;
	this->x = 5 % this->z;
	printf("after\\n");
}
""")
prog("ctl_error_pred", """BEGIN
/*(int *)8 == 1/
{
	printf("taken\\n");
}

BEGIN
{
	printf("next\\n");
}
""")
prog("ctl_error_pred_divzero", """BEGIN
/5 / (this->z = 0)/
{
	printf("taken\\n");
}
""")
prog("ctl_empty_clause", """BEGIN
{
}

END
{
}
""")
prog("ctl_default_action_quiet", """BEGIN
{
}
""")
prog("ctl_tick_count", """tick-10ms
/i++ < 3/
{
	printf("tick %d\\n", i);
}

tick-10ms
/i >= 4/
{
	exit(0);
}
""")
ARGS["ctl_tick_count"] = ()
prog("ctl_self_syscall", """syscall::openat:entry
/pid == $target/
{
	self->in = 1;
	self->n++;
}

syscall::openat:return
/self->in/
{
	self->in = 0;
	seen++;
}

END
{
	printf("%d\\n", seen > 0);
}
""")
ARGS["ctl_self_syscall"] = ("-c", "/bin/true")
# the exit(0) clause diff_d.prog() appends would end it before the child
PROGS_NO_EXIT = ["ctl_self_syscall", "ctl_tick_count"]

# --- 5. integer edge cases -------------------------------------------------------
prog("int_shift_big_var", """BEGIN
{
	this->one = 1;
	this->m1 = -1;
	this->big = 0x8000000000000000;
""" + "".join(pf("%s %s n%d: %%d %%x" % (v, s, i), "%s %s this->n%d" % (v, s, i),
                 "%s %s this->n%d" % (v, s, i))
              for v in ["this->one", "this->m1", "this->big"]
              for s in ["<<", ">>"]
              for i in range(6)).replace(
    "\tprintf", "\tthis->n0 = 63;\n\tthis->n1 = 64;\n\tthis->n2 = 65;\n"
    "\tthis->n3 = 127;\n\tthis->n4 = 128;\n\tthis->n5 = 200;\n\tprintf", 1) +
    "}\n")
prog("int_shift_big_const", "".join(
    '\tprintf("%s %%d\\n", %s);\n' % (e, e) for e in [
        "1 << 63", "1 << 64", "1 << 65", "-1 >> 64", "-1 >> 63",
        "0x8000000000000000 >> 64", "1ULL << 64", "1 << 128"]))
for _i, _e in enumerate(["1 << 64", "1 << 65", "-1 >> 64", "1 << 100",
                         "1 << -1", "8 >> -1", "1 << (-1)", "-8 >> 1",
                         "-8 >> 65", "(unsigned)1 << 32", "(char)1 << 8",
                         "(char)1 << 7"]):
    prog("int_shift_const_%d" % _i, '\tprintf("%%d\\n", %s);\n' % _e)
prog("int_shift_neg_var", """BEGIN
{
	this->n = -1;
	this->m = -64;
	printf("%d %d\\n", 1 << this->n, 8 >> this->n);
	printf("%d %d\\n", 1 << this->m, -8 >> this->m);
	this->u = (unsigned)-1;
	printf("%d\\n", 1 << this->u);
}
""")
prog("int_shift_types", """BEGIN
{
	this->c = (char)-128;
	this->uc = (unsigned char)128;
	this->s = (short)-1;
	this->i = (int)-1;
	this->u = (unsigned)0x80000000;
	this->n = 4;
	printf("%d %d\\n", this->c >> this->n, this->c << this->n);
	printf("%d %d\\n", this->uc >> this->n, this->uc << this->n);
	printf("%d %d\\n", this->s >> this->n, this->s << 20);
	printf("%d %x\\n", this->i >> 31, this->i << 31);
	printf("%d %x\\n", this->u >> 31, this->u << 1);
	printf("%d %d\\n", sizeof (this->c >> 1), sizeof (this->u << 1));
	printf("%d %x\\n", (char)-128 >> 4, (unsigned)0x80000000 << 1);
}
""")
prog("int_div_min", """BEGIN
{
	this->min = 0x8000000000000000;
	this->m1 = -1;
	printf("%d\\n", this->min / this->m1);
	printf("%d\\n", this->min % this->m1);
	printf("%d\\n", (int64_t)this->min / this->m1);
}
""")
prog("int_div_min_const", '\tprintf("%d\\n", (long long)0x8000000000000000 / -1);\n')
prog("int_mod_min_const", '\tprintf("%d\\n", (long long)0x8000000000000000 % -1);\n')
prog("int_div_int_min", """BEGIN
{
	this->min = (int)0x80000000;
	this->m1 = (int)-1;
	printf("%d %d\\n", this->min / this->m1, this->min % this->m1);
	printf("%d\\n", sizeof (this->min / this->m1));
}
""")
prog("int_div_signs", """BEGIN
{
	this->a = -7;
	this->b = 2;
	this->ua = (unsigned)7;
	this->ub = (uint64_t)-2;
""" + "".join(pf("%s %%d %%u" % e.replace("this->", ""), e, e) for e in [
    "this->a / this->b", "this->a % this->b", "this->a / -this->b",
    "this->a % -this->b", "this->a / this->ua", "this->ua / this->a",
    "this->ub / this->b", "this->ub % 5", "this->a / this->ub",
    "(int)this->a / (unsigned)this->b", "(char)-7 / (unsigned char)2",
    "(short)-7 % (unsigned short)2"]) + "}\n")
prog("int_wrap", """BEGIN
{
	this->u = (unsigned)0xffffffff;
	this->u64 = 0xffffffffffffffff;
	this->i = (int)0x7fffffff;
	this->c = (char)127;
	this->uc = (unsigned char)255;
	this->s = (short)32767;
	this->us = (unsigned short)0;
""" + "".join(pf("%s %%d %%u %%x %%d" % e.replace("this->", ""), e, e, e,
                 "sizeof (%s)" % e) for e in [
    "this->u + 1", "this->u64 + 1", "this->i + 1", "this->c + 1",
    "this->uc + 1", "this->s + 1", "this->us - 1", "this->u * 2",
    "this->i * this->i", "-this->u", "-this->uc", "~this->uc", "~this->u",
    "~this->c", "this->u64 * this->u64", "0 - this->u64"]) +
    """	this->u++;
	this->u64++;
	this->i++;
	this->c++;
	this->uc++;
	this->s++;
	this->us--;
	printf("%d %d %d %d %d %d %d\\n", this->u, this->u64, this->i, this->c,
	    this->uc, this->s, this->us);
}
""")
ISIZES = [("char", "-1"), ("unsigned char", "255"), ("short", "-1"),
          ("unsigned short", "65535"), ("int", "-1"),
          ("unsigned int", "0xffffffff"), ("long", "-1"),
          ("unsigned long", "0xffffffffffffffff"), ("long long", "-1"),
          ("unsigned long long", "1")]
for _var in (False, True):
    body = ""
    for _i, (_t, _v) in enumerate(ISIZES):
        body += "\tthis->v%d = (%s)%s;\n" % (_i, _t, _v)
    for _i, (_t1, _v1) in enumerate(ISIZES):
        for _j, (_t2, _v2) in enumerate(ISIZES):
            a = "this->v%d" % _i if _var else "(%s)%s" % (_t1, _v1)
            b = "this->v%d" % _j if _var else "(%s)%s" % (_t2, _v2)
            body += pf("(%s)%s vs (%s)%s: %%d %%d %%d %%d" % (_t1, _v1, _t2,
                                                              _v2),
                       "%s < %s" % (a, b), "%s == %s" % (a, b),
                       "%s > %s" % (a, b), "%s >= %s" % (a, b))
    prog("int_cmp_mixed%s" % ("_var" if _var else ""), body)
SEXT = [("char", "-1"), ("char", "-128"), ("char", "200"),
        ("unsigned char", "200"), ("signed char", "-5"), ("short", "-1"),
        ("short", "40000"), ("unsigned short", "40000"), ("int", "-1"),
        ("unsigned", "-1"), ("int8_t", "-128"), ("uint8_t", "-1"),
        ("int16_t", "-2"), ("uint16_t", "-2")]
for _var in (False, True):
    body = ""
    for _i, (_t, _v) in enumerate(SEXT):
        e = "(%s)%s" % (_t, _v)
        if _var:
            body += "\tthis->v%d = %s;\n" % (_i, e)
            e = "this->v%d" % _i
        body += pf("%s %s: [%%d] [%%i] [%%x] [%%X] [%%u] [%%o] [%%hd] [%%hx] "
                   "[%%hu] [%%ld] [%%lx] [%%c]" % (_t, _v), *[e] * 12)
        body += '\ttrace(%s);\n\tprintf("\\n");\n' % e
    prog("int_sext%s" % ("_var" if _var else ""), body)
prog("int_sext_global", """char gc;
short gs;
unsigned char guc;

BEGIN
{
	gc = -2;
	gs = -3;
	guc = -4;
	printf("%d %x %u %d %x %u %d %x %u\\n", gc, gc, gc, gs, gs, gs, guc,
	    guc, guc);
	trace(gc);
	trace(gs);
	trace(guc);
	printf("\\n");
	@a[gc] = count();
	@b[gs] = sum(gc);
	@c = max(gc);
}
""")
prog("int_sext_assoc", """BEGIN
{
	a["c"] = (char)-2;
	printf("%d %x\\n", a["c"], a["c"]);
	c[1] = (char)0;
	c[1] = (char)-5;
	printf("%d %x %d\\n", c[1], c[1], sizeof (c[1]));
}
""")
prog("int_consts_octal_hex", "".join(pf("%s %%d %%x %%d" % e, e, e,
                                        "sizeof (%s)" % e) for e in [
    "0777", "0x7FFFFFFF", "0xFFFFFFFF", "0x1FFFFFFFF", "4294967295U",
    "037777777777", "0777777777777777777777", "1000000000000", "'\\\\0'",
    "'\\\\x7f'", "'ab'", "'abcd'", "-0", "2147483647", "2147483648L"]))
prog("int_const_too_big", '\tprintf("%d\\n", 0x10000000000000000);\n')
prog("int_char_const_too_long", "\tprintf(\"%d\\n\", 'abcdefghi');\n")
prog("int_logical", """BEGIN
{
	this->z = 0;
	this->o = 5;
""" + "".join(pf("%s %%d" % e.replace("this->", ""), e) for e in [
    "this->z && this->o", "this->o && this->o", "this->z || this->o",
    "this->z || this->z", "this->o ^^ this->o", "this->o ^^ this->z",
    "!this->o", "!!this->o", "this->o && \"\"", "!\"\"",
    "(this->z = 3) && this->z", "this->z"]) + "}\n")
prog("int_short_circuit", """BEGIN
{
	this->z = 0;
	this->r = this->z && (1 / this->z);
	printf("%d\\n", this->r);
	this->r = 1 || (1 / this->z);
	printf("%d\\n", this->r);
	this->r = this->z ? 1 / this->z : 7;
	printf("%d\\n", this->r);
}
""")
prog("int_assign_ops_types", """BEGIN
{
	this->c = (char)100;
	this->c += 100;
	printf("%d\\n", this->c);
	this->c = (char)1;
	this->c <<= 7;
	printf("%d\\n", this->c);
	this->u = (unsigned)1;
	this->u -= 2;
	printf("%u %d\\n", this->u, this->u);
	this->s = (short)-1;
	this->s >>= 1;
	printf("%d\\n", this->s);
	this->us = (unsigned short)0xffff;
	this->us >>= 1;
	printf("%d\\n", this->us);
	this->l = 1;
	this->l <<= 63;
	this->l >>= 63;
	printf("%d\\n", this->l);
}
""")
prog("int_incdec_ptr", """BEGIN
{
	this->p = (int *)16;
	this->p++;
	printf("%d\\n", (uintptr_t)this->p);
	this->p += 2;
	printf("%d\\n", (uintptr_t)this->p);
	this->q = (long long *)16;
	--this->q;
	printf("%d\\n", (uintptr_t)this->q);
}
""")

