/*
 * print(p): "ADDR = *", then the value as DTrace's dt_print_visit() prints
 * it: 44 spaces of indentation, one more per level, every value with its
 * cast and a comma (the top one too), members and array elements that are
 * all zero left out, char arrays up to their NUL, a char as 'c', bit-fields
 * as dt_print_visit() extracts them (bf, 5 at bit 416, shows as 0 and is
 * left out: print-bitfield.d), an all-zero array only its opening line
 * (&z.arr is no lvalue: a pointer to it through a typedef), floating point
 * members not at all.  A kernel struct (sk_buff) is copied member by member with CO-RE
 * reads; here it lies in a D array, its `len` at the kernel's offset.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^0x[0-9a-f]+ = \*$}}
 * CHECK-NEXT: {{^                                            \(struct ts\) \{$}}
 * CHECK-NEXT: {{^                                             \.a = \(int\)-5,$}}
 * CHECK-NEXT: {{^                                             \.b = \(char \[5\]\) \[$}}
 * CHECK-NEXT: {{^                                              \(char\)'h',$}}
 * CHECK-NEXT: {{^                                              \(char\)'i',$}}
 * CHECK-NEXT: {{^                                             \],$}}
 * CHECK-NEXT: {{^                                             \.u = \(union\) \{$}}
 * CHECK-NEXT: {{^                                              \.c = \(unsigned char\)7,$}}
 * CHECK-NEXT: {{^                                              \.d = \(uint64_t\)7,$}}
 * CHECK-NEXT: {{^                                             \},$}}
 * CHECK-NEXT: {{^                                             \.s = \(struct\) \{$}}
 * CHECK-NEXT: {{^                                              \.f = \(uint64_t\)9,$}}
 * CHECK-NEXT: {{^                                             \},$}}
 * CHECK-NEXT: {{^                                             \.arr = \(int \[3\]\) \[$}}
 * CHECK-NEXT: {{^                                              \(int\)3,$}}
 * CHECK-NEXT: {{^                                             \],$}}
 * CHECK-NEXT: {{^                                             \.ch = \(char\)'A',$}}
 * CHECK-NEXT: {{^                                             \.h = \(enum eh\)SECONDVAL,$}}
 * CHECK-NEXT: {{^                                            \}$}}
 * CHECK-NEXT: {{^0x[0-9a-f]+ = \*$}}
 * CHECK-NEXT: {{^                                            \(struct sk_buff\) \{$}}
 * CHECK-NEXT: {{^                                             \.len = \(unsigned int\)123,$}}
 * CHECK-NEXT: {{^                                            \}$}}
 * CHECK-NEXT: {{^0x[0-9a-f]+ = \*$}}
 * CHECK-NEXT: {{^                                            \(int\)-5,$}}
 * CHECK-NEXT: {{^0x[0-9a-f]+ = \*$}}
 * CHECK-NEXT: {{^                                            \(arr3_t\) \[$}}
 * CHECK-NEXT: {{^end$}}
 */
#pragma D option quiet

enum eh { FIRSTVAL = 1, SECONDVAL = 2 };
struct ts {
	int a;
	char b[5];
	union { unsigned char c; uint64_t d; } u;
	struct { void *e; uint64_t f; } s;
	int arr[3];
	unsigned int bf : 3;
	char ch;
	double fl;
	enum eh h;
};
struct ts g, z;
typedef int arr3_t[3];
uint32_t buf[128];

BEGIN
{
	g.a = -5;
	g.b[0] = 'h';
	g.b[1] = 'i';
	g.u.c = 7;
	g.s.f = 9;
	g.arr[1] = 3;
	g.bf = 5;
	g.ch = 'A';
	g.h = SECONDVAL;
	print((struct ts *)&g.a);
	buf[offsetof(struct sk_buff, len) / 4] = 123;
	print((struct sk_buff *)&buf[0]);
	print(&g.a);
	print((arr3_t *)&z.arr[0]);
	printf("end\n");
	exit(0);
}
