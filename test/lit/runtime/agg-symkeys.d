/*
 * ufunc(), usym(), uaddr() and umod() as aggregation keys: dtrace
 * normalizes the addresses when it snapshots the aggregation, so the two
 * call sites in sk_two are one ufunc()/usym()/umod() entry and two uaddr()
 * entries; -x noresolve prints user addresses as OBJECT:0xOFFSET in the
 * mapping, still normalized for ufunc() and usym().
 * REQUIRES: root
 * RUN: cc -O0 -fno-omit-frame-pointer -o %t.bin %S/../Inputs/symkey-target.c
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -c %t.bin %t.o | FileCheck %s --strict-whitespace
 * RUN: %dtc -x noresolve %s -o %t.nr.o
 * RUN: %dtrun -c %t.bin %t.nr.o | FileCheck %s --check-prefix=NR --strict-whitespace
 * CHECK: {{^  agg-symkeys.d.tmp.bin`sk_two\+0x[0-9a-f]+ +$}}
 * CHECK: {{^  agg-symkeys.d.tmp.bin`sk_two +10$}}
 * CHECK-NEXT: {{^  agg-symkeys.d.tmp.bin`sk_two +10$}}
 * CHECK-NEXT: {{^  agg-symkeys.d.tmp.bin`sk_two\+0x[0-9a-f]+ +5$}}
 * CHECK-NEXT: {{^  agg-symkeys.d.tmp.bin`sk_two\+0x[0-9a-f]+ +5$}}
 * CHECK-NEXT: {{^  agg-symkeys.d.tmp.bin +10$}}
 * NR: {{^  agg-symkeys.d.tmp.bin:0x[0-9a-f]+ +$}}
 * NR: {{^  agg-symkeys.d.tmp.bin:0x[0-9a-f]+ +10$}}
 * NR-NEXT: {{^  agg-symkeys.d.tmp.bin:0x[0-9a-f]+ +10$}}
 * NR-NEXT: {{^  agg-symkeys.d.tmp.bin:0x[0-9a-f]+ +5$}}
 * NR-NEXT: {{^  agg-symkeys.d.tmp.bin:0x[0-9a-f]+ +5$}}
 * NR-NEXT: {{^  agg-symkeys.d.tmp.bin +10$}}
 */
#pragma D option quiet

syscall::getppid:entry
/pid == $target/
{
	@f[ufunc(ucaller)] = count();
	@s[usym(ucaller)] = count();
	@a[uaddr(ucaller)] = count();
	@m[umod(ucaller)] = count();
	n++;
}

syscall::getppid:entry
/pid == $target && n == 10/
{
	uaddr(ucaller);
	printf("\n");
	exit(0);
}
