/*
 * dt_node_is_argcompat() for an aggregation's keys: stack(), ustack() and
 * jstack() values are all of type stack, of any depth; sym(), func() and
 * mod() values _symaddr; usym(), ufunc(), umod() and uaddr() values
 * _usymaddr; a struct key matches the same struct only.  A void key is
 * D_KEY_TYPE (dt_idcook_assc()).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error: --strict-whitespace
 * CHECK: :[[@LINE+22]]:24: error: @d[ ] key #1 is incompatible with prototype:
 * CHECK-NEXT: {{^}}	prototype: _symaddr{{$}}
 * CHECK-NEXT: {{^}}	      key: _usymaddr [D_PROTO_ARG]{{$}}
 * CHECK: :[[@LINE+20]]:25: error: @e[ ] key #1 is incompatible with prototype:
 * CHECK-NEXT: {{^}}	prototype: stack{{$}}
 * CHECK-NEXT: {{^}}	      key: _symaddr [D_PROTO_ARG]{{$}}
 * CHECK: :[[@LINE+18]]:19: error: @f[ ] key #1 is incompatible with prototype:
 * CHECK-NEXT: {{^}}	prototype: struct foo{{$}}
 * CHECK-NEXT: {{^}}	      key: struct bar [D_PROTO_ARG]{{$}}
 * CHECK: :[[@LINE+16]]:5: error: void expression may not be used as aggregation index: key #1 [D_KEY_TYPE]
 */
struct foo { int a; };
struct bar { int a; };
struct foo x;
struct bar y;

BEGIN
{
	@a[stack()] = count(); @a[stack(3)] = count(); @a[ustack(2)] = count(); @a[jstack()] = count();
	@b[sym(0)] = count(); @b[func(0)] = count(); @b[mod(0)] = count();
	@c[usym(0)] = count(); @c[ufunc(0)] = count(); @c[umod(0)] = count(); @c[uaddr(0)] = count();
	@ok[x] = count(); @ok[x] = count();
	@d[sym(0)] = count(); @d[usym(0)] = count();
	@e[stack()] = count(); @e[sym(0)] = count();
	@f[x] = count(); @f[y] = count();
	@g[(void)0] = count();
}
