/*
 * A provider name must not end with a digit (it could not be told from a
 * process ID: app1 in app1234) nor be longer than DTrace's 63 characters
 * (dt_node_provider()).
 * RUN: not %dtc -h -s %s -o %t.h 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+3]]:1: error: provider name may not end with a digit: app1 [D_PROV_BADNAME]
 * CHECK: :[[@LINE+3]]:1: error: provider name may not exceed 63 characters: a012345678901234567890123456789012345678901234567890123456789xyz [D_PROV_BADNAME]
 */
provider app1 { probe a(int); };
provider a012345678901234567890123456789012345678901234567890123456789xyz { probe a(int); };
