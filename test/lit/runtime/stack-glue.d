/*
 * Kernel stacks leave out the tracer's frames by address, not by count:
 * with a second program on sys_enter (the rawtp clause) the kernel calls
 * its probes through __traceiter_sys_enter, a frame a fixed skip count
 * showed; the BPF program, bpf_trace_run<N> and __bpf_trace_sys_enter never
 * show.  Likewise for stackdepth, caller, a stack() aggregation key, and
 * stack() in an ERROR clause (run from the faulting program's subprogram).
 *
 * REQUIRES: root
 * RUN: cc -O0 -fno-omit-frame-pointer -o %t.bin %S/../Inputs/stack-target.c
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -c %t.bin %t.o > %t.out 2>%t.err
 * RUN: FileCheck --check-prefix=ERR --input-file %t.err %s
 * RUN: FileCheck --input-file %t.out %s --strict-whitespace --implicit-check-not=bpf --implicit-check-not=traceiter
 * CHECK: {{^}}entry{{$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^              vmlinux`[a-z_0-9.]+\+0x[0-9a-f]+$}}
 * CHECK-NEXT: {{^              vmlinux`do_syscall_64\+0x[0-9a-f]+$}}
 * CHECK-NEXT: {{^              vmlinux`entry_SYSCALL_64_after_hwframe\+0x[0-9a-f]+$}}
 * CHECK-NEXT: {{^}}depth 3 caller vmlinux`do_syscall_64+0x{{[0-9a-f]+$}}
 * CHECK-NEXT: {{^}}error{{$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^              vmlinux`[a-z_0-9.]+\+0x[0-9a-f]+$}}
 * CHECK-NEXT: {{^              vmlinux`do_syscall_64\+0x[0-9a-f]+$}}
 * CHECK-NEXT: {{^              vmlinux`entry_SYSCALL_64_after_hwframe\+0x[0-9a-f]+$}}
 * CHECK: {{^              vmlinux`[a-z_0-9.]+\+0x[0-9a-f]+$}}
 * CHECK-NEXT: {{^              vmlinux`do_syscall_64\+0x[0-9a-f]+$}}
 * CHECK-NEXT: {{^              vmlinux`entry_SYSCALL_64_after_hwframe\+0x[0-9a-f]+$}}
 * CHECK-NEXT: {{^                1$}}
 * ERR: dtrace: error in dt_clause_2 for probe ID {{[0-9]+}} (syscall:vmlinux:getppid:entry): invalid address (0x8)
 */
#pragma D option quiet

ERROR
{
	printf("error\n");
	stack();
}

syscall::getppid:entry
/pid == $target && !done/
{
	done = 1;
	printf("entry\n");
	stack();
	printf("depth %d caller %a\n", stackdepth, caller);
}

syscall::getppid:entry
/pid == $target && done == 1/
{
	done = 2;
	@[stack()] = count();
	trace(*(int *)8);
}

syscall::getppid:entry
/done == 2/
{
	exit(0);
}

rawtp:raw_syscalls::sys_enter
/pid == $target && 0/
{
}
