/*
 * ustack() of a -c process that has exited before dtrun reads the record
 * still names its functions (dtrun keeps the mappings it took when the
 * process started), and a versioned symbol (vers_fn@@VERS_1) prints
 * without its version, as DTrace prints it.
 * REQUIRES: root
 * RUN: cc -O0 -fno-omit-frame-pointer -o %t.bin %S/../Inputs/stack-once.c -Wl,--version-script=%S/../Inputs/stack-once.map
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -c %t.bin %t.o | FileCheck %s --strict-whitespace --implicit-check-not=@@
 * CHECK: {{^              libc.so.6`syscall\+0x[0-9a-f]+$}}
 * CHECK-NEXT: {{^              ustack-exited.d.tmp.bin`vers_fn\+0x[0-9a-f]+$}}
 * CHECK-NEXT: {{^              ustack-exited.d.tmp.bin`so_outer\+0x[0-9a-f]+$}}
 * CHECK-NEXT: {{^              ustack-exited.d.tmp.bin`main\+0x[0-9a-f]+$}}
 * CHECK-NEXT: {{^              libc.so.6`}}
 * CHECK: exited
 */
#pragma D option quiet
#pragma D option switchrate=2hz

syscall::getppid:entry
/pid == $target/
{
	ustack();
}

proc:::exit
/pid == $target/
{
	printf("exited\n");
}
