/*
 * Big predicates load at any strsize: a chain of 30 || (or &&) string
 * comparisons.  Each comparison's temporaries are dead once && or ||
 * has tested it, so the next one reuses them (it needed 60 at once:
 * D_NOSCRATCH, of 4 at strsize=4096), and the comparison is a global
 * function the verifier walks once per program (inlined, its strsize
 * loop was walked at every comparison: past the verifier's million
 * instructions at strsize=4096).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s --implicit-check-not=BAD
 * CHECK: and 4096
 * CHECK-NEXT: or
 * CHECK-NEXT: last
 * RUN: %dtc -S -o - %s | FileCheck %s --check-prefix=C
 * C-NOT: {{(dt_execname|dt_str_tmp)\(c, [2-9]}}
 */
#pragma D option strsize=4096

BEGIN
/execname != "m0" &&
    execname != "m1" &&
    execname != "m2" &&
    execname != "m3" &&
    execname != "m4" &&
    execname != "m5" &&
    execname != "m6" &&
    execname != "m7" &&
    execname != "m8" &&
    execname != "m9" &&
    execname != "m10" &&
    execname != "m11" &&
    execname != "m12" &&
    execname != "m13" &&
    execname != "m14" &&
    execname != "m15" &&
    execname != "m16" &&
    execname != "m17" &&
    execname != "m18" &&
    execname != "m19" &&
    execname != "m20" &&
    execname != "m21" &&
    execname != "m22" &&
    execname != "m23" &&
    execname != "m24" &&
    execname != "m25" &&
    execname != "m26" &&
    execname != "m27" &&
    execname != "m28" &&
    execname != "m29"/
{
	printf("and %d\n", sizeof(execname));
}

BEGIN
/execname == "n0" ||
    execname == "n1" ||
    execname == "n2" ||
    execname == "n3" ||
    execname == "n4" ||
    execname == "n5" ||
    execname == "n6" ||
    execname == "n7" ||
    execname == "n8" ||
    execname == "n9" ||
    execname == "n10" ||
    execname == "n11" ||
    execname == "n12" ||
    execname == "n13" ||
    execname == "n14" ||
    execname == "n15" ||
    execname == "n16" ||
    execname == "n17" ||
    execname == "n18" ||
    execname == "n19" ||
    execname == "n20" ||
    execname == "n21" ||
    execname == "n22" ||
    execname == "n23" ||
    execname == "n24" ||
    execname == "n25" ||
    execname == "n26" ||
    execname == "n27" ||
    execname == "n28" ||
    execname == "n29" ||
    execname == "dtrace"/
{
	printf("or\n");
}

BEGIN
/execname == "q0" ||
    execname == "n1" ||
    execname == "n2" ||
    execname == "n3" ||
    execname == "n4" ||
    execname == "n5" ||
    execname == "n6" ||
    execname == "n7" ||
    execname == "n8" ||
    execname == "n9" ||
    execname == "n10" ||
    execname == "n11" ||
    execname == "n12" ||
    execname == "n13" ||
    execname == "n14" ||
    execname == "n15" ||
    execname == "n16" ||
    execname == "n17" ||
    execname == "n18" ||
    execname == "n19" ||
    execname == "n20" ||
    execname == "n21" ||
    execname == "n22" ||
    execname == "n23" ||
    execname == "n24" ||
    execname == "n25" ||
    execname == "n26" ||
    execname == "n27" ||
    execname == "n28" ||
    execname == "n29"/
{
	printf("BAD\n");
}

BEGIN
{
	printf("last\n");
	exit(0);
}
