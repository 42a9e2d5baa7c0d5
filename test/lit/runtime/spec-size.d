/*
 * specsize bounds what one speculation holds: a speculative record past it
 * is dropped and counted, and dtrun reports the drops as dtrace does; the
 * records within it are committed.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace
 * RUN: FileCheck %s --check-prefix=ERR --input-file %t.err
 * CHECK: {{^}}first 1{{$}}
 * CHECK-NOT: too long
 * ERR: dtrace: 1 speculative drop{{$}}
 */
#pragma D option quiet
#pragma D option specsize=64
BEGIN
{
	s = speculation();
}
BEGIN
{
	speculate(s);
	printf("first %d\n", 1);
}
BEGIN
{
	speculate(s);
	printf("%s\n", "a string far too long to fit in the sixty-four bytes left");
}
BEGIN
{
	commit(s);
}
BEGIN
{
	exit(0);
}
