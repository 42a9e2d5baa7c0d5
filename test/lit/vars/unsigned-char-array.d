/*
 * An element of an unsigned char array (a D global, a clause-local, an
 * extern's kernel array) is unsigned: 200 reads back as 200, not -56, and
 * the kernel BTF's magic byte 0x9f as 159.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --match-full-lines --strict-whitespace
 * CHECK:200 200 159 100
 * CHECK-EMPTY:
 */
#pragma D option quiet

unsigned char g[4];
this unsigned char t[4];
extern unsigned char __start_BTF[4];

BEGIN
{
	g[0] = 200;
	this->t[1] = 200;
	printf("%d %d %d %d\n", g[0], this->t[1], `__start_BTF[0], curthread->comm[0]);
	exit(0);
}
