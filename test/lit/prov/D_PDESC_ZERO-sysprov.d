/*
 * lockstat, vminfo and sysinfo probes that no Linux event carries are a
 * compile-time error naming the probe and why; a glob skips them.
 * RUN: not %dtc -S -o /dev/null --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: [[@LINE+8]]:1: error: probe description lockstat:::adaptive-acquire does not match any probes: lockstat:::adaptive-acquire cannot be traced on Linux: no tracepoint fires when a lock is acquired or released without contention (lock:lock_acquire and lock:lock_release need a CONFIG_LOCKDEP kernel) [D_PDESC_ZERO]
 * CHECK: [[@LINE+8]]:1: error: probe description lockstat:::rw-downgrade does not match any probes: lockstat:::rw-downgrade cannot be traced on Linux: no tracepoint fires in downgrade_write() [D_PDESC_ZERO]
 * CHECK: [[@LINE+8]]:1: error: probe description vminfo:::maj_fault does not match any probes: vminfo:::maj_fault cannot be traced on Linux: no tracepoint fires on a major fault {{.*}} [D_PDESC_ZERO]
 * CHECK: [[@LINE+8]]:1: error: probe description vminfo:::swapout does not match any probes: vminfo:::swapout cannot be traced on Linux: Linux never swaps out whole processes [D_PDESC_ZERO]
 * CHECK: [[@LINE+8]]:1: error: probe description sysinfo:::cpu_ticks_idle does not match any probes: sysinfo:::cpu_ticks_idle cannot be traced on Linux: no tracepoint fires on the clock tick's CPU accounting (use profile:::tick-N) [D_PDESC_ZERO]
 * CHECK: [[@LINE+8]]:1: error: probe description sysinfo:::bread does not match any probes: sysinfo:::bread cannot be traced on Linux: Linux has no buffer cache {{.*}} [D_PDESC_ZERO]
 */
lockstat:::* {}
lockstat:::adaptive-acquire {}
lockstat:::rw-downgrade {}
vminfo:::maj_fault {}
vminfo:::swapout {}
sysinfo:::cpu_ticks_idle {}
sysinfo:::bread {}
vminfo:::, sysinfo::: {}
