/*
 * syscount.d: count system calls by process name for one second, then print
 * the aggregation (DTrace prints aggregations at exit).
 *   build/dtc examples/syscount.d -o build/syscount.bpf.o && build/dtrun build/syscount.bpf.o
 */
syscall:::entry
{
	@calls[execname] = count();
}

tick-1s
{
	exit(0);
}
