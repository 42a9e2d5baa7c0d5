/*
 * DTrace declares as it parses and compiles the clauses after the parse
 * (dt_compile()): a clause may use an inline, a variable's declared type
 * or a type declared below it.  z is the inline's 3, x is the char the
 * declaration below makes (x = 300 keeps 44), struct s is known.
 * REQUIRES: root
 * RUN: %dtrun -qs %s | FileCheck %s
 * CHECK: 3 44 8
 */
BEGIN { x = 300; printf("%d %d %d\n", z, x, sizeof (struct s)); exit(0); }
inline int z = 3;
char x;
struct s { int a; int b; };
