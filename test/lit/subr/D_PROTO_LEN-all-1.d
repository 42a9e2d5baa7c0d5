/*
 * D_PROTO_LEN for the functions, actions and aggregating functions of
 * DTrace's identifier table (dt_open.c), worded from each prototype as
 * dt_idcook_sign() words it: "N expected" for a fixed count, "at least N"
 * below the required arguments of a prototype with optional ones or "...",
 * "at most N" above its last optional argument.  (lltostr() also takes
 * illumos's optional base.)  Part 1 of 9 (dtc stops after 20 errors).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: alloca( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: alloca( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: avg( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: avg( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: basename( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: basename( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: bcopy( ) prototype mismatch: 4 args passed, 3 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: bcopy( ) prototype mismatch: 2 args passed, 3 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: breakpoint( ) prototype mismatch: 1 arg passed, 0 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: chill( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: chill( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: cleanpath( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: cleanpath( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: clear( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: clear( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: commit( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: commit( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: copyin( ) prototype mismatch: 3 args passed, 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: copyin( ) prototype mismatch: 1 arg passed, 2 expected [D_PROTO_LEN]
 */
BEGIN { alloca(1, 1); }
BEGIN { alloca(); }
BEGIN { @avg = avg(1, 1); }
BEGIN { @avg = avg(); }
BEGIN { basename(1, 1); }
BEGIN { basename(); }
BEGIN { bcopy(1, 1, 1, 1); }
BEGIN { bcopy(1, 1); }
BEGIN { breakpoint(1); }
BEGIN { chill(1, 1); }
BEGIN { chill(); }
BEGIN { cleanpath(1, 1); }
BEGIN { cleanpath(); }
BEGIN { clear(1, 1); }
BEGIN { clear(); }
BEGIN { commit(1, 1); }
BEGIN { commit(); }
BEGIN { copyin(1, 1, 1); }
BEGIN { copyin(1); }
