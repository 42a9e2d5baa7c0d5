/*
 * normalize() as each printa() conversion divides (dt_printf.c): count(),
 * sum(), min(), max() by the conversion's print function, %d signed
 * (pfprint_sint()) but unsigned when the first aggregation is a count()
 * (its %@d is a %llu), %u and %x unsigned (pfprint_uint()); avg() unsigned
 * throughout (pfprint_average()), so a negative average is a large
 * quotient; the default layout divides count(), sum(), min() and max()
 * unsigned (dt_print_datum()), avg() signed (dt_print_average()), and a
 * quantize() count unsigned (dt_print_quantline()).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}c 2 2 2{{$}}
 * CHECK-NEXT: {{^}}s -3 6148914691236517202 5555555555555552{{$}}
 * CHECK-NEXT: {{^}}cs 2 6148914691236517202{{$}}
 * CHECK-NEXT: {{^}}sc -3 2{{$}}
 * CHECK-NEXT: {{^}}a 4611686018427387901 4611686018427387901{{$}}
 * CHECK-NEXT: {{^}}mi -3 9223372036854775804{{$}}
 * CHECK-NEXT: {{^}}sd 4{{$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^}} 6148914691236517202{{$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^}}               -2{{$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^}} 9223372036854775804{{$}}
 * CHECK-EMPTY:
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^}}           value  ------------- Distribution ------------- count    {{$}}
 * CHECK-NEXT: {{^}}               0                     |                     0        {{$}}
 * CHECK-NEXT: {{^}}               1        @@@@@@@@@@@@@|                     9223372036854775806{{$}}
 * CHECK-NEXT: {{^}}               2                     |                     0        {{$}}
 * CHECK-NEXT: {{^}}               4                     |                     0        {{$}}
 * CHECK-NEXT: {{^}}               8                     |@@@@@@@              1        {{$}}
 * CHECK-NEXT: {{^}}              16                     |                     0        {{$}}
 */
#pragma D option quiet
BEGIN
{
	@c = count(); @c = count(); @c = count(); @c = count(); @c = count();
	@s = sum(-10);
	@a = avg(-5); @a = avg(-6);
	@mi = min(-7);
	@sd = stddev(2); @sd = stddev(10);
	@q = quantize(1, -4); @q = quantize(8, 2);
	normalize(@c, 2); normalize(@s, 3); normalize(@a, 2); normalize(@mi, 2);
	normalize(@sd, 2); normalize(@q, 2);
	printa("c %@d %@u %@x\n", @c);
	printa("s %@d %@u %@x\n", @s);
	printa("cs %@d %@d\n", @c, @s);
	printa("sc %@d %@d\n", @s, @c);
	printa("a %@d %@u\n", @a);
	printa("mi %@d %@u\n", @mi);
	printa("sd %@d\n", @sd);
	printa(@s); printa(@a); printa(@mi); printa(@q);
	exit(0);
}
