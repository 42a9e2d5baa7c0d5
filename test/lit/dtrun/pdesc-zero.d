/*
 * A description that matches no probe on this host fails like dtrace's
 * D_PDESC_ZERO, unless -Z; matching happens in dtrun, on the target host.
 * A script's error names the description's line (dt_setcontext()'s
 * xyerror()), a -n program's none.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: not %dtrun %t.o 2>&1 | FileCheck %s
 * CHECK: dtrace: failed to compile script {{.*}}pdesc-zero.d: line [[@LINE+8]]: probe description syscall::no_such_syscall:entry does not match any probes
 * RUN: %dtrun -Z %t.o 2>&1 | FileCheck %s --check-prefix=Z
 * Z: dtrace: script '{{.*}}pdesc-zero.d' matched 1 probe
 * Z: :BEGIN
 * dtrace compiles each -n on its own: the one that matches nothing is named.
 * RUN: not %dtrun -n 'BEGIN { exit(0); }' -n 'nosuch:::' 2>&1 | FileCheck %s --check-prefix=TWO
 * TWO: dtrace: invalid probe specifier nosuch:::: probe description nosuch::: does not match any probes
 */
syscall::no_such_syscall:entry { trace(1); }
BEGIN { exit(0); }
