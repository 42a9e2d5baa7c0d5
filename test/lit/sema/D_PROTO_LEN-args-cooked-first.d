/*
 * dt_ident_cook() cooks a call's arguments in order (dt_node_list_cook())
 * before the function's cook counts them against its prototype
 * (dt_idcook_func(), dt_idcook_sign()): with too many arguments, the first
 * argument's own error comes first, not D_PROTO_LEN.  Each call here is a
 * bad cast then a count no prototype allows.
 * RUN: not %dtc -w -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+21]]:{{[0-9]+}}: error: invalid cast expression: "string" to "int8_t" [D_CAST_INVAL]
 * CHECK: :[[@LINE+21]]:{{[0-9]+}}: error: invalid cast expression: "string" to "int8_t" [D_CAST_INVAL]
 * CHECK: :[[@LINE+21]]:{{[0-9]+}}: error: invalid cast expression: "string" to "int8_t" [D_CAST_INVAL]
 * CHECK: :[[@LINE+21]]:{{[0-9]+}}: error: invalid cast expression: "string" to "int8_t" [D_CAST_INVAL]
 * CHECK: :[[@LINE+21]]:{{[0-9]+}}: error: invalid cast expression: "string" to "int8_t" [D_CAST_INVAL]
 * CHECK: :[[@LINE+21]]:{{[0-9]+}}: error: invalid cast expression: "string" to "int8_t" [D_CAST_INVAL]
 * CHECK: :[[@LINE+21]]:{{[0-9]+}}: error: invalid cast expression: "string" to "int8_t" [D_CAST_INVAL]
 * CHECK: :[[@LINE+21]]:{{[0-9]+}}: error: invalid cast expression: "string" to "int8_t" [D_CAST_INVAL]
 * CHECK: :[[@LINE+21]]:{{[0-9]+}}: error: invalid cast expression: "string" to "int8_t" [D_CAST_INVAL]
 * CHECK: :[[@LINE+21]]:{{[0-9]+}}: error: invalid cast expression: "string" to "int8_t" [D_CAST_INVAL]
 * CHECK: :[[@LINE+21]]:{{[0-9]+}}: error: invalid cast expression: "string" to "int8_t" [D_CAST_INVAL]
 * CHECK: :[[@LINE+21]]:{{[0-9]+}}: error: invalid cast expression: "string" to "int8_t" [D_CAST_INVAL]
 * CHECK: :[[@LINE+21]]:{{[0-9]+}}: error: invalid cast expression: "string" to "int8_t" [D_CAST_INVAL]
 * CHECK: :[[@LINE+21]]:{{[0-9]+}}: error: invalid cast expression: "string" to "int8_t" [D_CAST_INVAL]
 * CHECK: :[[@LINE+21]]:{{[0-9]+}}: error: invalid cast expression: "string" to "int8_t" [D_CAST_INVAL]
 * CHECK: :[[@LINE+21]]:{{[0-9]+}}: error: invalid cast expression: "string" to "int8_t" [D_CAST_INVAL]
 * CHECK: :[[@LINE+21]]:{{[0-9]+}}: error: invalid cast expression: "string" to "int8_t" [D_CAST_INVAL]
 * CHECK: :[[@LINE+21]]:{{[0-9]+}}: error: invalid cast expression: "string" to "int8_t" [D_CAST_INVAL]
 * RUN: not %dtrun -xerrtags -e -w -n 'BEGIN { stack((int8_t)"a", nosuch); }' 2>&1 | FileCheck %s --check-prefix=DTRACE
 * DTRACE: [D_CAST_INVAL] in action list: invalid cast expression: "string" to "int8_t"{{$}}
 */
BEGIN { trace((int8_t)"a", 1, 2, 3); }
BEGIN { print((int8_t)"a", 1, 2, 3); }
BEGIN { stack((int8_t)"a", 1, 2, 3); }
BEGIN { ustack((int8_t)"a", 1, 2, 3); }
BEGIN { tracemem((int8_t)"a", 1, 2, 3); }
BEGIN { exit((int8_t)"a", 1, 2, 3); }
BEGIN { raise((int8_t)"a", 1, 2, 3); }
BEGIN { stop((int8_t)"a", 1, 2, 3); }
BEGIN { chill((int8_t)"a", 1, 2, 3); }
BEGIN { ftruncate((int8_t)"a", 1, 2, 3); }
BEGIN { speculate((int8_t)"a", 1, 2, 3); }
BEGIN { commit((int8_t)"a", 1, 2, 3); }
BEGIN { discard((int8_t)"a", 1, 2, 3); }
BEGIN { sym((int8_t)"a", 1, 2, 3); }
BEGIN { usym((int8_t)"a", 1, 2, 3); }
BEGIN { uaddr((int8_t)"a", 1, 2, 3); }
BEGIN { copyinstr((int8_t)"a", 1, 2, 3); }
BEGIN { speculation((int8_t)"a", 1, 2, 3); }
