/*
 * Out-of-bounds accesses to alloca'd memory fault as in DTrace: a load
 * below the allocations, a load in a later clause (memory is freed at clause
 * end), bcopy() before the bottom, copyinto() past the top (a bad size),
 * alloca() past scratchsize, bcopy() from a NULL source; tracing goes on.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s < %t.out
 * RUN: FileCheck %s --check-prefix=ERR < %t.err
 * CHECK: done
 * CHECK-NEXT: fault 1 in 1
 * CHECK-NEXT: fault 1 in 2
 * CHECK-NEXT: fault 1 in 3
 * CHECK-NEXT: fault 10 in 4
 * CHECK-NEXT: fault 5 in 5
 * CHECK-NEXT: fault 1 in 6
 * CHECK-NOT: never
 * ERR: error in dt_clause_1 {{.*}}: invalid address (0x{{[0-9a-f]+}})
 * ERR: error in dt_clause_2 {{.*}}: invalid address (0x{{[0-9a-f]+}})
 * ERR: error in dt_clause_3 {{.*}}: invalid address (0x{{[0-9a-f]+}})
 * ERR: error in dt_clause_4 {{.*}}: invalid size (0x41)
 * ERR: error in dt_clause_5 {{.*}}: out of scratch space
 * ERR: error in dt_clause_6 {{.*}}: invalid address (0x0)
 */
#pragma D option quiet
#pragma D option scratchsize=64

BEGIN { s = (char *)alloca(1); *s = 'a'; }
BEGIN { printf("never %d\n", ((int *)alloca(10))[-1]); }
BEGIN { printf("never %c\n", *s); }
BEGIN { p = (char *)alloca(15); bcopy("0", p - 1, 1); printf("never\n"); }
BEGIN { q = (char *)alloca(64); copyinto(0, 65, q); printf("never\n"); }
BEGIN { sz = 65; alloca(sz); printf("never\n"); }
BEGIN { bcopy((void *)NULL, alloca(8), 8); printf("never\n"); }
BEGIN { printf("done\n"); exit(0); }
ERROR { printf("fault %d in %d\n", arg4, arg2); }
