/*
 * stop(), panic(), chill() and breakpoint() have no BPF equivalent: a clear
 * compile-time error, not a silent no-op.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+5]]:9: error: stop( ) cannot be implemented on Linux: BPF programs cannot stop a process synchronously [D_UNSUPPORTED]
 * CHECK: :[[@LINE+5]]:9: error: panic( ) cannot be implemented on Linux: BPF programs cannot panic the kernel [D_UNSUPPORTED]
 * CHECK: :[[@LINE+5]]:9: error: chill( ) cannot be implemented on Linux: BPF programs cannot spin the CPU for a given time [D_UNSUPPORTED]
 * CHECK: :[[@LINE+5]]:9: error: breakpoint( ) cannot be implemented on Linux: BPF programs cannot enter the kernel debugger [D_UNSUPPORTED]
 */
BEGIN { stop(); }
BEGIN { panic(); }
BEGIN { chill(100); }
BEGIN { breakpoint(); }
