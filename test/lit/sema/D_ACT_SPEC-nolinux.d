/*
 * After speculate(), a destructive action is D_ACT_SPEC even where Linux
 * cannot carry it out: libdtrace's dt_cg_clsflags() runs before the
 * action's own code generation (dt_cg_act_panic(), dt_cg_act_breakpoint()),
 * so that refusal comes second, and dtrace stops at the first.
 * RUN: not %dtc -w -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+7]]:23: error: destructive actions may not follow speculate( ) [D_ACT_SPEC]
 * CHECK: :[[@LINE+6]]:23: error: panic( ) cannot be implemented on Linux: BPF programs cannot panic the kernel [D_UNSUPPORTED]
 * CHECK: :[[@LINE+6]]:23: error: destructive actions may not follow speculate( ) [D_ACT_SPEC]
 * CHECK: :[[@LINE+5]]:23: error: breakpoint( ) cannot be implemented on Linux: BPF programs cannot enter the kernel debugger [D_UNSUPPORTED]
 * RUN: not %dtrun -w -xerrtags -e -s %s 2>&1 | FileCheck --check-prefix=DT %s
 * DT: failed to compile script {{.*}}: [D_ACT_SPEC] line [[@LINE+2]]: destructive actions may not follow speculate( )
 */
BEGIN { speculate(1); panic(); }
BEGIN { speculate(1); breakpoint(); }
