/*
 * self-> variables live in dynamic variable space, as in DTrace: each
 * thread's non-zero self->x takes one element, dynvarsize holds
 * dynvarsize / (the largest self-> value: an int here, 4 bytes, and no
 * tuple) of them (vars/dynvar-space.d: one space for all),
 * a store past that is a dynamic variable drop that ends the clause there
 * (no fault, nothing recorded: Oracle's dt_cg_store_var() returns from the
 * clause), and a store of 0 gives the element back.  dtrun -x dynvarsize= sizes a compiled object's
 * self-> space and associative arrays at load (issue 14, item 9).
 * Eight threads, one after another, each store self->x once; n counts
 * the stores that found room:
 * REQUIRES: root
 * RUN: cc -O1 -pthread -o %t.threads %S/Inputs/tls-threads.c
 * RUN: %dtc -o %t.o %s
 * dtrun reports drops as they happen: their sum counts.
 * RUN: %dtrun %t.o -c "%t.threads 8 1" 2>&1 | awk '/dynamic variable drop/ { d += $2 } !/drop/ { print } END { print d + 0, "drops" }' | FileCheck %s --check-prefix=TWO
 * TWO: {{^}}2{{$}}
 * TWO: 6 drops
 * RUN: %dtrun -x dynvarsize=4 %t.o -c "%t.threads 8 1" 2>&1 | awk '/dynamic variable drop/ { d += $2 } !/drop/ { print } END { print d + 0, "drops" }' | FileCheck %s --check-prefix=ONE
 * ONE: {{^}}1{{$}}
 * ONE: 7 drops
 * RUN: %dtrun -x dynvarsize=1k %t.o -c "%t.threads 8 1" 2>&1 | FileCheck %s --check-prefix=ALL --implicit-check-not=drop
 * ALL: 8
 * Cleared after use, one element serves 800 stores:
 * RUN: %dtc -o %t2.o -n 'syscall::getppid:entry /pid == $target/ { self->y = 1; } syscall::getppid:return /self->y/ { n++; self->y = 0; } END { printf("%%d\n", n); }' -x dynvarsize=4 -q
 * RUN: %dtrun %t2.o -c "%t.threads 8 100" 2>&1 | FileCheck %s --check-prefix=REUSE --implicit-check-not=drop
 * REUSE: 800
 * An associative array compiled with the default 1m, run with room for two
 * (an element: the tuple 4 + 4 + 8, the value 4):
 * RUN: %dtc -o %t3.o -q -n 'syscall::getppid:entry /pid == $target/ { a[tid] = 1; }'
 * RUN: %dtrun -x dynvarsize=40 %t3.o -c "%t.threads 8 1" 2>&1 | awk '/dynamic variable drop/ { d += $2 } !/drop/ { print } END { print d + 0, "drops" }' | FileCheck %s --check-prefix=ASSOC
 * ASSOC: 6 drops
 */
#pragma D option quiet
#pragma D option dynvarsize=8
syscall::getppid:entry /pid == $target/ { self->x = 1; n++; }
END { printf("%d\n", n); }
