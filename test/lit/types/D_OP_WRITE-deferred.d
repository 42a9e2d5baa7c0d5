/*
 * A store through a pointer held in a D variable (f->ii = 1) passes DTrace's
 * parser (the variable is writable), so a later statement's error comes
 * first; dtc, which cannot store to kernel memory, reports D_OP_WRITE after
 * every clause is checked.  A store through a built-in (curthread->pid)
 * is refused in place.  Under dtrun -s the cast error is reported at the
 * line of the token after the cast, as dtrace(1) does.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+21]]:9: error: invalid cast expression: "pointer to translated data" to "uintptr_t" [D_CAST_INVAL]
 * CHECK: :[[@LINE+25]]:2: error: operator = can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: :[[@LINE+18]]:2: error: operator = can only be applied to a writable variable [D_OP_WRITE]
 * RUN: %S/../Inputs/status.sh 1 %dtrun -xerrtags -s %s 2>&1 | FileCheck %s --check-prefix=DT -DF=%s
 * DT: {{^}}dtrace: failed to compile script [[F]]: [D_CAST_INVAL] line [[@LINE+18]]: invalid cast expression: "pointer to translated data" to "uintptr_t"{{$}}
 * DT-NOT: D_OP_WRITE
 */
struct in {
	int ii;
};
struct out {
	int oi;
};
translator struct out < struct in *i > {
	oi = i->ii;
};
struct in *f;

BEGIN
{
	f->ii = 1;
	addr = (uintptr_t)xlate<struct out *>(f)
}

END
{
	curthread->pid = 1;
}
