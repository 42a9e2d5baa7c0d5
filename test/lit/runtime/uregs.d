/*
 * uregs[] reads the user registers saved on entry to the kernel: BEGIN runs
 * in dtrun's bpf(2) call, so R_ERR (orig_ax) holds that syscall's number,
 * 321 on x86-64; R_DS and R_FS are the thread's ds and fsbase.  (An index
 * with no register is refused by dtc, as by dt_cg_uregs():
 * vars/D_OP_WRITE-builtins.d.)
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o 2>&1 | FileCheck %s
 * CHECK: {{^}}321 1 1 1{{$}}
 * CHECK-NOT: error
 */
#pragma D option quiet
BEGIN
{
	printf("%d %d %d %d\n", uregs[R_ERR], uregs[R_PC] != 0,
	    uregs[R_DS] == curthread->thread.ds, uregs[R_FS] == curthread->thread.fsbase);
}
BEGIN
{
	exit(0);
}
