/*
 * One dynamic variable space, as Oracle's one dvars map (dt_bpf.c
 * gmap_create_dvars()): self-> variables and the elements of every
 * associative array share dynvarsize bytes, each taking one element of
 * (the largest tuple + the largest value) bytes, here 4 + 4 + 8 for an
 * int key and 4 for an int: 60 bytes hold three.  A store that finds no
 * element left is a dynamic variable drop that ends its clause; a store
 * of 0 gives the element back, whichever array or self-> variable took it.
 * An aggregation's key is a tuple too: @[1, 2] makes an element 24 bytes.
 * (BEGIN calls exit(): dtrace's first status check reports the drop, then
 * fires END, before BEGIN's records are read: dtrace_work().)
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o 2>&1 | FileCheck %s
 * CHECK: dtrace: 1 dynamic variable drop
 * CHECK: 0 2 3 4
 * RUN: %dtrun -x dynvarsize=59 %t.o 2>&1 | FileCheck %s --check-prefix=TWO
 * TWO: dtrace: 2 dynamic variable drops
 * TWO: 0 2 0 4
 * RUN: not %dtrun -x dynvarsize=19 %t.o 2>&1 | FileCheck %s --check-prefix=SMALL
 * SMALL: dtrace: could not enable tracing: Enabling exceeds size of buffer
 * RUN: %dtc -S -o - -n 'BEGIN { a[1] = 1; @[1, 2] = count(); }' | FileCheck %s --check-prefix=AGG
 * AGG: const volatile __u64 dtc_dyn_elem = 24;
 */
#pragma D option quiet
#pragma D option dynvarsize=60

BEGIN
{
	a[1] = 1;
	b[1] = 2;
	self->x = 3;
}

BEGIN
{
	c[1] = 4;
	printf("not reached\n");
}

BEGIN
{
	a[1] = 0;
	c[1] = 4;
	printf("%d %d %d %d\n", a[1], b[1], self->x, c[1]);
	exit(0);
}
