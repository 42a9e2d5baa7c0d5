/*
 * D_PROTO_LEN for the functions, actions and aggregating functions of
 * DTrace's identifier table (dt_open.c), worded from each prototype as
 * dt_idcook_sign() words it: "N expected" for a fixed count, "at least N"
 * below the required arguments of a prototype with optional ones or "...",
 * "at most N" above its last optional argument.  (lltostr() also takes
 * illumos's optional base.)  Part 9 of 9 (dtc stops after 20 errors).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+9]]:{{[0-9]+}}: error: uaddr( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+9]]:{{[0-9]+}}: error: ufunc( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+9]]:{{[0-9]+}}: error: ufunc( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+9]]:{{[0-9]+}}: error: umod( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+9]]:{{[0-9]+}}: error: umod( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+9]]:{{[0-9]+}}: error: ustack( ) prototype mismatch: 3 args passed, at most 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+9]]:{{[0-9]+}}: error: usym( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+9]]:{{[0-9]+}}: error: usym( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 */
BEGIN { uaddr(); }
BEGIN { ufunc(1, 1); }
BEGIN { ufunc(); }
BEGIN { umod(1, 1); }
BEGIN { umod(); }
BEGIN { ustack(1, 1, 1); }
BEGIN { usym(1, 1); }
BEGIN { usym(); }
