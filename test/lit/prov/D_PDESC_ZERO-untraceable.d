/*
 * Stable probes no Linux tracepoint can carry are a compile-time error that
 * says why; a glob skips them.
 * RUN: not %dtc -S -o /dev/null --btf %btf %s 2>&1 | FileCheck %s
 * CHECK: [[@LINE+3]]:1: error: probe description sched:::on-cpu does not match any probes: sched:::on-cpu cannot be traced on Linux: sched_switch fires in the thread leaving the CPU, not the one coming on [D_PDESC_ZERO]
 * CHECK: [[@LINE+4]]:1: error: probe description io:::wait-start does not match any probes: io:::wait-start cannot be traced on Linux: {{.*}} [D_PDESC_ZERO]
 */
sched:::on-cpu {}
sched:::* {}
io:::wait-start {}
