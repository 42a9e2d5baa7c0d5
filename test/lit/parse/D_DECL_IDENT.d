/*
 * Once a type name is shifted, dt_lex.l's id_or_type() scans a typedef
 * name as an identifier (dd_name set): it is the name being declared, and
 * a second name after it is a syntax error.  (dtrace reports what the
 * first declarator's dt_node_decl() says first, D_DECL_IDRED, because its
 * parser reduces init_declarator before it sees the error: not mirrored.)
 * After a struct tag the name is scanned before the tag is reduced and
 * dt_decl_spec() takes it as the declarator (dt_decl_ident()), so a
 * declarator after it is a second one, D_DECL_IDENT.  After signed,
 * unsigned, short or long (attributes, not type names) it is the type,
 * which they may not modify.
 * RUN: not %dtc -S -o /dev/null -n 'int uint32_t x;' 2>&1 | FileCheck %s --check-prefix=A
 * A: <command-line>:1:14: error: syntax error near "x;" [D_SYNTAX]
 * RUN: not %dtc -S -o /dev/null -n 'typedef int foo_t; foo_t foo_t x;' 2>&1 | FileCheck %s --check-prefix=B
 * B: <command-line>:1:32: error: syntax error near "x;" [D_SYNTAX]
 * RUN: not %dtc -S -o /dev/null -n 'struct s { int a; }; struct s uint64_t *p;' 2>&1 | FileCheck %s --check-prefix=C
 * C: <command-line>:1:40: error: old-style declaration or incorrect type specified [D_DECL_IDENT]
 * RUN: not %dtc -S -o /dev/null -n 'typedef int foo_t; typedef int foo_t x;' 2>&1 | FileCheck %s --check-prefix=D
 * D: <command-line>:1:38: error: syntax error near "x;" [D_SYNTAX]
 * RUN: not %dtc -S -o /dev/null -n 'unsigned uint32_t x;' 2>&1 | FileCheck %s --check-prefix=E
 * E: error: invalid type declaration: signed and unsigned may only be used with integer type [D_DECL_SIGNINT]
 * RUN: %dtc -S -o /dev/null -n 'uint32_t x; int uint32_ok; BEGIN { x = 1; }'
 */
