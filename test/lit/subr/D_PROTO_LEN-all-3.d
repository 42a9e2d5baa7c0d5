/*
 * D_PROTO_LEN for the functions, actions and aggregating functions of
 * DTrace's identifier table (dt_open.c), worded from each prototype as
 * dt_idcook_sign() words it: "N expected" for a fixed count, "at least N"
 * below the required arguments of a prototype with optional ones or "...",
 * "at most N" above its last optional argument.  (lltostr() also takes
 * illumos's optional base.)  Part 3 of 9 (dtc stops after 20 errors).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: exit( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: exit( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: freopen( ) prototype mismatch: 0 args passed, at least 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: ftruncate( ) prototype mismatch: 1 arg passed, 0 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: func( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: func( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: getmajor( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: getmajor( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: getminor( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: getminor( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: htonl( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: htonl( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: htonll( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: htonll( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: htons( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: htons( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: index( ) prototype mismatch: 4 args passed, at most 3 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: index( ) prototype mismatch: 1 arg passed, at least 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: inet_ntoa( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 */
BEGIN { exit(1, 1); }
BEGIN { exit(); }
BEGIN { freopen(); }
BEGIN { ftruncate(1); }
BEGIN { func(1, 1); }
BEGIN { func(); }
BEGIN { getmajor(1, 1); }
BEGIN { getmajor(); }
BEGIN { getminor(1, 1); }
BEGIN { getminor(); }
BEGIN { htonl(1, 1); }
BEGIN { htonl(); }
BEGIN { htonll(1, 1); }
BEGIN { htonll(); }
BEGIN { htons(1, 1); }
BEGIN { htons(); }
BEGIN { index(1, 1, 1, 1); }
BEGIN { index(1); }
BEGIN { inet_ntoa(1, 1); }
