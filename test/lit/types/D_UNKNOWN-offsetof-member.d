/*
 * offsetof() of a name that is no member: dt_node_offsetof() reports
 * libctf's ctf_member_info() error, ctf_errmsg(ECTF_NOMEMBNAM), under
 * D_UNKNOWN.  A duplicate member is libctf's ECTF_DUPLICATE (dt_decl.c
 * dt_decl_member()); both messages end in a period, as libctf's do.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+8]]:26: error: failed to define member 'a': Duplicate member or variable name. [D_UNKNOWN]
 * CHECK: :[[@LINE+12]]:8: error: failed to determine offset of nosuch: Member name not found. [D_UNKNOWN]
 * CHECK: :[[@LINE+12]]:8: error: failed to determine offset of a: Member name not found. [D_UNKNOWN]
 */
struct in {
	int a;
	char b;
};
struct dup { int a; long a; };
union u { int x; };

BEGIN
{
	trace(offsetof(struct in, nosuch));
	trace(offsetof(union u, a));
}
