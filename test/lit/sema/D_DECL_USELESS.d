/*
 * A declaration without a name that declares no struct, union or enum is
 * useless (DTrace's dt_node_decl()), whatever its storage class.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+4]]:1: error: useless declaration [D_DECL_USELESS]
 * CHECK: :[[@LINE+4]]:1: error: useless declaration [D_DECL_USELESS]
 * CHECK: :[[@LINE+4]]:1: error: useless declaration [D_DECL_USELESS]
 */
int;
extern unsigned long;
typedef int;
struct fwd;
enum e { E0 };
BEGIN { exit(0); }
