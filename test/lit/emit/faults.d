/*
 * Division checks for zero and copyinstr checks its address; both fault.
 * RUN: %dtc -S -o - %s | FileCheck %s
 * CHECK: DT_DIV(c, (long long)((dtg_a)), (long long)(((long long)2ULL)))
 * CHECK: DT_COPYINSTR(c, 0, ((long long)c->arg[1]))
 * CHECK: fault: __attribute__((unused));
 * CHECK: static __noinline void dtc_error(struct dt_ctx *fc)
 */
syscall::openat:entry
{
	a = 10;
	a = a / 2;
	printf("%s\n", copyinstr(arg1));
}
