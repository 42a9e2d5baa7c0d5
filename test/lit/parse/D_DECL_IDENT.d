/*
 * A typedef name after a type name is the name being declared, not a
 * second type (dt_decl_spec()): a declarator after it is a second name,
 * D_DECL_IDENT, and in a typedef the name is redeclared (D_DECL_IDRED);
 * after signed, unsigned, short or long (attributes, not type names) it
 * is the type, which they may not modify.
 * RUN: not %dtc -S -o /dev/null -n 'int uint32_t x;' 2>&1 | FileCheck %s --check-prefix=A
 * A: <command-line>:1:5: error: old-style declaration or incorrect type specified [D_DECL_IDENT]
 * RUN: not %dtc -S -o /dev/null -n 'typedef int foo_t; foo_t foo_t x;' 2>&1 | FileCheck %s --check-prefix=B
 * B: <command-line>:1:26: error: old-style declaration or incorrect type specified [D_DECL_IDENT]
 * RUN: not %dtc -S -o /dev/null -n 'struct s { int a; }; struct s uint64_t *p;' 2>&1 | FileCheck %s --check-prefix=C
 * C: <command-line>:1:31: error: old-style declaration or incorrect type specified [D_DECL_IDENT]
 * RUN: not %dtc -S -o /dev/null -n 'typedef int foo_t; typedef int foo_t x;' 2>&1 | FileCheck %s --check-prefix=D
 * D: <command-line>:1:32: error: typedef redeclared: foo_t [D_DECL_IDRED]
 * RUN: not %dtc -S -o /dev/null -n 'unsigned uint32_t x;' 2>&1 | FileCheck %s --check-prefix=E
 * E: error: invalid type declaration: signed and unsigned may only be used with integer type [D_DECL_SIGNINT]
 * RUN: %dtc -S -o /dev/null -n 'uint32_t x; int uint32_ok; BEGIN { x = 1; }'
 */
