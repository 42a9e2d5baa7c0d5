/*
 * At parse time a global a clause assigns is not yet declared (DTrace
 * creates it as it cooks the clause): foo() is D_FUNC_UNDEF, not
 * D_FUNC_IDKIND, though foo = 1 comes before it.  A variable a declaration
 * above makes is known: bar() is "scalar 'bar' may not be referenced as a
 * function", and it too comes before the first clause's type error.
 * RUN: not %dtc -C -S -o /dev/null %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * RUN: not %dtc -C -D SECOND -S -o /dev/null %s 2>&1 | FileCheck %s --check-prefix=KIND --implicit-check-not=error:
 * CHECK: :[[@LINE+5]]:18: error: undefined function name: foo [D_FUNC_UNDEF]
 * KIND: :[[@LINE+7]]:9: error: scalar 'bar' may not be referenced as a function [D_FUNC_IDKIND]
 */
BEGIN { x = "a" + 1; }
#ifndef SECOND
BEGIN { foo = 1; foo(); }
#else
int bar;
BEGIN { bar(); }
#endif
