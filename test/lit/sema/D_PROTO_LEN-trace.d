/*
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s
 * CHECK: :[[@LINE+3]]:2: error: trace( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 */
BEGIN {
	trace();
}
