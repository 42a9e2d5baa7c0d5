/*
 * strtok() as DTrace's: strtok(NULL, d) goes on from the delimiter that
 * ended the last token (so new delimiters apply to it), across clauses;
 * no token is NULL, which == NULL tests and any other use faults, as does
 * strtok(NULL, d) in a probe firing that gave no string (tick-1ms here).
 * cleanpath(), strstr() and strchr() returning NULL.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --strict-whitespace < %t.out
 * RUN: FileCheck %s --check-prefix=ERR < %t.err
 * CHECK: {{^}}[defghijklmnopqrstuvwxyz]{{$}}
 * CHECK-NEXT: {{^}}[ABCDEFGHIJKL]{{$}}
 * CHECK-NEXT: {{^}}[PQRSTUVWXYZabcdefghijklmnopqrstuvwxyzABCDEFGHIJKL]{{$}}
 * CHECK-NEXT: {{^}}[MNOPQRSTUVWXYZ]{{$}}
 * CHECK-NEXT: {{^}}NULL 1 1 1{{$}}
 * CHECK-NEXT: {{^}}[foo] [bar]{{$}}
 * CHECK-NEXT: {{^}}[/sys/foo] [/a] [a/b] [/.x/..y] [/]{{$}}
 * CHECK-NEXT: {{^}}strstr 1 0 strchr 1 0 [barbaz]{{$}}
 * CHECK-NEXT: {{^}}fault 1{{$}}
 * CHECK-NEXT: {{^}}fault 1{{$}}
 * CHECK-NOT: never
 * ERR: dtrace: error {{.*}}(dtrace:::BEGIN): invalid address (0x0)
 * ERR: dtrace: error {{.*}}(profile:::tick-1ms): invalid address (0x0)
 */
#pragma D option quiet

BEGIN
{
	x = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
	y = "abcABC";
	printf("[%s]\n", strtok(x, y));
	y = "MNO";
	printf("[%s]\n", strtok(NULL, y));
	printf("[%s]\n", strtok(NULL, y));
}

BEGIN
{
	printf("[%s]\n", strtok(NULL, "0123456789"));
	printf("%s %d %d %d\n", strtok(NULL, "x") == NULL ? "NULL" : "BAD", strtok("", "") == NULL,
	    strtok("abc", "abc") == NULL, strtok("a", "") != NULL);
	printf("[%s] ", strtok(",,foo,,bar", ","));
	printf("[%s]\n", strtok(NULL, ","));
	printf("[%s] [%s] [%s] [%s] [%s]\n", cleanpath("/foo/bar/.././../sys/foo"),
	    cleanpath("//a/./b/../c/.."), cleanpath("a//b/"), cleanpath("/.x/..y"),
	    cleanpath("/a/.."));
	printf("strstr %d %d strchr %d %d [%s]\n", strstr("foobar", "baz") == NULL,
	    strstr("foobar", "bar") == NULL, strchr("abc", 'x') == NULL, strrchr("abc", 'a') == NULL,
	    strstr("foobarbaz", "bar"));
}

BEGIN
{
	trace(strtok(",,,", ","));
	printf("never\n");
}

tick-1ms
{
	strtok(NULL, ",");
	printf("never\n");
}

ERROR
{
	printf("fault %d\n", arg4);
}

ERROR
/++faults == 2/
{
	exit(0);
}
