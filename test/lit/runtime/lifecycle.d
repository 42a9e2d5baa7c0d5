/*
 * Whatever signal ends dtrun, nothing of its own is left: no BPF program,
 * map or link it held (found through its own descriptors, never by
 * machine-wide counts), no uprobe.  SIGINT and SIGTERM end tracing as in
 * dtrace, SIGHUP and SIGPIPE the same way: END runs, the output is flushed,
 * status 0.  SIGKILL cannot run END; the kernel still frees everything
 * (issue 14, items 5 and 6).  lifecycle-pid.test: the same with -c.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: bash %S/Inputs/lifecycle.sh %dtrun %t.o INT %t.out | FileCheck %s --check-prefix=END
 * RUN: bash %S/Inputs/lifecycle.sh %dtrun %t.o TERM %t.out | FileCheck %s --check-prefix=END
 * RUN: bash %S/Inputs/lifecycle.sh %dtrun %t.o HUP %t.out | FileCheck %s --check-prefix=END
 * RUN: bash %S/Inputs/lifecycle.sh %dtrun %t.o PIPE %t.out | FileCheck %s --check-prefix=END
 * RUN: bash %S/Inputs/lifecycle.sh %dtrun %t.o KILL %t.out | FileCheck %s --check-prefix=KILL
 * END: {{^[A-Z]+}}: status=0 begin=1 probe=1 end=1 progs=0 maps=0 links=0 uprobes=0 child=gone found=1
 * KILL: KILL: status=137 begin=1 probe=1 end=0 progs=0 maps=0 links=0 uprobes=0 child=gone found=1
 *
 * A reader that goes away (SIGPIPE from a real pipe) ends dtrun too.
 * RUN: timeout 20 sh -c '%dtrun -q %t.o | head -n 2' | FileCheck %s --check-prefix=PIPE
 * PIPE: begin
 * PIPE-NEXT: probe
 */
#pragma D option quiet
BEGIN { printf("begin\n"); }
profile:::tick-50ms { printf("probe\n"); }
END { printf("end\n"); }
