/*
 * The kernel's 8-bit integers are not D's char: DTrace's dt_btf_add_to_ctf()
 * gives every 8-bit BTF integer but _Bool the encoding of D's unsigned char
 * (CTF_INT_CHAR, not signed), and ctf_type_compat() compares encodings.  So
 * dt_node_is_ptrcompat() refuses a kernel char array or pointer beside D's
 * char * (or signed char *, int8_t *, a string in -), and takes it beside
 * D's unsigned char * / uint8_t *.  Beside a string, == and ?: still
 * compare strings (dt_node_is_strcompat()): no error there.
 * RUN: not %dtc -xerrtags --btf %btf -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+18]]:6: error: operands have incompatible types: "string" - "char [16]" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+18]]:6: error: operands have incompatible types: "char *" - "char [16]" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+18]]:6: error: operands have incompatible types: "char [16]" == "char *" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+18]]:6: error: operands have incompatible types: "signed char *" < "char [16]" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+18]]:6: error: operands have incompatible types: "char [16]" != "int8_t *" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+18]]:6: error: operands have incompatible types: "char [16]" == "char *" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+18]]:6: error: operands have incompatible types: "char *" == "char *" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+18]]:6: error: operands have incompatible types: "char *" - "char *" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+18]]:8: error: operator ?: operands must have compatible types [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+18]]:8: error: operator ?: operands must have compatible types [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+18]]:6: error: operands have incompatible types: "char [16]" == "uchar_t *" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+18]]:2: error: operands have incompatible types: "int *" = "char [16]" [D_OP_INCOMPAT]
 */

int *ip;

BEGIN
{
	x = execname - curthread->comm;
	x = (char *)0 - curthread->comm;
	x = curthread->comm == (char *)0;
	x = (signed char *)0 < curthread->comm;
	x = curthread->comm != (int8_t *)0;
	x = curthread->comm + 1 == (char *)0;
	x = &curthread->comm[0] == (char *)0;
	x = &curthread->comm[0] - (char *)0;
	trace(arg0 ? curthread->comm : (char *)0);
	trace(arg0 ? (char *)0 : curthread->comm + 1);
	x = curpsinfo->pr_fname == (uchar_t *)0; /* a translated member: D's char */
	ip = curthread->comm;
}

/* compatible: D's unsigned char, void, 0, the same kernel type, a string */
BEGIN
{
	y = (uchar_t *)0 - curthread->comm;
	y = curthread->comm - (uint8_t *)0;
	y = curthread->comm == (unsigned char *)0;
	y = curthread->comm + 1 == (uchar_t *)0;
	y = curthread->comm != (void *)0;
	y = curthread->comm == 0;
	y = curthread->comm == curthread->real_parent->comm;
	y = curthread->comm - curthread->real_parent->comm;
	y = curthread->comm == execname;
	y = (string)curthread->comm - execname;
	trace(arg0 ? curthread->comm : (uint8_t *)0);
	trace(arg0 ? curthread->comm : execname);
	trace(arg0 ? curthread->comm : (void *)0);
	trace(1 ? curthread->comm : (char *)0); /* folded by the parser */
	this->p = (char *)0;
	this->p = curthread->comm;
	y = &curpsinfo->pr_fname[0] == (char *)0;
}
