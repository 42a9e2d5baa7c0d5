/*
 * An associative array's keys are checked against its first use's as
 * dt_idcook_sign() checks them, by dt_node_is_argcompat(): integers take
 * integers, a pointer the same pointer type, a void pointer or the
 * constant 0, and not another integer; a string takes a char pointer or
 * array; an array key (its bytes) takes an array of a compatible element
 * type.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+17]]:4: error: a[ ] key #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: pid_t
 * CHECK-NEXT: key: struct task_struct * [D_PROTO_ARG]
 * CHECK: :[[@LINE+16]]:4: error: b[ ] key #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: struct task_struct *
 * CHECK-NEXT: key: int [D_PROTO_ARG]
 * CHECK: :[[@LINE+15]]:4: error: c[ ] key #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: int [4]
 * CHECK-NEXT: key: string [D_PROTO_ARG]
 */
int four[4];
int two[2];
char s2[2];

BEGIN
{
	a[pid] = 1;
	a[curthread] = 2;
	b[curthread] = 1; b[0] = 2; b[(void *)0] = 3;
	b[1] = 4;
	c[four] = 1; c[two] = 2;
	c[s2] = 3;
	d["x"] = 1; d[(char *)0] = 2; d[curthread->comm] = 3;
}
