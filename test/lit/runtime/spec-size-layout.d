/*
 * specsize counts what Oracle DTrace's buffers hold: 16 bytes of header and
 * each value stored, aligned to its size (dt_rec_add()).  BPF drops a
 * record when a value it stores would end past specsize by itself
 * (dt_cg_store_val()); a printf() without arguments stores nothing and is
 * not checked there.  The consumer drops a record when what it holds, in
 * 8-byte words, would pass specsize (dt_consume_one_probe()).  Here
 * (specsize 40): the four printf()s hold 16; four ints end at 32, and the
 * consumer would hold 48: dropped; two end at 24, held: 40; then a record
 * of 16 more is dropped.  Both are the consumer's: one report.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace --implicit-check-not=dropped
 * RUN: FileCheck %s --check-prefix=ERR --input-file %t.err --implicit-check-not=dtrace:
 * CHECK: {{^}}Lots of data{{$}}
 * CHECK-NEXT: {{^}}Has to be crammed into this buffer{{$}}
 * CHECK-NEXT: {{^}}Until it overflows{{$}}
 * CHECK-NEXT: {{^}}And causes flops{{$}}
 * CHECK-NEXT: {{^}}two 1 2{{$}}
 * CHECK-NEXT: {{^}}end{{$}}
 * ERR: dtrace: 2 speculative drops{{$}}
 */
#pragma D option quiet
#pragma D option specsize=40
BEGIN
{
	s = speculation();
}
BEGIN
{
	speculate(s);
	printf("Lots of data\n");
	printf("Has to be crammed into this buffer\n");
	printf("Until it overflows\n");
	printf("And causes flops\n");
}
BEGIN
{
	speculate(s);
	printf("dropped %d %d %d %d\n", 1, 2, 3, 4);
}
BEGIN
{
	speculate(s);
	printf("two %d %d\n", 1, 2);
}
BEGIN
{
	speculate(s);
	printf("dropped by the consumer\n");
}
BEGIN
{
	commit(s);
}
BEGIN
{
	printf("end\n");
	exit(0);
}
