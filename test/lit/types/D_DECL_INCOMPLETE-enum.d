/*
 * enum nosuch names a forward tag (dt_decl_type() adds one for an unknown
 * struct, union or enum), usable through a pointer only: a variable of
 * it (global, this->, self->, an associative array's value, an array's
 * element) is D_DECL_INCOMPLETE as dt_node_decl() finds, a member of it
 * too (dt_decl_member(), before a duplicate member name, which fails last
 * when ctf_add_member() runs), and a cast to it is D_CAST_INVAL (no
 * scalar, dt_cook_op2()).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+11]]:13: error: incomplete struct/union/enum enum nosuch: x [D_DECL_INCOMPLETE]
 * CHECK: :[[@LINE+11]]:18: error: incomplete struct/union/enum enum nosuch: y [D_DECL_INCOMPLETE]
 * CHECK: :[[@LINE+11]]:18: error: incomplete struct/union/enum enum nosuch: z [D_DECL_INCOMPLETE]
 * CHECK: :[[@LINE+11]]:13: error: incomplete struct/union/enum enum nosuch: a [D_DECL_INCOMPLETE]
 * CHECK: :[[@LINE+11]]:13: error: incomplete struct/union/enum enum nosuch: b [D_DECL_INCOMPLETE]
 * CHECK: :[[@LINE+11]]:31: error: incomplete struct/union/enum enum nosuch: e [D_DECL_INCOMPLETE]
 * CHECK: :[[@LINE+11]]:33: error: incomplete struct/union/enum enum nosuch: d [D_DECL_INCOMPLETE]
 * CHECK: :[[@LINE+11]]:27: error: failed to define member 'd': Duplicate member or variable name. [D_UNKNOWN]
 * CHECK: :[[@LINE+15]]:8: error: invalid cast expression: "int" to "enum nosuch" [D_CAST_INVAL]
 * CHECK-NOT: error:
 */
enum nosuch x;
this enum nosuch y;
self enum nosuch z;
enum nosuch a[int];
enum nosuch b[3];
struct s { int i; enum nosuch e; };
struct dup { int d; enum nosuch d; };
struct dup2 { int d; long d; };
enum nosuch *p;

BEGIN
{
	trace((enum nosuch)1);
	trace((long)p);
}
