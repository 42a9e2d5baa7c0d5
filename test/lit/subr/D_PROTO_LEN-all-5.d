/*
 * D_PROTO_LEN for the functions, actions and aggregating functions of
 * DTrace's identifier table (dt_open.c), worded from each prototype as
 * dt_idcook_sign() words it: "N expected" for a fixed count, "at least N"
 * below the required arguments of a prototype with optional ones or "...",
 * "at most N" above its last optional argument.  (lltostr() also takes
 * illumos's optional base.)  Part 5 of 9 (dtc stops after 20 errors).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: failed to resolve type of msgsize arg#1 (mblk_t *): Unknown type name [D_UNKNOWN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: failed to resolve type of msgsize arg#1 (mblk_t *): Unknown type name [D_UNKNOWN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: mutex_owned( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: mutex_owned( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: mutex_owner( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: mutex_owner( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: mutex_type_adaptive( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: mutex_type_adaptive( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: mutex_type_spin( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: mutex_type_spin( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: normalize( ) prototype mismatch: 3 args passed, 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: normalize( ) prototype mismatch: 1 arg passed, 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: ntohl( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: ntohl( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: ntohll( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: ntohll( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: ntohs( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: ntohs( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: panic( ) prototype mismatch: 1 arg passed, 0 expected [D_PROTO_LEN]
 */
BEGIN { msgsize(1, 1); }
BEGIN { msgsize(); }
BEGIN { mutex_owned(1, 1); }
BEGIN { mutex_owned(); }
BEGIN { mutex_owner(1, 1); }
BEGIN { mutex_owner(); }
BEGIN { mutex_type_adaptive(1, 1); }
BEGIN { mutex_type_adaptive(); }
BEGIN { mutex_type_spin(1, 1); }
BEGIN { mutex_type_spin(); }
BEGIN { normalize(1, 1, 1); }
BEGIN { normalize(1); }
BEGIN { ntohl(1, 1); }
BEGIN { ntohl(); }
BEGIN { ntohll(1, 1); }
BEGIN { ntohll(); }
BEGIN { ntohs(1, 1); }
BEGIN { ntohs(); }
BEGIN { panic(1); }
