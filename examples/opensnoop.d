/*
 * opensnoop.d: print each openat() for five seconds: process, pid, path.
 *   build/dtc examples/opensnoop.d -o build/opensnoop.bpf.o && build/dtrun build/opensnoop.bpf.o
 */
#pragma D option quiet

BEGIN
{
	printf("%-16s %6s %s\n", "COMM", "PID", "PATH");
}

syscall::openat:entry
{
	printf("%-16s %6d %s\n", execname, pid, copyinstr(arg1));
}

tick-5s
{
	exit(0);
}
