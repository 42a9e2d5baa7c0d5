/*
 * Hundreds of associative-array stores and reads in one clause load: an
 * element's insertion into the one dynamic-variable space (three map
 * updates and the space's count) is one BPF function, not copied into every
 * store.  Copied, this clause was 29,700 instructions: under the 32K a
 * jump spans, so dtc compiled it for BPF CPU v1, but the verifier's own
 * patches took it past ("insn cannot be patched due to 16-bit range").
 *
 * REQUIRES: root
 * RUN: %dtrun -C -qs %s | FileCheck %s
 * CHECK-COUNT-36: {{^}} -7 -7 1 1 -1 -1 7 7{{$}}
 */
long long p[int], q[int];

#define PAIR(a, b) \
  a[1] = -3; b[1] = -4; printf(" %d", a[1] + b[1]); printf(" %d", b[1] + a[1]); \
  a[1] = -3; b[1] = +4; printf(" %d", a[1] + b[1]); printf(" %d", b[1] + a[1]); \
  a[1] = +3; b[1] = -4; printf(" %d", a[1] + b[1]); printf(" %d", b[1] + a[1]); \
  a[1] = +3; b[1] = +4; printf(" %d", a[1] + b[1]); printf(" %d", b[1] + a[1]); printf("\n");
#define PAIR8 PAIR(p, q) PAIR(q, p) PAIR(p, q) PAIR(q, p) PAIR(p, q) PAIR(q, p) PAIR(p, q) PAIR(q, p)

BEGIN
{
	PAIR8 PAIR8 PAIR8 PAIR8 PAIR(p, q) PAIR(q, p) PAIR(p, q) PAIR(q, p)
	exit(0);
}
