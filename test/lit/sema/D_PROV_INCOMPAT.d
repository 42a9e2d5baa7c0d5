/*
 * A provider defined again must declare the same probes with the same
 * prototypes (dt_node_provider_cmp(), dt_cook_provider()); the same
 * declaration again is fine.
 * RUN: not %dtc -h -s %s -o %t.h 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+10]]:16: error: probe app:::a output prototype argument #1 mismatch:
 * CHECK-NEXT: {{^}}	 current: long
 * CHECK-NEXT: {{^}}	previous: int [D_PROV_INCOMPAT]
 * CHECK: :[[@LINE+8]]:16: error: probe app:::a output prototype mismatch:
 * CHECK-NEXT: {{^}}	 current: 2 args
 * CHECK-NEXT: {{^}}	previous: 1 arg [D_PROV_INCOMPAT]
 * CHECK: :[[@LINE+6]]:16: error: provider interface mismatch: app
 */
provider app { probe a(int); };
provider app { probe a(int); };
provider app { probe a(long); };
provider app { probe a(int, int); };
provider app { probe b(int); };
