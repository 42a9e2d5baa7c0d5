/*
 * cpc:::EVENT-MODE-COUNT (dt_prov_cpc.c decode_probename()): EVENT one of
 * libpfm4's generic perf events, lower-cased with '-' made '_'; MODE all,
 * user or kernel; COUNT digits, with no attributes part between.  A
 * description naming one exactly makes its probe (provide()); a pattern
 * matches the listed EVENT-all-1000000000 probes and those earlier
 * descriptions made.  Each probe is a perf_event program of its own.
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s
 * CHECK-DAG: cpc \"cycles-user-50000\"
 * CHECK-DAG: cpc \"cpu_clock-kernel-10000\"
 * CHECK-DAG: cpc \"page_faults-all-0\"
 * CHECK-DAG: cpc \"l1_dcache_load_misses-all-1000000000\"
 * CHECK-DAG: cpc \"llc_load_misses-all-1000000000\"
 * CHECK-DAG: cpc \"cs-all-1000000000\"
 * CHECK-NOT: cpc \"dtlb_load_misses-all-1000000000\"
 * RUN: not %dtc -e --btf %btf -n 'cpc:::nosuch-all-1000 {}' 2>&1 | FileCheck %s --check-prefix=EV
 * EV: error: probe description cpc:::nosuch-all-1000 does not match any probes [D_PDESC_ZERO]
 * RUN: not %dtc -e --btf %btf -n 'cpc:::cycles-any-1000 {}' 2>&1 | FileCheck %s --check-prefix=MODE
 * MODE: error: probe description cpc:::cycles-any-1000 does not match any probes [D_PDESC_ZERO]
 * RUN: not %dtc -e --btf %btf -n 'cpc:::cycles-all-1k {}' 2>&1 | FileCheck %s --check-prefix=CNT
 * CNT: error: probe description cpc:::cycles-all-1k does not match any probes [D_PDESC_ZERO]
 * RUN: not %dtc -e --btf %btf -n 'cpc:::cycles-all-umask_3-1000 {}' 2>&1 | FileCheck %s --check-prefix=ATTR
 * ATTR: error: probe description cpc:::cycles-all-umask_3-1000 does not match any probes [D_PDESC_ZERO]
 * RUN: not %dtc -e --btf %btf -n 'cpc:::CYCLES-all-1000 {}' 2>&1 | FileCheck %s --check-prefix=CASE
 * CASE: error: probe description cpc:::CYCLES-all-1000 does not match any probes [D_PDESC_ZERO]
 * RUN: not %dtc -e --btf %btf -n 'cpc:::cycles-all- {}' 2>&1 | FileCheck %s --check-prefix=EMPTY
 * EMPTY: error: probe description cpc:::cycles-all- does not match any probes [D_PDESC_ZERO]
 * A module or function that is not empty exactly makes none (provide()):
 * RUN: not %dtc -e --btf %btf -n 'cpc:*::cycles-all-1000 {}' 2>&1 | FileCheck %s --check-prefix=MOD
 * MOD: error: probe description cpc:*::cycles-all-1000 does not match any probes [D_PDESC_ZERO]
 * Nor does a pattern, which the listed probes do not match:
 * RUN: not %dtc -e --btf %btf -n 'cpc:::cycles-all-5* {}' 2>&1 | FileCheck %s --check-prefix=GLOB
 * GLOB: error: probe description cpc:::cycles-all-5* does not match any probes [D_PDESC_ZERO]
 * A provider with no such probe is no different (lockstat is one of dtc's):
 * RUN: not %dtc -e --btf %btf -n 'lockstat:::nosuch {}' 2>&1 | FileCheck %s --check-prefix=LOCK
 * LOCK: error: probe description lockstat:::nosuch does not match any probes [D_PDESC_ZERO]
 * cpc probes have no args[] (no probe_info):
 * RUN: not %dtc -e --btf %btf -n 'cpc:::cycles-all-1000 { trace(args[0]); }' 2>&1 | FileCheck %s --check-prefix=ARGS
 * ARGS: error: index 0 is out of range for cpc:::cycles-all-1000 args[ ] [D_ARGS_IDX]
 */
cpc:::cycles-user-50000,
cpc:::cpu_clock-kernel-10000,
cpc:::page_faults-all-0 {}
cpc:::l1_dcache_load_misses*, :::llc_load_m*, cpc:::cs-* { trace(arg0); }
