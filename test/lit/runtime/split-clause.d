/*
 * A clause split into BPF functions (compiler/bpf_fit.c; DTC_BPF_FIT=2
 * forces it, 250 nodes of D a function) does what the clause does whole: a
 * fault in any function abandons the clause's record and runs ERROR, a
 * speculate() of no speculation abandons the clause, an if's large body is
 * split too, and a kernel stack taken in a function leaves out its frame
 * as the program's (dt_kflags(): c->fdepth).  The clauses run in one
 * system call of dtrun's: BEGIN has no kernel frames (DTrace's fires in a
 * uprobe).
 * REQUIRES: root
 * RUN: %dtc -C %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --implicit-check-not=never
 * RUN: env DTC_BPF_FIT=2 %dtc -C %s -o %t.split.o
 * RUN: llvm-objdump -d %t.split.o | FileCheck %s --check-prefix=SPLIT
 * RUN: %dtrun %t.split.o | FileCheck %s --implicit-check-not=never
 * SPLIT: <dtc_clause_0_0>:
 * SPLIT: <dtc_clause_0_1>:
 * SPLIT: <dtc_clause_1_0>:
 * CHECK: x 192
 * CHECK-NEXT: depth 1
 * CHECK-NEXT: in if 384
 * CHECK-NEXT: fault 1 in 1
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^ *}}vmlinux`
 * CHECK-NEXT: x 768
 */
#pragma D option quiet
int done;
#define S4 x++; x++; x++; x++;
#define S16 S4 S4 S4 S4
#define S64 S16 S16 S16 S16

syscall:::entry
/pid == $pid && !done/
{
	S64 S64 S64
	printf("x %d\n", x);
	@[stack(1)] = count();
	printf("depth %d\n", stackdepth > 0);
	if (x == 192) {
		S64 S64 S64
		printf("in if %d\n", x);
	}
}

syscall:::entry
/pid == $pid && !done/
{
	S64 S64 S64
	printf("never: the clause faults\n");
	trace(*(int *)0);
}

syscall:::entry
/pid == $pid && !done/
{
	S64 S64 S64
	speculate(12345);
	printf("never: no such speculation\n");
}

syscall:::entry
/pid == $pid && !done/
{
	done = 1;
	printa("%k", @);
	printf("x %d\n", x);
	exit(0);
}

ERROR
{
	printf("fault %d in %d\n", arg4, arg2);
}
