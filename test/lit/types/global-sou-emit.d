/*
 * Global structs and arrays are C globals; a non-constant index is
 * checked against the bound ("index out of bounds", as Oracle's
 * dt_cg_arithmetic_op()), a constant one is not.
 * RUN: %dtc -S -o - %s | FileCheck %s
 * CHECK-DAG: int dtg_a[5];
 * CHECK-DAG: struct dtu_foo dtg_x;
 * CHECK-DAG: struct dtu_foo dtg_xs[2][3];
 * CHECK-DAG: signed char dtg_buf[16];
 * CHECK-LABEL: dtc_clause_0
 * CHECK: ((dtg_x)).a = (((long long)1ULL))
 * CHECK: ((dtg_a))[((int)2ULL)] = (((long long)3ULL))
 * CHECK: if (_i >= 5) { __u64 _bi = _i; asm volatile("" : "+r"(_bi)); DT_FAULT(c, DTRACEFLT_BADINDEX, _bi * 4 / 4); } &((dtg_a))[_i];
 * CHECK: if (_i >= 3) { {{.*}} DT_FAULT(c, DTRACEFLT_BADINDEX, {{.*}}); } &(((dtg_xs))[((int)1ULL)])[_i];
 * trace() of a char array records its bytes (dt_cg_store_val(): no string)
 * CHECK: const void *_a = (const void *)(&((dtg_buf)));
 * CHECK-NEXT: #line
 * CHECK-NEXT: bpf_probe_read_kernel(_p, 16, _a);
 */
struct foo { int a; };
struct foo x;
int a[5];
struct foo xs[2][3];
char buf[16];
BEGIN
{
	x.a = 1;
	a[2] = 3;
	i = 0;
	a[i] = 4;
	xs[1][i].a = 2;
	trace(buf);
}
