/*
 * The subroutines of two strings see a read of either fail, as DTrace's
 * bpf/ functions see bpf_probe_read_str() return an error: strjoin.S stops
 * at a first string that cannot be read, leaving the result zeroed by the
 * failed read (""), and joins nothing to a second one (the first alone);
 * index.S and rindex.S return -1 for either string (so strstr() is NULL),
 * where an empty string is found at 0.  A string made from a bad read
 * (substr() of it) is an empty string like any other.
 * REQUIRES: root
 * RUN: %dtc -o %t.o %s
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: strjoin [] [abc] [x]
 * CHECK-NEXT: index -1 -1 -1 0
 * CHECK-NEXT: rindex -1 -1 0
 * CHECK-NEXT: strstr 1 1 0
 */
#pragma D option quiet

BEGIN
{
	p = (char *)8;
	printf("strjoin [%s] [%s] [%s]\n", strjoin(p, "abc"), strjoin("abc", p),
	    strjoin(substr(stringof(p), 0), "x"));
	printf("index %d %d %d %d\n", index("abc", p), index(p, ""), index(p, "a", 0),
	    index("abc", ""));
	printf("rindex %d %d %d\n", rindex("abc", p), rindex(p, "a"), rindex("", ""));
	printf("strstr %d %d %d\n", strstr("abc", p) == NULL, strstr(p, "") == NULL,
	    strstr("abc", "") == NULL);
	exit(0);
}
