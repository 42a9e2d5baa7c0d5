/*
 * A typedef of an array is named by its own name in messages, as
 * ctf_type_name() names the typedef (dt_node_type_name()): "ia_t", not
 * "int [3]"; so is a kernel typedef of an anonymous struct ("kuid_t", not
 * "struct <anon:N>").  dtc named the array or struct.
 * RUN: not %dtc -S -o - --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+11]]:2: error: operator = may not be applied to operand of type "ia_t" [D_OP_ARRFUN]
 * CHECK: :[[@LINE+11]]:8: error: operands have incompatible types: "ia_t" + "ca_t" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+11]]:8: error: operands have incompatible types: "kuid_t" + "int" [D_OP_INCOMPAT]
 */
typedef int ia_t[3];
typedef int ca_t[2];
ia_t g;
ca_t h;

BEGIN
{
	g = 1;
	trace(g + h);
	trace(curthread->cred->uid + 1);
}
