/*
 * -x version / #pragma D option version= removes the identifiers newer
 * than that version (libdtrace dt_reduce(), _dtrace_globals' versions):
 * substr (1.1), htonl (1.3), inet_ntoa (1.5), stddev (1.6), llquantize and
 * pcap (1.6.4), print (2.0) are undefined functions under 1.0, ucaller
 * (1.2) an unknown variable, and a name like any other to assign; strjoin
 * (1.0) stays.  2.0.1 is no version DTrace defines.
 * RUN: not %dtc -S -o - --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+11]]:15: error: undefined function name: substr [D_FUNC_UNDEF]
 * CHECK: :[[@LINE+11]]:15: error: undefined function name: htonl [D_FUNC_UNDEF]
 * CHECK: :[[@LINE+11]]:15: error: undefined function name: inet_ntoa [D_FUNC_UNDEF]
 * CHECK: :[[@LINE+11]]:14: error: undefined function name: stddev [D_FUNC_UNDEF]
 * CHECK: :[[@LINE+11]]:14: error: undefined function name: llquantize [D_FUNC_UNDEF]
 * CHECK: :[[@LINE+11]]:9: error: undefined function name: print [D_FUNC_UNDEF]
 * CHECK: :[[@LINE+11]]:15: error: failed to resolve ucaller: Unknown variable name [D_IDENT_UNDEF]
 * RUN: not %dtc -S -o /dev/null --btf %btf -x version=2.0.1 %s 2>&1 | FileCheck %s --check-prefix=V201
 * V201: failed to set -x version: Requested version is not supported by compiler
 */
#pragma D option version=1.0
BEGIN { trace(substr("abc", 1)); }
BEGIN { trace(htonl(1)); }
BEGIN { trace(inet_ntoa(&x)); }
BEGIN { @a = stddev(1); }
BEGIN { @b = llquantize(1, 10, 0, 2, 10); }
BEGIN { print(1); }
BEGIN { trace(ucaller); }
BEGIN { ucaller = 3; trace(ucaller); trace(strjoin("a", "b")); }
uint32_t x;
