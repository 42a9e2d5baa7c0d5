/*
 * DTrace runs the ERROR clauses inside the faulting clause (dt_probe_error()
 * calls dt_error(), whose trampoline does not reset the scratch top as
 * dt_cg_call_clause() does for other clauses): the faulting clause's
 * alloca'd memory is still valid in ERROR, an ERROR clause's own allocations
 * follow it, and a later ERROR clause sees both.  A later ordinary clause
 * starts with none again.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: not %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.out
 * RUN: FileCheck %s --check-prefix=ERR --input-file %t.err
 * CHECK: error 1: a
 * CHECK-NEXT: error 2: ab
 * CHECK-NEXT: fault 1 in 3
 * ERR: error in dt_clause_0 {{.*}}: invalid address (0x{{[0-9a-f]+}})
 * ERR: error in dt_clause_3 {{.*}}: invalid address (0x{{[0-9a-f]+}})
 */
#pragma D option quiet

BEGIN
{
	s = (char *)alloca(16);
	bcopy("01", &s[16], 1);
	exit(0);
}

ERROR
/arg2 == 0/
{
	*s = 'a';
	s[1] = 0;
	t = (char *)alloca(4);
	t[0] = 'b';
	t[1] = 0;
	printf("error 1: %s\n", stringof(s));
}

ERROR
/arg2 == 0/
{
	printf("error 2: %s%s\n", stringof(s), stringof(t));
}

BEGIN
{
	*s = 'c';
}

ERROR
/arg2 != 0/
{
	printf("fault %d in %d\n", arg4, arg2);
	exit(1);
}
