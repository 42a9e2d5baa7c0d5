/*
 * index(), rindex() and strstr() see at most strsize rounded up to 8, less
 * one, bytes of each string, as DTrace's dt_index() and dt_rindex() read
 * them into buffers of that size, NUL included: with strsize=8 the last
 * byte of an 8-byte string is not searched, nor the last byte of an 8-byte
 * needle; with strsize=7 every byte is (the 7th, g, is found).  strstr() returns the rest of the
 * string from where it matched, all of it.
 * REQUIRES: root
 * RUN: %dtc -x strsize=8 %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * RUN: %dtc -x strsize=7 %s -o %t7.o
 * RUN: %dtrun %t7.o | FileCheck %s --strict-whitespace --check-prefix=S7
 * CHECK: {{^}}-1 6 -1 0 NULL [efgh]{{$}}
 * S7: {{^}}-1 6 -1 0 NULL [efg]{{$}}
 */
#pragma D option quiet

BEGIN
{
	s = "abcdefghij";
	printf("%d %d %d %d ", index(s, "h"), index(s, "g"), rindex(s, "h"), index(s, "abcdefgh"));
	printf("%s ", strstr(s, "gh") == NULL ? "NULL" : strstr(s, "gh"));
	printf("[%s]\n", strstr(s, "ef"));
	exit(0);
}
