/*
 * hello.d: the smallest D program.  BEGIN fires once when tracing starts.
 *   build/dtc examples/hello.d -o build/hello.bpf.o && build/dtrun build/hello.bpf.o
 */
BEGIN
{
	printf("hello, world\n");
	exit(0);
}
