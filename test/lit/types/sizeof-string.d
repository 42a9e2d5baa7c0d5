/*
 * sizeof of a string constant is its length plus the NUL, escapes decoded
 * (DTrace's dt_node_type_size()); of a string type or variable, strsize;
 * of a kernel char array, the array's size.
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s
 * CHECK-LABEL: dtc_clause_0(
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned long long)4ULL)));
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned long long)1ULL)));
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned long long)3ULL)));
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned long long)100ULL)));
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned long long)100ULL)));
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned long long)16ULL)));
 */
#pragma D option strsize=100
BEGIN
{
	trace(sizeof("abc"));
	trace(sizeof(""));
	trace(sizeof("a\n"));
	trace(sizeof(string));
	trace(sizeof(execname));
	trace(sizeof(curthread->comm));
}
