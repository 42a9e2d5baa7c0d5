/*
 * DTrace's identifiers that cannot act on Linux (builtins.c NOLINUX rows):
 * their prototypes are checked as DTrace's, then one clear error, not a
 * silent no-op and not "Unknown function".  msgsize()'s and msgdsize()'s
 * prototype names mblk_t, a type Linux lacks: resolving it fails every call
 * as it does in DTrace (dt_idcook_func(): D_UNKNOWN), after the arguments.
 * RUN: not %dtc -w -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+15]]:9: error: panic( ) cannot be implemented on Linux: BPF programs cannot panic the kernel [D_UNSUPPORTED]
 * CHECK: :[[@LINE+15]]:9: error: breakpoint( ) cannot be implemented on Linux: BPF programs cannot enter the kernel debugger [D_UNSUPPORTED]
 * CHECK: :[[@LINE+15]]:15: error: failed to resolve type of msgsize arg#1 (mblk_t *): Unknown type name [D_UNKNOWN]
 * CHECK-NEXT: BEGIN
 * CHECK-NEXT: ^
 * CHECK-NEXT: note: msgsize( ) cannot be implemented on Linux: mblk_t is a STREAMS message, and Linux has no STREAMS
 * CHECK: :[[@LINE+12]]:15: error: failed to resolve type of msgdsize arg#1 (mblk_t *): Unknown type name [D_UNKNOWN]
 * CHECK: :[[@LINE+12]]:15: error: ddi_pathname( ) cannot be implemented on Linux: it names a Solaris device-tree node, which Linux does not have [D_UNSUPPORTED]
 * (pcap( ) below is accepted: dtrun carries it out, sema/pcap.d, prov/pcap.test)
 * CHECK: :[[@LINE+12]]:9: error: panic( ) prototype mismatch: 1 arg passed, 0 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+12]]:15: error: failed to resolve type of msgsize arg#1 (mblk_t *): Unknown type name [D_UNKNOWN]
 * CHECK: :[[@LINE+12]]:9: error: pcap( ) prototype mismatch: 1 arg passed, 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+12]]:42: error: ddi_pathname( ) argument #2 is incompatible with prototype:
 * CHECK-NEXT: prototype: int64_t
 */
BEGIN { panic(); }
BEGIN { breakpoint(); }
BEGIN { trace(msgsize((void *)arg0)); }
BEGIN { trace(msgdsize((void *)arg0)); }
BEGIN { trace(ddi_pathname((void *)arg0, 0)); }
BEGIN { pcap((void *)arg0, PCAP_IP); }
BEGIN { panic(1); }
BEGIN { trace(msgsize()); }
BEGIN { pcap((void *)arg0); }
BEGIN { trace(ddi_pathname((void *)arg0, "x")); }
