/*
 * An aggregation's keys take what dt_node_is_argcompat() takes for its
 * first use's: integers of any size, strings and char arrays, pointers to
 * compatible types and the constant 0 for a pointer; an integer for a
 * pointer (or the reverse), a pointer to another type, an integer for a
 * sym() value are D_PROTO_ARG.
 * RUN: not %dtc -S -o - --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error: --strict-whitespace
 * CHECK: :[[@LINE+16]]:2: error: @a[ ] key #1 is incompatible with prototype:
 * CHECK-NEXT: {{^}}	prototype: int{{$}}
 * CHECK-NEXT: {{^}}	      key: struct task_struct * [D_PROTO_ARG]{{$}}
 * CHECK: :[[@LINE+15]]:2: error: @b[ ] key #1 is incompatible with prototype:
 * CHECK-NEXT: {{^}}	prototype: struct task_struct *{{$}}
 * CHECK-NEXT: {{^}}	      key: int [D_PROTO_ARG]{{$}}
 * CHECK: :[[@LINE+14]]:2: error: @c[ ] key #1 is incompatible with prototype:
 * CHECK: :[[@LINE+15]]:2: error: @d[ ] key #1 is incompatible with prototype:
 * CHECK-NEXT: {{^}}	prototype: _symaddr{{$}}
 */
BEGIN
{
	@ok1[(char)1] = count(); @ok1[1LL] = count();
	@ok2["x"] = count(); @ok2[curthread->comm] = count();
	@ok3[curthread] = count(); @ok3[0] = count(); @ok3[curthread->parent] = count();
	@a[1] = count();
	@a[curthread] = count();
	@b[curthread] = count();
	@b[1] = count();
	@c[curthread] = count();
	@c[&curthread->pid] = count();
	@d[sym(1)] = count();
	@d[1] = count();
}
