/*
 * freopen("path") appends dtrun's later output to path (opened for append,
 * created if needed); freopen("") goes back to stdout; ftruncate()
 * empties the current output file; a path that cannot be opened (".",
 * formatted at run time) leaves the output as it was, with the probe's
 * library error in dtrace's words (dtrace_freopen()).  dtrace reopens
 * stdout in place, so a system() command's output goes to the freopen()'d
 * file too, and back to stdout after freopen("").
 * freopen() is destructive: without -w it is refused.
 * REQUIRES: root
 * RUN: rm -f %t.file && printf 'old\n' > %t.file
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -w %t.o %t.file > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace
 * RUN: FileCheck %s --check-prefix=FILE --input-file %t.file --strict-whitespace
 * RUN: FileCheck %s --check-prefix=ERR --input-file %t.err
 * RUN: not %dtrun -n 'BEGIN { freopen("/dev/null"); exit(0); }' 2>&1 | FileCheck %s --check-prefix=NOW
 * CHECK: {{^}}before{{$}}
 * CHECK-NEXT: {{^}}still stdout{{$}}
 * CHECK-NEXT: {{^}}back 3{{$}}
 * CHECK-NEXT: {{^}}sys stdout{{$}}
 * CHECK-NOT: {{.}}
 * FILE: {{^}}after truncate 2{{$}}
 * FILE-NEXT: {{^}}appended{{$}}
 * FILE-NEXT: {{^}}sys file{{$}}
 * FILE-NOT: {{.}}
 * ERR: dtrace: error in dt_clause_0 for probe ID 1 (dtrace:::BEGIN): couldn't freopen() ".": Is a directory{{$}}
 * NOW: dtrace: could not enable tracing: Destructive actions not allowed
 */
#pragma D option quiet
#pragma D option destructive

BEGIN
{
	printf("before\n");
	freopen("%s", ".");
	printf("still stdout\n");
	freopen("%s", $$1);
	printf("lost %d\n", 1);
	ftruncate();
	printf("after truncate %d\n", 2);
}

BEGIN
{
	freopen("%s", $$1);
	printf("appended\n");
	system("echo sys file");
	freopen("");
	printf("back %d\n", 3);
	system("echo sys stdout");
	exit(0);
}
