/*
 * D_PROTO_LEN for the functions, actions and aggregating functions of
 * DTrace's identifier table (dt_open.c), worded from each prototype as
 * dt_idcook_sign() words it: "N expected" for a fixed count, "at least N"
 * below the required arguments of a prototype with optional ones or "...",
 * "at most N" above its last optional argument.  (lltostr() also takes
 * illumos's optional base.)  Part 6 of 9 (dtc stops after 20 errors).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: pcap( ) prototype mismatch: 3 args passed, 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: pcap( ) prototype mismatch: 1 arg passed, 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: print( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: print( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: print( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: print( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: printa( ) prototype mismatch: 0 args passed, at least 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: printf( ) prototype mismatch: 0 args passed, at least 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: progenyof( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: progenyof( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: quantize( ) prototype mismatch: 0 args passed, at least 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: raise( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: raise( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: rand( ) prototype mismatch: 1 arg passed, 0 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: rindex( ) prototype mismatch: 4 args passed, at most 3 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: rindex( ) prototype mismatch: 1 arg passed, at least 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: rw_iswriter( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: rw_iswriter( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+20]]:{{[0-9]+}}: error: rw_read_held( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 */
BEGIN { pcap(1, 1, 1); }
BEGIN { pcap(1); }
BEGIN { print(1, 1); }
BEGIN { print(); }
BEGIN { print(1, 1); }
BEGIN { print(); }
BEGIN { printa(); }
BEGIN { printf(); }
BEGIN { progenyof(1, 1); }
BEGIN { progenyof(); }
BEGIN { @quantize = quantize(); }
BEGIN { raise(1, 1); }
BEGIN { raise(); }
BEGIN { rand(1); }
BEGIN { rindex(1, 1, 1, 1); }
BEGIN { rindex(1); }
BEGIN { rw_iswriter(1, 1); }
BEGIN { rw_iswriter(); }
BEGIN { rw_read_held(1, 1); }
