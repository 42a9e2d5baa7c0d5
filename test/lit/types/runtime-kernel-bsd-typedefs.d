/*
 * The kernel's BSD-style typedefs (u_int, u_short, uint, ushort, ulong) are
 * type names like any other kernel typedef, as in Oracle's dtrace: dtc
 * looked them up in the kernel BTF only for names that look like one
 * (u32, __u8, *_t), so "sizeof(u_int)" was an unknown variable.
 * REQUIRES: root
 * RUN: %dtrun -qs %s | FileCheck %s --match-full-lines
 * CHECK: 4 2 4 2 8 1
 */
BEGIN
{
	printf("%d %d %d %d %d %d\n", sizeof(u_int), sizeof(u_short), sizeof(uint),
	    sizeof(ushort), sizeof(ulong), (u_int)-1 > 0);
	exit(0);
}
