/*
 * Every string subroutine at strsize=4096, on a string of 2,571 bytes: a
 * loop over a string's bytes is an open-coded iterator (bpf_iter_num,
 * runtime/dt_core.bpf.h DT_FOR()) above strsize 1024, which the verifier
 * walks until its states converge; a bounded loop it walks once per byte,
 * keeping each byte's untaken branch pending, and past 8192 of them
 * ("The sequence of 8193 jumps is too complex") cleanpath() and strtoll()
 * failed from strsize 2048, the others from about 2730.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * RUN: %dtrun --info %t.o | FileCheck %s --check-prefix=INFO
 * INFO: {{^}}kernel {{.*}}open-coded iterators (Linux 6.4){{$}}
 * RUN: printf 'BEGIN { trace(strjoin(execname, "x")); }' > %t.1k.d
 * RUN: %dtc -x strsize=1024 %t.1k.d -o %t.1k.o
 * RUN: %dtrun --info %t.1k.o | FileCheck %s --check-prefix=INFO1K
 * INFO1K: {{^}}kernel
 * INFO1K-NOT: iterators
 * CHECK: {{^}}2571 2560 2558{{$}}
 * CHECK-NEXT: {{^}}56789/a/ 9/a/./b/../c{{$}}
 * CHECK-NEXT: {{^}}/a/./b/../c|/c{{$}}
 * CHECK-NEXT: {{^}}2572 B/../CX 2571{{$}}
 * CHECK-NEXT: {{^}}c /a/./b/.. /a/c{{$}}
 * CHECK-NEXT: {{^}}1234 1 1 -31{{$}}
 * CHECK-NEXT: {{^}}9 a{{$}}
 * CHECK-NEXT: {{^}}-1234567890 2560 2571{{$}}
 */
#pragma D option quiet
#pragma D option strsize=4096

BEGIN
{
	s = "0123456789";
	s = strjoin(s, s);
	s = strjoin(s, s);
	s = strjoin(s, s);
	s = strjoin(s, s);
	s = strjoin(s, s);
	s = strjoin(s, s);
	s = strjoin(s, s);
	s = strjoin(s, s);
	s = strjoin(s, "/a/./b/../c");
}

BEGIN
{
	printf("%d %d %d\n", strlen(s), index(s, "/a"), rindex(s, "89"));
}

BEGIN
{
	printf("%s %s\n", substr(s, 2555, 8), strstr(s, "9/a"));
}

BEGIN
{
	printf("%s|%s\n", strchr(s, '/'), strrchr(s, '/'));
}

BEGIN
{
	t = toupper(strjoin(s, "x"));
	printf("%d %s %d\n", strlen(t), substr(t, 2565), strlen(tolower(s)));
}

BEGIN
{
	printf("%s %s %s\n", basename(s), substr(dirname(s), 2560), cleanpath(substr(s, 2560)));
}

BEGIN
{
	printf("%d %d %d %d\n", strtoll(substr(s, 2550, 5)), s == s, strjoin(s, "a") < strjoin(s, "b"),
	       strtoll(" -0x1f", 16));
}

BEGIN
{
	printf("%s %s\n", strtok(substr(s, 2559), "/"), strtok(NULL, "/"));
}

BEGIN
{
	printf("%s %d %d\n", lltostr(-1234567890), index(s, "/", 2000), strlen(strjoin(s, "")));
	exit(0);
}
