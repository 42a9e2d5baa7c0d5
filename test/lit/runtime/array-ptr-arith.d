/*
 * An array is a pointer to its first element in + and -
 * (dt_node_is_pointer()): a + i and i + a step by the element's size,
 * *(a + i) is a[i], an array of arrays steps by its rows, and a pointer
 * minus an array is a count of elements, for D arrays, members and kernel
 * arrays alike; a constant index past the end is D_ARR_BOUNDS, as a[i].
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s
 * CHECK: 7 0 7 4 -4
 * CHECK-NEXT: 9 3 11 1 1
 * RUN: not %dtc -S -o /dev/null -n 'int a[5]; BEGIN { trace(*(a + 5)); }' 2>&1 | FileCheck %s --check-prefix=BOUNDS
 * BOUNDS: error: index outside array bounds: 5, max is 5 [D_ARR_BOUNDS]
 */
int a[5];
int m[2][3];
struct s { int v[4]; } x;

BEGIN
{
	a[2] = 7;
	m[1][2] = 9;
	x.v[3] = 11;
	printf("%d %d %d %d %d\n", *(a + 2), *(1 + a), (a + 4)[-2], &a[4] - a, a - &a[4]);
	printf("%d %d %d %d %d\n", *(*(m + 1) + 2), &m[1][0] - m[0], *(x.v + 3),
	    *(curthread->cpus_mask.bits + 1) == curthread->cpus_mask.bits[1],
	    &curthread->cpus_mask.bits[1] - curthread->cpus_mask.bits);
	exit(0);
}
