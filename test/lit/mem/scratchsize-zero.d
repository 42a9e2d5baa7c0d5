/*
 * scratchsize=0 is no scratch space at all (dt_opt_scratchsize() keeps 0,
 * adding its 8-byte header only to a value above 0; dt_bpf.c makes no
 * scratchmem map): no constant size is refused at compile time, as
 * dt_cg_subr_alloca_impl() compares it with the int scratchsize - 8, -8,
 * made unsigned (copyin(p, -1) alone is past it), and every alloca(),
 * alloca(0) too, and copyin() then faults as out of scratch space, as the
 * first allocation starts at 8, past 0.  dtc gave alloca() 8 bytes.
 * (Oracle's dtrace fails to load a copyin() at scratchsize=0: verifier.)
 * RUN: not %dtc -S -o - -x scratchsize=0 %S/Inputs/copyin-minus-one.d 2>&1 | FileCheck %s --check-prefix=ERR --implicit-check-not=error:
 * ERR: error: alloca(18446744073709551615) size larger than scratchsize 18446744073709551608 [D_ALLOCA_SIZE]
 * REQUIRES: root
 * RUN: %dtc -x scratchsize=0 %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s < %t.out
 * RUN: FileCheck %s --check-prefix=FLT < %t.err
 * CHECK: done
 * CHECK-NEXT: fault 5 in 1
 * CHECK-NEXT: fault 5 in 2
 * CHECK-NEXT: fault 5 in 3
 * CHECK-NOT: never
 * FLT: error in dt_clause_1 {{.*}}: out of scratch space
 * FLT: error in dt_clause_2 {{.*}}: out of scratch space
 * FLT: error in dt_clause_3 {{.*}}: out of scratch space
 */
#pragma D option quiet

BEGIN { n = 0; }
BEGIN { n++; p = alloca(0); printf("never 0\n"); }
BEGIN { n++; p = alloca(8); printf("never 8\n"); }
BEGIN { n++; p = copyin(arg0, 4); printf("never copyin\n"); }
BEGIN { printf("done\n"); exit(0); }
ERROR { printf("fault %d in %d\n", arg4, n); }
