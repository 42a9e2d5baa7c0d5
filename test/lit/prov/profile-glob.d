/*
 * A pattern in a profile description matches the probes that exist when
 * it is compiled (dt_probe_iter()): the defaults populate() made
 * (profile-97 ... tick-5000) and those an earlier description made on
 * demand, each a program of its own; provide() makes none for a pattern,
 * nor for a module or function that is not empty exactly.
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s
 * CHECK-DAG: "tick-1"
 * CHECK-DAG: "tick-10"
 * CHECK-DAG: "tick-100"
 * CHECK-DAG: "tick-1000"
 * CHECK-DAG: "tick-1s"
 * CHECK-DAG: "profile-4999"
 * CHECK-NOT: "tick-500"
 * RUN: not %dtc -e --btf %btf -n 'profile:::tick-9*, profile:*::tick-9 {}' 2>&1 | FileCheck %s --check-prefix=ZERO
 * ZERO: error: probe description profile:::tick-9* does not match any probes [D_PDESC_ZERO]
 * ZERO: error: probe description profile:*::tick-9 does not match any probes [D_PDESC_ZERO]
 * RUN: not %dtc -e --btf %btf -n 'profile:::tick-1s* {}' 2>&1 | FileCheck %s --check-prefix=LATER
 * LATER: error: probe description profile:::tick-1s* does not match any probes [D_PDESC_ZERO]
 */
tick-1s {}
profile:::tick-1* {}
profile:*:*:profile-49?9 {}
