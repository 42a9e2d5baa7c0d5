/*
 * -x noresolve: ustack() prints each user frame as the object and the
 * offset in the mapping that holds it, OBJECT:0xOFFSET, no symbol
 * (dt_print_ustack()), in a trace as in an aggregation key.
 * REQUIRES: root
 * RUN: cc -O0 -fno-omit-frame-pointer -o %t.bin %S/../Inputs/stack-target.c
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -x noresolve -c %t.bin %t.o | FileCheck %s --strict-whitespace --match-full-lines
 * CHECK:{{^$}}
 * CHECK-NEXT:              libc.so.6:0x{{[0-9a-f]+}}
 * CHECK-NEXT:              ustack-noresolve.d.tmp.bin:0x{{[0-9a-f]+}}
 * CHECK-NEXT:              ustack-noresolve.d.tmp.bin:0x{{[0-9a-f]+}}
 * CHECK-EMPTY:
 * CHECK-EMPTY:
 * CHECK-NEXT:              libc.so.6:0x{{[0-9a-f]+}}
 * CHECK-NEXT:              ustack-noresolve.d.tmp.bin:0x{{[0-9a-f]+}}
 * CHECK-NEXT:                1
 */
#pragma D option quiet

syscall::getppid:entry
/pid == $target/
{
	ustack(3);
	@[ustack(2)] = count();
	exit(0);
}
