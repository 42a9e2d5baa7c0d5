/*
 * D_PROTO_LEN for the functions, actions and aggregating functions of
 * DTrace's identifier table (dt_open.c), worded from each prototype as
 * dt_idcook_sign() words it: "N expected" for a fixed count, "at least N"
 * below the required arguments of a prototype with optional ones or "...",
 * "at most N" above its last optional argument.  (lltostr() also takes
 * illumos's optional base.)  Part 8 of 9 (dtc stops after 20 errors).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: strrchr( ) prototype mismatch: 1 arg passed, 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: strstr( ) prototype mismatch: 3 args passed, 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: strstr( ) prototype mismatch: 1 arg passed, 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: strtok( ) prototype mismatch: 3 args passed, 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: strtok( ) prototype mismatch: 1 arg passed, 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: substr( ) prototype mismatch: 4 args passed, at most 3 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: substr( ) prototype mismatch: 1 arg passed, at least 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: sum( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: sum( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: sym( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: sym( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: system( ) prototype mismatch: 0 args passed, at least 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: trace( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: trace( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: tracemem( ) prototype mismatch: 4 args passed, at most 3 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: tracemem( ) prototype mismatch: 1 arg passed, at least 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: trunc( ) prototype mismatch: 3 args passed, at most 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: trunc( ) prototype mismatch: 0 args passed, at least 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: uaddr( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 */
BEGIN { strrchr(1); }
BEGIN { strstr(1, 1, 1); }
BEGIN { strstr(1); }
BEGIN { strtok(1, 1, 1); }
BEGIN { strtok(1); }
BEGIN { substr(1, 1, 1, 1); }
BEGIN { substr(1); }
BEGIN { @sum = sum(1, 1); }
BEGIN { @sum = sum(); }
BEGIN { sym(1, 1); }
BEGIN { sym(); }
BEGIN { system(); }
BEGIN { trace(1, 1); }
BEGIN { trace(); }
BEGIN { tracemem(1, 1, 1, 1); }
BEGIN { tracemem(1); }
BEGIN { trunc(1, 1, 1); }
BEGIN { trunc(); }
BEGIN { uaddr(1, 1); }
