/*
 * The scoping operator ` names kernel symbols; it may not appear in the
 * name a declaration, a member or an enumerator defines (DTrace's
 * dt_node_decl(), dt_decl_member(), dt_decl_enumerator()).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+4]]:5: error: D scoping operator may not be used in a declaration name (vmlinux`x) [D_DECL_SCOPE]
 * CHECK: :[[@LINE+4]]:16: error: D scoping operator may not be used in a member name (a`b) [D_DECL_SCOPE]
 * CHECK: :[[@LINE+4]]:10: error: D scoping operator may not be used in an enumerator name (E`0) [D_DECL_SCOPE]
 */
int vmlinux`x;
struct s { int a`b; };
enum e { E`0 };
BEGIN { exit(0); }
