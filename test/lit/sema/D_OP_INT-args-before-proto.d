/*
 * A call's arguments are cooked before its prototype is checked
 * (dt_ident_cook(): dt_node_list_cook(), then di_cook = dt_idcook_func() ->
 * dt_idcook_sign(): the count, D_PROTO_LEN, then each argument's type,
 * D_PROTO_ARG): an argument's own error comes first, for every action and
 * subroutine, whether the count is too high or too low (sym() as a
 * statement too) or an earlier argument is of the wrong kind.
 * RUN: not %dtc -w -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+17]]:15: error: operator & requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+17]]:23: error: operator & requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+17]]:18: error: operator & requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+17]]:16: error: operator & requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+17]]:14: error: operator & requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+17]]:22: error: operator & requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+17]]:19: error: operator & requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+17]]:19: error: operator & requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+17]]:22: error: operator & requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+17]]:29: error: operator & requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+17]]:20: error: operator & requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+17]]:30: error: operator & requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+17]]:26: error: operator & requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+17]]:27: error: operator & requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+17]]:20: error: operator & requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+17]]:16: error: operator & requires operands of integral type [D_OP_INT]
 */
BEGIN { stop(("a" & 1)); }
BEGIN { ftruncate(1, ("a" & 1)); }
BEGIN { exit(0, ("a" & 1)); }
BEGIN { trace(("a" & 1), 2); }
BEGIN { sym(("a" & 1), 1); }
BEGIN { x = usym(1, ("a" & 1)); }
BEGIN { tracemem(("a" & 1)); }
BEGIN { stack(1, ("a" & 1)); }
BEGIN { ustack("s", ("a" & 1)); }
BEGIN { x = copyinstr("s", ("a" & 1)); }
BEGIN { setopt(1, ("a" & 1)); }
BEGIN { tracemem(arg0, "s", ("a" & 1)); }
BEGIN { x = speculation(("a" & 1)); }
BEGIN { print((void *)0, ("a" & 1)); }
BEGIN { commit(1, ("a" & 1)); }
BEGIN { raise(("a" & 1), 1); }
