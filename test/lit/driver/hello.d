/*
 * The demo: compile and run on this host.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s
 * CHECK: hello, world
 */
BEGIN
{
	printf("hello, world\n");
	exit(0);
}
