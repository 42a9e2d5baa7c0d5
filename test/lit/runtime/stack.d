/*
 * stack() and stack(n) in a syscall probe: kernel frames from
 * /proc/kallsyms as module`function+0xoffset, 14 spaces in, starting where
 * the probe fired (the BPF program and tracepoint glue skipped); sym(),
 * func(), mod() of caller; stackdepth counts the frames.
 * REQUIRES: root
 * The tracer's frames are skipped by address (stack-glue.d), so another
 * program on sys_enter at the same moment (a parallel test) changes nothing.
 * RUN: cc -O0 -fno-omit-frame-pointer -o %t.bin %S/../Inputs/stack-target.c
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -c %t.bin %t.o > %t.out
 * RUN: FileCheck --input-file %t.out %s --strict-whitespace --implicit-check-not=bpf
 * CHECK: {{^              vmlinux`[a-z_0-9.]+\+0x[0-9a-f]+$}}
 * CHECK: {{^              vmlinux`do_syscall_64\+0x[0-9a-f]+$}}
 * CHECK-NEXT: {{^              vmlinux`entry_SYSCALL_64_after_hwframe\+0x[0-9a-f]+$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^              vmlinux`[a-z_0-9.]+\+0x[0-9a-f]+$}}
 * CHECK-NEXT: {{^  vmlinux`do_syscall_64 {29}$}}
 * CHECK-NEXT: {{^  vmlinux`do_syscall_64 {29}$}}
 * CHECK-NEXT: {{^  vmlinux {43}$}}
 * CHECK-NEXT: {{^depth [1-9][0-9]*$}}
 */
#pragma D option quiet

syscall::getppid:entry
/pid == $target/
{
	stack();
	stack(1);
	sym(caller);
	printf("\n");
	func(caller);
	printf("\n");
	mod(caller);
	printf("\ndepth %d\n", stackdepth);
	exit(0);
}
