/*
 * What may follow speculate() and commit() in a clause, as libdtrace's
 * dt_cg_clsflags() decides; discard() restricts nothing; speculate() needs
 * its ID.  nspec=0 is a valid count (no speculation).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+8]]:20: error: data-recording actions may not follow commit( ) [D_DREC_COMM]
 * CHECK: :[[@LINE+8]]:19: error: commit( ) may not follow data-recording action(s) [D_COMM_DREC]
 * CHECK: :[[@LINE+8]]:20: error: speculate( ) may not follow commit( ) [D_SPEC_COMM]
 * CHECK: :[[@LINE+8]]:23: error: aggregating actions may not follow speculate( ) [D_AGG_SPEC]
 * CHECK: :[[@LINE+8]]:23: error: exit( ) may not follow speculate( ) [D_EXIT_SPEC]
 * CHECK: :[[@LINE+8]]:9: error: speculate( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+8]]:23: error: speculate( ) may not follow speculate( ) [D_SPEC_SPEC]
 */
BEGIN { commit(1); trace(1); }
BEGIN { trace(1); commit(1); }
BEGIN { commit(1); speculate(1); }
BEGIN { speculate(1); @ = count(); }
BEGIN { speculate(1); exit(0); }
BEGIN { speculate(); }
BEGIN { speculate(1); speculate(2); }
#pragma D option nspec=0
BEGIN { discard(1); trace(1); }
BEGIN { commit(2); discard(3); commit(3); }
