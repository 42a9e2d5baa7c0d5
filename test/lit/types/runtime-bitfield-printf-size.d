/*
 * A D bit-field's value is an integer type of its own, of the bytes libctf
 * gives an integer of its width, clp2(ceil(bits / 8)) (dt_decl_member()
 * ctf_add_integer()): printf() formats that many bytes, so %x and %u of an
 * int : 4 holding -8 are f8 and 248, of an int : 12 holding -1 ffff and
 * 65535 (checked against Oracle's dtrace; dtc formatted the declared int's
 * 4 bytes: fffffff8).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s --match-full-lines
 * CHECK:-8 f8 248|-1 ffff 65535|ffffffffffffffff 18446744073709551615|7
 * CHECK-NEXT:-8-1-1
 */
struct out {
	unsigned int bf1 : 3, bf2 : 7;
	int sbf : 4;
	int wide : 12;
	long long big : 40;
};
struct out g;

BEGIN
{
	g.sbf = -8;
	g.wide = -1;
	g.big = -1;
	g.bf1 = 7;
	printf("%d %x %u|%d %x %u|%x %u|%x\n", g.sbf, g.sbf, g.sbf, g.wide,
	    g.wide, g.wide, g.big, g.big, g.bf1);
	trace(g.sbf);
	trace(g.wide);
	trace(g.big);
	printf("\n");
	exit(0);
}
