/*
 * An enum value is unsigned to trace(), printf()'s %d and %i and printa()'s
 * %d of a key: dt_node_type_assign() sets DT_NF_SIGNED only for a signed
 * integer encoding, never for an enum, so dt_cg_act_trace() records it
 * unsigned and pfcheck_dint() turns %d into %u.  printa()'s default key
 * format prints the 4-byte key as " %8d" whatever its type.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace --match-full-lines
 * CHECK:4294967295
 * CHECK-NEXT:[4294967295][4294967295][ffffffff][2]
 * CHECK-NEXT:4294967295
 * CHECK-NEXT:[4294967295][-1]
 * CHECK-NEXT:[4294967295]
 * CHECK-EMPTY:
 * CHECK-NEXT:       -1                1
 */
#pragma D option quiet

enum e { N = -1, P = 2 };
enum e ev;

BEGIN
{
	trace(N);
	printf("\n[%d][%i][%x][%d]\n", N, N, N, P);
	ev = N;
	trace(ev);
	printf("\n[%d][%d]\n", ev, (int)ev);
	@[N] = count();
	printa("[%d]\n", @);
	printa(@);
	exit(0);
}
