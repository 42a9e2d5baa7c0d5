/*
 * strtok()'s position, as Oracle's bpf/strtok.S and dt_cg.c keep it: the
 * clauses of one probe firing share it, a new firing starts without one
 * (dt_cg_tramp_prologue_act() marks it unset), and when no token is left
 * the position becomes the length of what was left, counted from the
 * string's start: a used-up string starts over for the next
 * strtok(NULL, d), one that ended in two delimiters goes on from its third
 * byte.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --strict-whitespace < %t.out
 * RUN: FileCheck %s --check-prefix=ERR < %t.err
 * CHECK: {{^}}1 [a] [b] NULL [a] [b] NULL{{$}}
 * CHECK-NEXT: {{^}}2 [a] [b] NULL [b] NULL{{$}}
 * CHECK-NEXT: {{^}}3 [b]{{$}}
 * CHECK-NEXT: {{^}}4 [x]{{$}}
 * CHECK-NEXT: {{^}}fault 1{{$}}
 * CHECK-NOT: never
 * ERR: dtrace: error {{.*}}(profile:::tick-1ms): invalid address (0x0)
 */
#pragma D option quiet

BEGIN
{
	printf("1 [%s] [%s] ", strtok("a,b", ","), strtok(NULL, ","));
	printf("%s ", strtok(NULL, ",") == NULL ? "NULL" : "BAD");
	printf("[%s] [%s] ", strtok(NULL, ","), strtok(NULL, ","));
	printf("%s\n", strtok(NULL, ",") == NULL ? "NULL" : "BAD");
	printf("2 [%s] [%s] ", strtok("a,b,,", ","), strtok(NULL, ","));
	printf("%s ", strtok(NULL, ",") == NULL ? "NULL" : "BAD");
	printf("[%s] ", strtok(NULL, ","));
	printf("%s\n", strtok(NULL, ",") == NULL ? "NULL" : "BAD");
}

BEGIN
{
	printf("3 [%s]\n", strtok(NULL, ","));
}

tick-1ms
/n++ == 0/
{
	printf("4 [%s]\n", strtok("x y", " "));
}

tick-1ms
/n == 2/
{
	strtok(NULL, " ");
	printf("never\n");
}

ERROR
{
	printf("fault %d\n", arg4);
	exit(0);
}
