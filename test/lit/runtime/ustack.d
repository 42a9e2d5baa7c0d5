/*
 * ustack(), ustack(n), usym(), ufunc(), umod(), uaddr() and printf %A of a
 * process built with frame pointers: frames as dtrace prints them (14
 * spaces, object`function+0xoffset), symbols padded to 50 columns.
 * REQUIRES: root
 * RUN: cc -O0 -fno-omit-frame-pointer -o %t.bin %S/../Inputs/stack-target.c
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -c %t.bin %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^$}}
 * CHECK-NEXT: {{^              libc.so.6`syscall\+0x[0-9a-f]+$}}
 * CHECK-NEXT: {{^              ustack.d.tmp.bin`st_middle\+0x[0-9a-f]+$}}
 * CHECK-NEXT: {{^              ustack.d.tmp.bin`st_outer\+0x[0-9a-f]+$}}
 * CHECK-NEXT: {{^              ustack.d.tmp.bin`main\+0x[0-9a-f]+$}}
 * CHECK-NEXT: {{^              libc.so.6`}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^              libc.so.6`syscall\+0x[0-9a-f]+$}}
 * CHECK-NEXT: {{^              ustack.d.tmp.bin`st_middle\+0x[0-9a-f]+$}}
 * CHECK-NEXT: {{^  ustack.d.tmp.bin`st_middle {24}$}}
 * CHECK-NEXT: {{^  ustack.d.tmp.bin`st_middle {24}$}}
 * CHECK-NEXT: {{^  ustack.d.tmp.bin {34}$}}
 * CHECK-NEXT: {{^  ustack.d.tmp.bin`st_middle\+0x[0-9a-f]+ {17,22}$}}
 * CHECK-NEXT: {{^\[ustack.d.tmp.bin`st_middle\+0x[0-9a-f]+\]$}}
 */
#pragma D option quiet

syscall::getppid:entry
/pid == $target/
{
	ustack();
	ustack(2);
	usym(ucaller);
	printf("\n");
	ufunc(ucaller);
	printf("\n");
	umod(ucaller);
	printf("\n");
	uaddr(ucaller);
	printf("\n[%A]\n", ucaller);
	exit(0);
}
