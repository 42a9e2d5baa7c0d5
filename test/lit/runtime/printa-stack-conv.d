/*
 * printa()'s %k prints a stack() or ustack() key as DTrace's pfprint_stack():
 * a newline, then each frame indented, through the conversion's flags and
 * width as a %s.
 * REQUIRES: root
 * RUN: %dtrun -s %s | FileCheck %s --match-full-lines --strict-whitespace
 * CHECK:              vmlinux`{{[^ ]+}}+0x{{[0-9a-f]+}}
 * CHECK-NEXT:              vmlinux`{{[^ ]+}}+0x{{[0-9a-f]+}}
 * CHECK-NEXT:|
 * CHECK-NEXT:[
 * CHECK-NEXT:              vmlinux`{{[^ ]+ +}}
 * CHECK-NEXT:              vmlinux`{{[^ ]+ +}}
 * CHECK-NEXT:]
 * CHECK-EMPTY:
 * CHECK-NEXT:                               {{ *}}vmlinux`{{[^ ]+}}
 * CHECK-NEXT:                               {{ *}}vmlinux`{{[^ ]+}}
 * CHECK:              {{.*}}`{{.*}}
 */
#pragma D option quiet

BEGIN
{
	@[stack(2)] = count();
	printa("%k|\n", @);
	printa("[%-60k]\n", @);
	printa("%70k\n", @);
	@u[ustack(1)] = count();
	printa("%-10k\n", @u);
	exit(0);
}
