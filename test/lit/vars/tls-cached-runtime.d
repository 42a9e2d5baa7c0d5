/*
 * self-> values through the per-firing cache of the storage pointer: absent
 * (0), created by a store, zeroed, incremented, seen by a later clause of
 * the same firing and by a later firing; both designs.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s
 * RUN: %dtc -x dtc=tls-hash %s -o %t.hash.o
 * RUN: %dtrun %t.hash.o | FileCheck %s
 * CHECK: 0 5 0 1 2
 * CHECK-NEXT: 3
 */
#pragma D option quiet
self int x;
BEGIN { printf("%d ", self->x); self->x = 5; printf("%d ", self->x); self->x = 0; printf("%d ", self->x); self->x++; printf("%d ", self->x); }
BEGIN { printf("%d\n", ++self->x); }
END { printf("%d\n", ++self->x); }
BEGIN { exit(0); }
