/*
 * print() of bit-fields, as DTrace's dt_print_visit() computes them: a
 * width of 8, 16, 32 or 64 bits is the integer of that size at the byte
 * holding the field's first bit; any other width is
 * (word << (63 - off % 64)) >> (64 - bits) of the 64-bit word at that
 * byte, the bits that end at the field's bit offset modulo 64, and is left
 * out when 0.  So an int a:3 of -1 at offset 0 shows as 4, b:5 of 17 at
 * bit 8 as 17 (bits 4..8 of the word, with c's low bit, happen to make 17
 * here), and b of 8 (bit 3 of its byte) as 0, left out.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^0x[0-9a-f]+ = \*$}}
 * CHECK-NEXT: {{^                                            \(struct bf\) \{$}}
 * CHECK-NEXT: {{^                                             \.a = \(int\)4,$}}
 * CHECK-NEXT: {{^                                             \.b = \(unsigned int\)17,$}}
 * CHECK-NEXT: {{^                                             \.c = \(int\)-5,$}}
 * CHECK-NEXT: {{^                                             \.d = \(int\)9,$}}
 * CHECK-NEXT: {{^                                            \}$}}
 * CHECK-NEXT: {{^0x[0-9a-f]+ = \*$}}
 * CHECK-NEXT: {{^                                            \(struct bf\) \{$}}
 * CHECK-NEXT: {{^                                             \.a = \(int\)4,$}}
 * CHECK-NEXT: {{^                                            \}$}}
 * CHECK-NEXT: {{^end$}}
 */
#pragma D option quiet
struct bf {
	int a : 3;
	unsigned int b : 5;
	int c : 8;
	int d;
};
BEGIN
{
	this->p = (struct bf *)alloca(sizeof(struct bf));
	this->p->a = -1;
	this->p->b = 17;
	this->p->c = -5;
	this->p->d = 9;
	print(this->p);
	this->p->b = 8;
	this->p->c = 0;
	this->p->d = 0;
	print(this->p);
	printf("end\n");
	exit(0);
}
