/*
 * Byte order, device numbers (Linux dev_t: 12-bit major above a 20-bit
 * minor), progenyof, rand.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}3412 78563412 807060504030201 3412 234 56789 1 0 ok{{$}}
 */
#pragma D option quiet
BEGIN
{
	r = rand();
	printf("%x %x %x %x %x %x %d %d %s\n", htons(0x1234), htonl(0x12345678),
	    htonll(0x0102030405060708), ntohs(0x1234), getmajor(0xabcdef0123456789ll),
	    getminor(0xabcdef0123456789ll), progenyof(pid), progenyof(-5),
	    r == r ? "ok" : "bad");
	exit(0);
}
