/*
 * An enum is unsigned where DTrace loads it: dt_node_type_assign() gives
 * an enum node no DT_NF_SIGNED (a CTF enum has no signed encoding), and
 * dt_cg_promote() sign-extends only signed values, so a variable holding
 * A = -1 reads back as 4294967295: en < 0 is false, and so is en == A, whose
 * constant is the 64-bit -1 (dt_cg_setx() of dn_value); A < 0 itself is
 * true.  A variable assigned from en is an enum too.  dtc compared the
 * sign-extended value.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s --match-full-lines
 * CHECK: 0 4294967295 0 1 0 4294967295 1
 */
enum e { A = -1, B } en;

BEGIN
{
	en = A;
	x = en;
	printf("%d %u %d %d %d %u %d\n", en < 0, en, en == A, A < 0, x < 0, x, en == 4294967295);
	exit(0);
}
