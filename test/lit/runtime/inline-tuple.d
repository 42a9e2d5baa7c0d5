/*
 * An inline with a tuple (inline int f[int x, int y] = ...) is expanded
 * where it is indexed, its arguments cast to the parameters' types.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o 2>&1 | FileCheck %s --implicit-check-not=error
 * CHECK: {{^}}30 124 44 -1{{$}}
 */
#pragma D option quiet
struct s {
	int s_x;
};
translator struct s < int T > {
	s_x = T + 1;
};
inline int add2[int x, int y] = x + y;
inline int plus1[int x] = (xlate < struct s > (x)).s_x;
inline char low[int v] = v;
BEGIN
{
	printf("%d %d %d %d\n", add2[10, 20], plus1[123], add2[plus1[20], add2[1, 2]] + 20,
	    low[255]);
	exit(0);
}
