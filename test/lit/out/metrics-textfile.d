/*
 * --metrics-textfile DIR: the text exposition in DIR/dtrun-INSTANCE.prom
 * (node_exporter's textfile collector), written through a temporary file
 * and rename(), at least once a second and at exit with END's values; no
 * temporary file is left.  A directory that cannot be written, a bad
 * --metrics address and a port in use are clear errors, exit status 1.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: rm -rf %t.dir && mkdir %t.dir
 * RUN: %dtrun -q --instance web-1 --metrics-textfile %t.dir %t.o
 * RUN: ls -A %t.dir | FileCheck --check-prefix=LS %s
 * RUN: FileCheck %s < %t.dir/dtrun-web-1.prom
 * RUN: not %dtrun --metrics-textfile %t.dir/missing %t.o 2>&1 | FileCheck --check-prefix=NODIR %s
 * RUN: touch %t.dir/file
 * RUN: not %dtrun --metrics-textfile %t.dir/file %t.o 2>&1 | FileCheck --check-prefix=NOTDIR %s
 * RUN: not %dtrun --metrics 127.0.0.1 %t.o 2>&1 | FileCheck --check-prefix=ADDR %s
 * RUN: not %dtrun --metrics '[::1' %t.o 2>&1 | FileCheck --check-prefix=ADDR6 %s
 * LS: dtrun-web-1.prom
 * LS-NOT: tmp
 * CHECK: # TYPE dtrace_ticks_total counter
 * CHECK-NEXT: dtrace_ticks_total{dtrace_instance="web-1"} 3
 * CHECK: dtrace_end{dtrace_instance="web-1"} 1
 * CHECK: dtrun_events_total{dtrace_instance="web-1"} 1
 * CHECK-NOT: # EOF
 * NODIR: dtrace: failed to use --metrics-textfile directory {{.*}}missing: No such file or directory
 * NOTDIR: dtrace: failed to use --metrics-textfile directory {{.*}}file: Not a directory
 * ADDR: dtrace: invalid --metrics address '127.0.0.1': expected ADDR:PORT, [IPV6]:PORT or :PORT
 * ADDR6: dtrace: invalid --metrics address '[::1': expected
 */
tick-10ms { @ticks = count(); }
tick-10ms /++n == 3/ { exit(0); }
END { @end = max(1); }
