/*
 * String subroutines with DTrace's semantics: substr's negative index and
 * length, index/rindex with a start, strstr/strchr/strrchr, lltostr bases,
 * strtoll, toupper/tolower, basename/dirname; strchr(s, 0) is NULL (Oracle
 * bpf/strchr.S does not search the NUL).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}17|hello/world/foo.c!|world/foo.c|foo|llo/world/fo|{{$}}
 * CHECK-NEXT: {{^}}4 14 7 -1 -1 0 17{{$}}
 * CHECK-NEXT: {{^}}world/foo.c|/world/foo.c|/foo.c|1{{$}}
 * CHECK-NEXT: {{^}}-12345|ff|777|HELLO/WORLD/FOO.C|hello/world/foo.c|-42|31|1295{{$}}
 * CHECK-NEXT: {{^}}foo.c|hello/world|.|/|/foo/bar|/|.|baz{{$}}
 */
#pragma D option quiet
BEGIN
{
	s = "hello/world/foo.c";
	printf("%d|%s|%s|%s|%s|%s\n", strlen(s), strjoin(s, "!"), substr(s, 6),
	    substr(s, -5, 3), substr(s, 2, -3), substr(s, 100));
	printf("%d %d %d %d %d %d %d\n", index(s, "o"), rindex(s, "o"), index(s, "o", 5),
	    rindex(s, "zz"), index(s, "o", 100), index(s, ""), rindex(s, ""));
	printf("%s|%s|%s|%d\n", strstr(s, "world"), strchr(s, '/'), strrchr(s, '/'),
	    strchr(s, 0) == NULL);
	printf("%s|%s|%s|%s|%s|%d|%d|%d\n", lltostr(-12345), lltostr(255, 16), lltostr(511, 8),
	    toupper(s), tolower("HeLLo/WORLD/foo.C"), strtoll("  -42"), strtoll("0x1f", 16),
	    strtoll("zZ", 36));
	printf("%s|%s|%s|%s|%s|%s|%s|%s\n", basename(s), dirname(s), dirname("foo"),
	    basename("/"), dirname("/foo/bar///baz/"), dirname("/////"), dirname(""),
	    basename("/foo/baz//"));
	exit(0);
}
