/*
 * copyinstr(addr, maxlen): maxlen counts the NUL; a maxlen past strsize
 * (a negative one too, unsigned) is strsize; a maxlen of 0 copies nothing
 * and faults with a bad address at addr, as DTrace's
 * dt_cg_subr_copyinstr() takes bpf_probe_read_user_str()'s 0 for a fault.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o -c "printf hello" > %t.out 2> %t.err
 * RUN: FileCheck %s < %t.out
 * RUN: FileCheck %s --check-prefix=ERR < %t.err
 * CHECK: 1 []
 * CHECK-NEXT: 3 [he]
 * CHECK-NEXT: -1 [hello]
 * CHECK-NEXT: fault 1 at arg1: 1
 * CHECK-NOT: never
 * ERR: error in dt_clause_1 {{.*}}: invalid address (0x{{[0-9a-f]+}})
 */
#pragma D option quiet

syscall::write:entry
/pid == $target/
{
	printf("1 [%s]\n", copyinstr(arg1, 1));
	printf("3 [%s]\n", copyinstr(arg1, 3));
	n = -1;
	printf("-1 [%s]\n", copyinstr(arg1, n));
	a = arg1;
}

syscall::write:entry
/pid == $target/
{
	printf("never [%s]\n", copyinstr(arg1, 0));
}

ERROR
{
	printf("fault %d at arg1: %d\n", arg4, arg5 == a);
}
