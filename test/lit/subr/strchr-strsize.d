/*
 * strchr() and strrchr() search and return at most the first strsize - 1
 * bytes of a string, as DTrace's dt_strchr() and dt_strrchr() copy it with
 * bpf_probe_read_str(dst, STRSZ, src): with strsize=7 a string of 7 bytes
 * has its last byte neither found nor returned.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}[abcdefg] [abcdef] [bcdef] [f] NULL NULL [cdef]{{$}}
 */
#pragma D option quiet
#pragma D option strsize=7

BEGIN
{
	s = "abcdefghijkl";
	printf("[%s] [%s] [%s] [%s] ", s, strchr(s, 'a'), strchr(s, 'b'), strrchr(s, 'f'));
	printf("%s %s ", strchr(s, 'g') == NULL ? "NULL" : "BAD",
	    strrchr(s, 'g') == NULL ? "NULL" : "BAD");
	printf("[%s]\n", strrchr("abcdefg", 'c'));
	exit(0);
}
