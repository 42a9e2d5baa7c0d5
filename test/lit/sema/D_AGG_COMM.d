/*
 * dt_cg_clsflags() (libdtrace dt_cg.c): an aggregating action counts as
 * data-recording before commit() and speculate(), may not follow commit(),
 * and after speculate() a destructive action (copyout() too) is D_ACT_SPEC.
 * Every other action is data-recording: none may follow commit(), and
 * speculate() may not follow one.  commit() and discard() may follow
 * speculate(), and discard() restricts nothing.
 * RUN: not %dtc -w -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+9]]:20: error: aggregating actions may not follow commit( ) [D_AGG_COMM]
 * CHECK: :[[@LINE+9]]:23: error: commit( ) may not follow data-recording action(s) [D_COMM_DREC]
 * CHECK: :[[@LINE+9]]:25: error: speculate( ) may not follow data-recording action(s) [D_SPEC_DREC]
 * CHECK: :[[@LINE+9]]:23: error: destructive actions may not follow speculate( ) [D_ACT_SPEC]
 * CHECK: :[[@LINE+9]]:20: error: data-recording actions may not follow commit( ) [D_DREC_COMM]
 * CHECK: :[[@LINE+9]]:20: error: data-recording actions may not follow commit( ) [D_DREC_COMM]
 * CHECK: :[[@LINE+9]]:26: error: speculate( ) may not follow data-recording action(s) [D_SPEC_DREC]
 * CHECK: :[[@LINE+11]]:35: error: speculate( ) may not follow data-recording action(s) [D_SPEC_DREC]
 */
BEGIN { commit(1); @a = count(); }
BEGIN { @b = count(); commit(1); }
BEGIN { @c[1] = sum(1); speculate(1); }
BEGIN { speculate(1); copyoutstr("a", 0, 1); }
BEGIN { commit(1); printa(@a); }
BEGIN { commit(1); raise(9); }
BEGIN { setopt("quiet"); speculate(1); }
BEGIN { speculate(1); commit(2); discard(1); }
BEGIN { speculate(1); discard(2); trace(1); }
BEGIN { discard(1); @d = count(); speculate(1); }
