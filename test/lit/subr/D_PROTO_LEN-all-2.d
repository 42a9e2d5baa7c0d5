/*
 * D_PROTO_LEN for the functions, actions and aggregating functions of
 * DTrace's identifier table (dt_open.c), worded from each prototype as
 * dt_idcook_sign() words it: "N expected" for a fixed count, "at least N"
 * below the required arguments of a prototype with optional ones or "...",
 * "at most N" above its last optional argument.  (lltostr() also takes
 * illumos's optional base.)  Part 2 of 9 (dtc stops after 20 errors).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: copyinstr( ) prototype mismatch: 3 args passed, at most 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: copyinstr( ) prototype mismatch: 0 args passed, at least 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: copyinto( ) prototype mismatch: 4 args passed, 3 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: copyinto( ) prototype mismatch: 2 args passed, 3 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: copyout( ) prototype mismatch: 4 args passed, 3 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: copyout( ) prototype mismatch: 2 args passed, 3 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: copyoutstr( ) prototype mismatch: 4 args passed, 3 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: copyoutstr( ) prototype mismatch: 2 args passed, 3 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: count( ) prototype mismatch: 1 arg passed, 0 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: d_path( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: d_path( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: ddi_pathname( ) prototype mismatch: 3 args passed, 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: ddi_pathname( ) prototype mismatch: 1 arg passed, 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: denormalize( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: denormalize( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: dirname( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: dirname( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: discard( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: discard( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 */
BEGIN { copyinstr(1, 1, 1); }
BEGIN { copyinstr(); }
BEGIN { copyinto(1, 1, 1, 1); }
BEGIN { copyinto(1, 1); }
BEGIN { copyout(1, 1, 1, 1); }
BEGIN { copyout(1, 1); }
BEGIN { copyoutstr(1, 1, 1, 1); }
BEGIN { copyoutstr(1, 1); }
BEGIN { @count = count(1); }
BEGIN { d_path(1, 1); }
BEGIN { d_path(); }
BEGIN { ddi_pathname(1, 1, 1); }
BEGIN { ddi_pathname(1); }
BEGIN { denormalize(1, 1); }
BEGIN { denormalize(); }
BEGIN { dirname(1, 1); }
BEGIN { dirname(); }
BEGIN { discard(1, 1); }
BEGIN { discard(); }
