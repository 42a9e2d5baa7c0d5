/*
 * The consumer's fast path (loader/fastfmt.c): printf() of integer and
 * string conversions and trace() of integers and strings, rendered per
 * record into one line, with items the general path prints (a '*' width,
 * %a) in between, keep DTrace's bytes and order.  Non-quiet: the probe
 * columns come from the per-probe cache.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out
 * RUN: FileCheck %s --strict-whitespace --match-full-lines < %t.out
 * CHECK:CPU     ID                    FUNCTION:NAME
 * CHECK-NEXT:{{ *[0-9]+ +[0-9]+}}                           :BEGIN [42|  -42|42   |-0042|+42| 42|007|    -007|007     |     007]
 * CHECK-NEXT:[ff|FF|0xff|0|010|10|0x0000ff|0xff    |4294967295|-5]
 * CHECK-NEXT:[ff|-1|65535|ffffffffffffffff|4000000000]
 * CHECK-NEXT:[-9223372036854775808|18446744073709551615|0|1|2|3]
 * CHECK-NEXT:[abc|       abc|abc       |ab|        ab|ab        |]
 * CHECK-NEXT:[A|  B|C  |%|1234|-3|fffd|-4|5|6]
 * CHECK-NEXT:[00010|0|0x001|    5|5|+0]
 * CHECK-NEXT:[               1|2               ]
 * CHECK-NEXT:<    7>          1         -1  str                               65535                    0
 * CHECK-NEXT:{{ *[0-9]+ +[0-9]+}}                           :BEGIN 1 x|   12|2 y|
 * CHECK-NEXT:{{ *[0-9]+ +[0-9]+}}                           :BEGIN 1 x|   12|2 y|
 * CHECK-EMPTY:
 */
BEGIN
{
	printf("[%d|%5d|%-5d|%05d|%+d|% d|%.3d|%8.3d|%-8.3d|%08.3d]\n", 42, -42, 42, -42, 42, 42, 7, -7, 7, 7);
	printf("[%x|%X|%#x|%#X|%#o|%o|%#08x|%-#8x|%u|%i]\n", 255, 255, 255, 0, 8, 8, 255, 255, -1, -5);
	printf("[%x|%d|%u|%x|%d]\n", (char)-1, (char)-1, (short)-1, (long long)-1, (unsigned int)4000000000);
	printf("[%d|%u|%x|%lld|%llu|%llx]\n", -9223372036854775807LL - 1, 18446744073709551615ULL, 0, 1LL, 2ULL, 3LL);
	printf("[%s|%10s|%-10s|%.2s|%10.2s|%-10.2s|%s]\n", "abc", "abc", "abc", "abc", "abc", "abc", "");
	printf("[%c|%3c|%-3c|%%|%p|%hd|%hx|%ld|%lu|%lx]\n", 65, 66, 67, (void *)0x1234, (short)-3, (short)-3, -4L, 5UL, 6L);
	printf("[%#.5o|%.0d|%#.3x|%+5u|% x|%+.0d]\n", 8, 0, 1, 5, 5, 0);
	printf("[%?d|%-?x]\n", 1, 2);
	printf("<%*d>", 5, 7);
	trace(1);
	trace(-1);
	trace("str");
	trace((unsigned short)65535);
	trace((void *)0);
}

BEGIN
{
	printf("%d %s|", 1, "x");
	printf("%*d|", 5, 12);
	printf("%d %s|", 2, "y");
}

BEGIN
{
	printf("%d %s|", 1, "x");
	printf("%*d|", 5, 12);
	printf("%d %s|", 2, "y");
	exit(0);
}
