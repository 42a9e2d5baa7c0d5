/*
 * Assignments DTrace's dt_node_is_argcompat() accepts once a variable's
 * type is fixed: integers of any size, the constant 0 and void pointers for
 * a pointer, and a char pointer for a string, whose value is then the
 * string at that address (read as stringof() reads it).
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s
 * CHECK-LABEL: dtc_clause_0(
 * CHECK: dtc_clause_1(
 * CHECK: dt_strcpy_n(dtg_s, DT_KSTR_COPY(c, 0, {{.*}}c->arg[0]
 */
BEGIN
{
	x = curthread;
	x = 0;
	x = (void *)arg0;
	x = curthread->real_parent;
	i = (char)1;
	i = 12345678901;
	self->p = curthread;
	self->p = 0;
	a[1] = "abc";
	a[2] = 0;
}
BEGIN
{
	s = "abc";
	s = (char *)arg0;
}
