/*
 * D_PROTO_LEN for the functions, actions and aggregating functions of
 * DTrace's identifier table (dt_open.c), worded from each prototype as
 * dt_idcook_sign() words it: "N expected" for a fixed count, "at least N"
 * below the required arguments of a prototype with optional ones or "...",
 * "at most N" above its last optional argument.  (lltostr() also takes
 * illumos's optional base.)  Part 4 of 9 (dtc stops after 20 errors).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: inet_ntoa( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: inet_ntoa6( ) prototype mismatch: 3 args passed, at most 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: inet_ntoa6( ) prototype mismatch: 0 args passed, at least 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: inet_ntop( ) prototype mismatch: 3 args passed, 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: inet_ntop( ) prototype mismatch: 1 arg passed, 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: jstack( ) prototype mismatch: 3 args passed, at most 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: link_ntop( ) prototype mismatch: 3 args passed, 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: link_ntop( ) prototype mismatch: 1 arg passed, 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: llquantize( ) prototype mismatch: 4 args passed, at least 5 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: lltostr( ) prototype mismatch: 0 args passed, at least 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: lquantize( ) prototype mismatch: 2 args passed, at least 3 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: max( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: max( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: min( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: min( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: mod( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: mod( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: failed to resolve type of msgdsize arg#1 (mblk_t *): Unknown type name [D_UNKNOWN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: failed to resolve type of msgdsize arg#1 (mblk_t *): Unknown type name [D_UNKNOWN]
 */
BEGIN { inet_ntoa(); }
BEGIN { inet_ntoa6(1, 1, 1); }
BEGIN { inet_ntoa6(); }
BEGIN { inet_ntop(1, 1, 1); }
BEGIN { inet_ntop(1); }
BEGIN { jstack(1, 1, 1); }
BEGIN { link_ntop(1, 1, 1); }
BEGIN { link_ntop(1); }
BEGIN { @llquantize = llquantize(1, 1, 1, 1); }
BEGIN { lltostr(); }
BEGIN { @lquantize = lquantize(1, 1); }
BEGIN { @max = max(1, 1); }
BEGIN { @max = max(); }
BEGIN { @min = min(1, 1); }
BEGIN { @min = min(); }
BEGIN { mod(1, 1); }
BEGIN { mod(); }
BEGIN { msgdsize(1, 1); }
BEGIN { msgdsize(); }
