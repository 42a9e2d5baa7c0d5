/*
 * An address past the kernel's last symbol is no symbol's: DTrace finds
 * the module whose address range holds it first (dtrace_lookup_by_addr()),
 * and a module's range from /proc/kallsyms ends one byte past its last
 * symbol (dt_modsym_addsym(), size 1); symbols of BPF programs are not
 * kept (dt_modsym_update()).  printa()'s %@a of a negative sum, %a and
 * sym() of such an address print the raw hex address, as Oracle's dtrace.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s
 * CHECK: [0xfffffffffffffedb]
 * CHECK-NEXT: [0xfffffffffffffff7]
 * CHECK-NEXT: [0xfffffffffffffff0]
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^  0xfffffffffffffff0 +1$}}
 */
#pragma D option quiet

BEGIN
{
	@s = sum(-300);
	@s = sum(7);
	@m = min(-9);
	printa("[%@a]\n", @s);
	printa("[%@a]\n", @m);
	printf("[%a]\n", (uint64_t)-16);
	@k[sym((uint64_t)-16)] = count();
	exit(0);
}
