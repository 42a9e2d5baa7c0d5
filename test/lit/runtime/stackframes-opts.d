/*
 * The stackframes and ustackframes options set how many frames stack() and
 * ustack() without an argument keep; stackdepth and ustackdepth still count
 * every frame.
 *
 * REQUIRES: root
 * RUN: cc -O0 -fno-omit-frame-pointer -o %t.bin %S/../Inputs/stack-target.c
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -c %t.bin %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^$}}
 * CHECK-NEXT: {{^              vmlinux`[a-z_0-9.]+\+0x[0-9a-f]+$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^              libc.so.6`syscall\+0x[0-9a-f]+$}}
 * CHECK-NEXT: {{^              stackframes-opts.d.tmp.bin`st_middle\+0x[0-9a-f]+$}}
 * CHECK-NEXT: {{^}}depth 3 udepth big 1{{$}}
 */
#pragma D option quiet
#pragma D option stackframes=1
#pragma D option ustackframes=2

syscall::getppid:entry
/pid == $target/
{
	stack();
	ustack();
	printf("depth %d udepth big %d\n", stackdepth, ustackdepth >= 5);
	exit(0);
}
