/*
 * strjoin() with a large strsize loads: its loops are global functions the
 * verifier walks once each (dt_g_copy(), dt_g_append()); with the second
 * loop walked once for every length the first could end at, strsize=2048
 * took the verifier past its million instructions.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}[abcdef] 6 [abc]{{$}}
 */
#pragma D option quiet
#pragma D option strsize=2048

BEGIN
{
	s = strjoin("abc", "def");
	printf("[%s] %d [%s]\n", s, strlen(s), strjoin(substr(s, 0, 3), ""));
	exit(0);
}
