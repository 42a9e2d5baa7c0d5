/*
 * dt_node_decl(): a global declaration may not reuse a built-in identifier
 * of libdtrace's (a variable, subroutine, action or aggregating function):
 * "built-in identifier redeclared" [D_DECL_IDRED]; under -x version those
 * newer than the version are not built-in (dt_reduce()), so a D 1.0 script
 * may declare strstr (1.1), sym (1.2) and stddev (1.6) as its own.
 * RUN: not %dtc -S -o /dev/null %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+10]]:5: error: built-in identifier redeclared: strstr [D_DECL_IDRED]
 * CHECK: :[[@LINE+10]]:5: error: built-in identifier redeclared: sym [D_DECL_IDRED]
 * CHECK: :[[@LINE+10]]:5: error: built-in identifier redeclared: stddev [D_DECL_IDRED]
 * CHECK: :[[@LINE+10]]:5: error: built-in identifier redeclared: count [D_DECL_IDRED]
 * CHECK: :[[@LINE+10]]:5: error: built-in identifier redeclared: execname [D_DECL_IDRED]
 * CHECK: :[[@LINE+10]]:9: error: function 'strstr' may not be referenced as scalar [D_IDENT_BADREF]
 * RUN: not %dtc -x version=1.0 -S -o /dev/null %s 2>&1 | FileCheck %s --check-prefix=V10 --implicit-check-not=error:
 * V10: :[[@LINE+6]]:5: error: built-in identifier redeclared: count [D_DECL_IDRED]
 * V10: :[[@LINE+6]]:5: error: built-in identifier redeclared: execname [D_DECL_IDRED]
 */
int strstr;
int sym;
int stddev;
int count;
int execname;
BEGIN { strstr = 1; exit(0); }
