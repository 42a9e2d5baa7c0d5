/*
 * A probe description of too many fields is refused as it is parsed
 * (dt_node_pdesc_by_name(): D_PDESC_INVAL), before the first clause is
 * cooked: its type error is never reached.
 * RUN: not %dtc -S -o /dev/null %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+3]]:1: error: invalid probe description "a:b:c:d:e": Overspecified probe description [D_PDESC_INVAL]
 */
BEGIN { x = "a" + 1; }
a:b:c:d:e { }
