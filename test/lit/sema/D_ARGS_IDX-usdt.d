/*
 * args[] of a probe of a provider defined in the script: its output
 * prototype's types, and an index past its arguments is an error; a clause
 * whose probes give args[0] different types is one too.
 * RUN: not %dtc -e --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+10]]:30: error: index 2 is out of range for app:::start args[ ] [D_ARGS_IDX]
 * CHECK: :[[@LINE+15]]:8: error: args[0] has different types in the probes of this clause [D_ARGS_TYPE]
 */
provider app {
	probe start(char *, int);
	probe stop(int);
};

app$target:::start
{
	printf("%s %d\n", copyinstr(args[2]), args[1]);
}

app$target:::start,
app$target:::stop
{
	trace(args[0]);
}
