/*
 * The faults of copyin(), bcopy(), copyinto() and alloca() in DTrace's
 * order (dt_cg_subr_copyin(), dt_cg_subr_bcopy_impl(),
 * dt_cg_subr_alloca_impl()): a negative size or one past scratchsize is a
 * bad size before anything else (copyin() too, not "out of scratch space");
 * then the source: NULL, or an alloca'd one outside the allocations (a bad
 * address) or too short for size (a bad size); then the destination, which
 * must start below the top of the clause's allocations, even for a size of
 * 0; a full scratch space refuses even alloca(0).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s < %t.out
 * RUN: FileCheck %s --check-prefix=ERR < %t.err
 * CHECK: alloca(0) 1
 * CHECK-NEXT: alloca to alloca: ab
 * CHECK-NEXT: done
 * CHECK-NEXT: fault 10 0x41 in 0
 * CHECK-NEXT: fault 10 0xffffffffffffffff in 1
 * CHECK-NEXT: fault 5 0x0 in 2
 * CHECK-NEXT: fault 1 0x0 in 3
 * CHECK-NEXT: fault 1 0x{{[0-9a-f]+}} in 4
 * CHECK-NEXT: fault 5 0x0 in 5
 * CHECK-NEXT: fault 10 0xfffffffffffffffe in 6
 * CHECK-NEXT: fault 1 0x{{[0-9a-f]+}} in 8
 * CHECK-NEXT: fault 10 0x9 in 9
 * CHECK-NOT: never
 * ERR: error in dt_clause_0 {{.*}}: invalid size (0x41)
 * ERR: error in dt_clause_1 {{.*}}: invalid size (0xffffffffffffffff)
 * ERR: error in dt_clause_2 {{.*}}: out of scratch space
 * ERR: error in dt_clause_3 {{.*}}: invalid address (0x0)
 * ERR: error in dt_clause_4 {{.*}}: invalid address (0x{{[0-9a-f]+}})
 * ERR: error in dt_clause_5 {{.*}}: out of scratch space
 * ERR: error in dt_clause_6 {{.*}}: invalid size (0xfffffffffffffffe)
 * ERR: error in dt_clause_8 {{.*}}: invalid address (0x{{[0-9a-f]+}})
 * ERR: error in dt_clause_9 {{.*}}: invalid size (0x9)
 */
#pragma D option quiet
#pragma D option scratchsize=64

BEGIN { n = 65; copyin(0x1234, n); printf("never\n"); }
BEGIN { n = -1; copyin(0x1234, n); printf("never\n"); }
BEGIN { alloca(40); copyin(0x1234, 32); printf("never\n"); }
BEGIN { p = (char *)alloca(8); bcopy((void *)NULL, p, 9); printf("never\n"); }
BEGIN { p = (char *)alloca(8); bcopy(curthread->comm, p + 8, 0); printf("never\n"); }
BEGIN { alloca(64); alloca(0); printf("never\n"); }
BEGIN { p = (char *)alloca(8); copyinto(0, -2, p); printf("never\n"); }
BEGIN { alloca(56); printf("alloca(0) %d\n", alloca(0) != NULL); }
BEGIN { p = (char *)alloca(8); q = (char *)alloca(8); bcopy(q + 8, p, 1); printf("never\n"); }
BEGIN { p = (char *)alloca(8); q = (char *)alloca(8); bcopy(q, p, 9); printf("never\n"); }
BEGIN {
	p = (char *)alloca(8);
	q = (char *)alloca(8);
	q[0] = 'a'; q[1] = 'b'; q[2] = 0;
	bcopy(q, p, 8);
	printf("alloca to alloca: %s\n", stringof(p));
}
BEGIN { printf("done\n"); exit(0); }
ERROR { printf("fault %d 0x%x in %d\n", arg4, arg5, arg2); }
