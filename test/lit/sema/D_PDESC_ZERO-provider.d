/*
 * A provider no host can offer is an error at compile time.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s
 * CHECK: :[[@LINE+2]]:1: error: probe description nosuch:::probe does not match any probes [D_PDESC_ZERO]
 */
nosuch:::probe { }
