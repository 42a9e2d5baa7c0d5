/*
 * aggsortpos sorts a joined printa() by the value of the Nth aggregation,
 * aggsortkeypos (with aggsortkey) by the Nth key; aggpercpu prints each
 * aggregation's value and then every CPU's, DTrace's "    [CPU N]" lines,
 * zero for CPUs that never fired.  dtrun is pinned to CPU 0, where BEGIN
 * fires.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: taskset -c 0 %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}1 b 30 1{{$}}
 * CHECK-NEXT: {{^}}3 c 20 2{{$}}
 * CHECK-NEXT: {{^}}2 a 10 3{{$}}
 * CHECK-NEXT: {{^}}--{{$}}
 * CHECK-NEXT: {{^}}2 a 10 3{{$}}
 * CHECK-NEXT: {{^}}1 b 30 1{{$}}
 * CHECK-NEXT: {{^}}3 c 20 2{{$}}
 * CHECK-NEXT: {{^}}--{{$}}
 * CHECK-NEXT: {{^}}1 b 30 1{{$}}
 * CHECK-NEXT: {{^}}2 a 10 3{{$}}
 * CHECK-NEXT: {{^}}3 c 20 2{{$}}
 * CHECK-NEXT: {{^}}cpu 0{{$}}
 * CHECK: {{^                1$}}
 * CHECK-NEXT: {{^    \[CPU 0\]                1$}}
 * CHECK-NEXT: {{^    \[CPU 1\]                0$}}
 * CHECK: {{^  x                                                                 5$}}
 * CHECK-NEXT: {{^    \[CPU 0\]                5$}}
 * CHECK-NEXT: {{^    \[CPU 1\]                0$}}
 * CHECK: {{^    \[CPU 0\]$}}
 * CHECK-NEXT: {{^           value  ------------- Distribution ------------- count    $}}
 * CHECK-NEXT: {{^               1 \|                                         0        $}}
 * CHECK-NEXT: {{^               2 \|@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@ 1        $}}
 * CHECK-NEXT: {{^               4 \|                                         0        $}}
 */
#pragma D option quiet
#pragma D option aggpercpu

BEGIN
{
	@a[1, "b"] = sum(30); @a[2, "a"] = sum(10); @a[3, "c"] = sum(20);
	@b[1, "b"] = sum(1);  @b[2, "a"] = sum(3);  @b[3, "c"] = sum(2);
	setopt("aggsortpos", "1");
	printa("%d %s %@d %@d\n", @a, @b);
	printf("--\n");
	setopt("aggsortkey");
	setopt("aggsortkeypos", "1");
	printa("%d %s %@d %@d\n", @a, @b);
	printf("--\n");
	setopt("aggsortkeypos", "0");
	printa("%d %s %@d %@d\n", @a, @b);
	clear(@a);
	clear(@b);
	@c = count();
	@s["x"] = sum(5);
	@q = quantize(3);
	c = cpu;
	exit(0);
}

END
{
	printf("cpu %d\n", c);
}
