/*
 * Stable probes no Linux tracepoint can carry are a compile-time error that
 * says why; a glob skips them.
 * RUN: not %dtc -S -o /dev/null --btf %btf %s 2>&1 | FileCheck %s
 * CHECK: [[@LINE+3]]:1: error: probe description sched:::enqueue does not match any probes: sched:::enqueue cannot be traced on Linux: no tracepoint fires when a thread is put on a run queue [D_PDESC_ZERO]
 * CHECK: [[@LINE+4]]:1: error: probe description sched:::remain-cpu does not match any probes: sched:::remain-cpu cannot be traced on Linux: {{.*}} [D_PDESC_ZERO]
 */
sched:::enqueue {}
sched:::* {}
sched:::remain-cpu {}
