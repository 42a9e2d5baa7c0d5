/*
 * Every key held by reference is its bytes (dt_node_diftype()'s
 * DIF_TF_BYREF, copied by dt_cg_arglist() at the type's size, any size):
 * an array of anything but char, a D struct larger than the 256 bytes a
 * copy on the BPF stack allows, a kernel struct read where it lies.  Keys
 * compare by their bytes; printa() prints them with dt_print_datum(): of
 * 8 bytes as an integer, else by dt_print_bytes() (a hex dump).  The same
 * keys work in an associative array.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef{{$}}
 * CHECK-NEXT: {{^}}         0: 00 00 00 00 05 00 00 00 00 00 00 00 00 00 00 00  ................{{$}}
 * CHECK-NEXT: {{^}}                2{{$}}
 * CHECK: {{^}}       8589934593                1{{$}}
 * CHECK: {{^}}      12884901889                1{{$}}
 * CHECK: {{^}}         0: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................{{$}}
 * CHECK: {{^}}       130: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................{{$}}
 * CHECK-NEXT: {{^}}       140: 07 00 00 00                                      ....{{$}}
 * CHECK-NEXT: {{^}}                3{{$}}
 * CHECK: mm 2
 * CHECK-NEXT: arr 2 big 3 mm 4
 */
#pragma D option quiet

struct big { char c[320]; int x; };
int arr[4];
int two[2];
struct big b;

BEGIN
{
	arr[1] = 5;
	@a[arr] = count(); @a[arr] = count();
	two[0] = 1; two[1] = 2; @t[two] = count();
	two[1] = 3; @t[two] = count();
	b.x = 7;
	@b[b] = count(); @b[b] = count(); @b[b] = count();
	@m[*curthread->mm] = count(); @m[*curthread->mm] = count();
	printa(@a); printa(@t); printa(@b);
	printa("mm %@d\n", @m);
	x[arr] = 2; y[b] = 3; z[*curthread->mm] = 4;
	printf("arr %d big %d mm %d\n", x[arr], y[b], z[*curthread->mm]);
	exit(0);
}
