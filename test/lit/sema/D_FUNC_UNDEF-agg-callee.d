/*
 * An aggregation's name is an identifier (dt_node_ident(): "@a", and "@_"
 * for the plain @), so calling one is D_FUNC_UNDEF ("undefined function
 * name: @a"), as it is parsed, not D_FUNC_IDENT.
 * RUN: not %dtc -S -o /dev/null %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+3]]:9: error: undefined function name: @_ [D_FUNC_UNDEF]
 */
BEGIN { x = "a" + 1; }
BEGIN { @(1); }
