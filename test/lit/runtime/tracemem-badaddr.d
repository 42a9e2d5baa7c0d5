/*
 * tracemem() checks neither its address nor the read
 * (dt_cg_act_tracemem()): NULL or memory that cannot be read is recorded
 * as zeros, and nothing faults.  Its dynamic size cuts the dump when it is
 * not negative and below the size (dt_print_tracemem()): 0 prints nothing
 * at all, a negative one or one past the size the whole size.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2>&1
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace --implicit-check-not=error
 * CHECK: {{^null$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef$}}
 * CHECK-NEXT: {{^         0: 00 00 00 00 00 00 00 00                          \.\.\.\.\.\.\.\.$}}
 * CHECK-NEXT: {{^bad$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef$}}
 * CHECK-NEXT: {{^         0: 00 00 00 00                                      \.\.\.\.$}}
 * CHECK-NEXT: {{^zero$}}
 * CHECK-NEXT: {{^negative$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef$}}
 * CHECK-NEXT: {{^         0: 41 42 43 00                                      ABC\.$}}
 * CHECK-NEXT: {{^two$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef$}}
 * CHECK-NEXT: {{^         0: 41 42                                            AB$}}
 * CHECK-NEXT: {{^big$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef$}}
 * CHECK-NEXT: {{^         0: 41 42 43 00                                      ABC\.$}}
 * CHECK-NEXT: {{^end$}}
 */
#pragma D option quiet

BEGIN
{
	printf("null\n");
	tracemem(0, 8);
	printf("bad\n");
	tracemem((void *)8, 4);
	this->p = (char *)alloca(4);
	this->p[0] = 'A'; this->p[1] = 'B'; this->p[2] = 'C';
	printf("zero\n");
	tracemem(this->p, 4, 0);
	printf("negative\n");
	this->n = -1;
	tracemem(this->p, 4, this->n);
	printf("two\n");
	tracemem(this->p, 4, 2);
	printf("big\n");
	tracemem(this->p, 4, 100);
	printf("end\n");
	exit(0);
}

ERROR
{
	printf("error\n");
}
