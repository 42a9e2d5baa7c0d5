/*
 * Past the first clause of a syscall program, each clause runs only while
 * tracing is active (after exit() in an earlier clause it does not, as for
 * every other probe), and only for the syscalls its descriptions match.
 *
 * RUN: %dtc -S -o - --btf %S/../Inputs/min.btf %s | FileCheck %s
 * CHECK-LABEL: int dtc_p0(struct bpf_raw_tracepoint_args *ctx)
 * CHECK: if (dtc_sys_on[0][nr]) {
 * The statement is the description that matched the syscall (dtc_dsc[]):
 * CHECK-NEXT: c.stmt = 0 + dtc_dsc[0 + nr] - 1;
 * CHECK-NEXT: if (dtc_clause_0(&c))
 * CHECK: if (dtc_sys_on[1][nr] &&
 * CHECK-NEXT: dtc_activity == DT_ACTIVITY_ACTIVE) {
 * CHECK-NEXT: c.stmt = 2;
 * CHECK-NEXT: if (dtc_clause_1(&c))
 */
syscall::getppid:entry, syscall::getpid:entry
{
	exit(0);
}

syscall::getppid:entry
{
	trace(1);
}
