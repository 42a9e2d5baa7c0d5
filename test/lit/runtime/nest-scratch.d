/*
 * A probe firing that interrupts another on the same CPU builds its record
 * in a scratch of its own: profile-4999 (a perf_event program, in the
 * timer's hard irq) runs in the middle of a syscall clause (a raw_tp
 * program, interrupts on), and the kernel only keeps a program from
 * interrupting itself.  Sharing one per-CPU scratch, each wrote its
 * record over the other's half-built one: in 2 s here, 141 of 476,000
 * getppid records and 689 of 26,000 profile records came out mixed.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o -c 'python3 %S/Inputs/getppid-loop.py 1.5' > %t.out
 * RUN: awk -f %S/Inputs/nest-scratch.awk %t.out | FileCheck %s
 * CHECK: S many P many bad 0 pbad 0
 * RUN: %dtc -S -o - %s | FileCheck %s --check-prefix=C
 * C: dt_prologue(&c, ctx, 0, 0, 1)
 * C: dt_nest_exit(&c);
 */
syscall::getppid:entry
/pid == $target/
{
	printf("S %d %d %d %s %d %d %s %d %d\n", 11, 12, 13, strjoin("abcdefgh", "ijklmnop"), 14, 15,
	    strjoin("qrstuvwx", "yz"), 16, 17);
}

profile-4999
{
	printf("P %d %d %d %s %d %d %s %d %d\n", 91, 92, 93, strjoin("ABCDEFGH", "IJKLMNOP"), 94, 95,
	    strjoin("QRSTUVWX", "YZ"), 96, 97);
}
