/*
 * A variable may not take the name of a typedef of D's own (int8_t ...
 * size_t, pid_t), of a D program or of the D library (psinfo_t), in any
 * scope; a kernel type's name (task_struct, a struct tag) is no typedef of
 * D's and may be taken.  A typedef may not take a built-in identifier's
 * name (dt_node_decl()).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+8]]:5: error: typedef identifier redeclared: uint8_t [D_DECL_IDRED]
 * CHECK: :[[@LINE+8]]:10: error: typedef identifier redeclared: size_t [D_DECL_IDRED]
 * CHECK: :[[@LINE+8]]:10: error: typedef identifier redeclared: pid_t [D_DECL_IDRED]
 * CHECK: :[[@LINE+11]]:5: error: typedef identifier redeclared: myint [D_DECL_IDRED]
 * CHECK: :[[@LINE+11]]:5: error: typedef identifier redeclared: psinfo_t [D_DECL_IDRED]
 * CHECK: :[[@LINE+11]]:5: error: typedef identifier redeclared: uint64_t [D_DECL_IDRED]
 * CHECK: :[[@LINE+11]]:13: error: global variable identifier redeclared: timestamp [D_DECL_IDRED]
 */
int uint8_t;
self int size_t;
this int pid_t;
int task_struct;
struct foo { int a; };
typedef int myint;
int myint;
int psinfo_t;
int uint64_t[int];
typedef int timestamp;
int foo;

BEGIN
{
	exit(0);
}
