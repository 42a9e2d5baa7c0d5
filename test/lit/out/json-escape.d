/*
 * oformat=json strings and numbers: each printf() message and string
 * argument holds one byte that JSON must escape or check ('"', '\\', control
 * characters, bytes that are not UTF-8) or that it keeps (DEL, UTF-8
 * sequences), after 0 to 17 plain bytes, so that every place of it in an
 * eight-byte word is seen; integers at each number of digits (10^k - 1,
 * 10^k), negated, and the extremes.  Inputs/json_escape.py checks each
 * value against the rule (bytes that are not UTF-8 as \u00XX, Latin-1).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -O json %t.o > %t.out 2>%t.err
 * RUN: python3 %S/Inputs/ndjson.py %t.out > /dev/null
 * RUN: python3 %S/Inputs/json_escape.py %t.out | FileCheck %s
 * CHECK: strings: 162 checked
 * CHECK-NEXT: integers: 80 checked
 */
#pragma D option quiet

BEGIN
{
	printf("%s\n", "\"bcd");
	printf("%s\n", "\\bcd");
	printf("%s\n", "\001bcd");
	printf("%s\n", "\037bcd");
	printf("%s\n", "\177bcd");
	printf("%s\n", "\200bcd");
	printf("%s\n", "\377bcd");
	printf("%s\n", "\303\251bcd");
	printf("%s\n", "\342\202\254bcd");
	printf("%s\n", "a\"bcd");
	printf("%s\n", "a\\bcd");
	printf("%s\n", "a\001bcd");
	printf("%s\n", "a\037bcd");
	printf("%s\n", "a\177bcd");
	printf("%s\n", "a\200bcd");
	printf("%s\n", "a\377bcd");
	printf("%s\n", "a\303\251bcd");
	printf("%s\n", "a\342\202\254bcd");
	printf("%s\n", "aa\"bcd");
	printf("%s\n", "aa\\bcd");
	printf("%s\n", "aa\001bcd");
	printf("%s\n", "aa\037bcd");
	printf("%s\n", "aa\177bcd");
	printf("%s\n", "aa\200bcd");
	printf("%s\n", "aa\377bcd");
	printf("%s\n", "aa\303\251bcd");
	printf("%s\n", "aa\342\202\254bcd");
}

BEGIN
{
	printf("%s\n", "aaa\"bcd");
	printf("%s\n", "aaa\\bcd");
	printf("%s\n", "aaa\001bcd");
	printf("%s\n", "aaa\037bcd");
	printf("%s\n", "aaa\177bcd");
	printf("%s\n", "aaa\200bcd");
	printf("%s\n", "aaa\377bcd");
	printf("%s\n", "aaa\303\251bcd");
	printf("%s\n", "aaa\342\202\254bcd");
	printf("%s\n", "aaaa\"bcd");
	printf("%s\n", "aaaa\\bcd");
	printf("%s\n", "aaaa\001bcd");
	printf("%s\n", "aaaa\037bcd");
	printf("%s\n", "aaaa\177bcd");
	printf("%s\n", "aaaa\200bcd");
	printf("%s\n", "aaaa\377bcd");
	printf("%s\n", "aaaa\303\251bcd");
	printf("%s\n", "aaaa\342\202\254bcd");
	printf("%s\n", "aaaaa\"bcd");
	printf("%s\n", "aaaaa\\bcd");
	printf("%s\n", "aaaaa\001bcd");
	printf("%s\n", "aaaaa\037bcd");
	printf("%s\n", "aaaaa\177bcd");
	printf("%s\n", "aaaaa\200bcd");
	printf("%s\n", "aaaaa\377bcd");
	printf("%s\n", "aaaaa\303\251bcd");
	printf("%s\n", "aaaaa\342\202\254bcd");
}

BEGIN
{
	printf("%s\n", "aaaaaa\"bcd");
	printf("%s\n", "aaaaaa\\bcd");
	printf("%s\n", "aaaaaa\001bcd");
	printf("%s\n", "aaaaaa\037bcd");
	printf("%s\n", "aaaaaa\177bcd");
	printf("%s\n", "aaaaaa\200bcd");
	printf("%s\n", "aaaaaa\377bcd");
	printf("%s\n", "aaaaaa\303\251bcd");
	printf("%s\n", "aaaaaa\342\202\254bcd");
	printf("%s\n", "aaaaaaa\"bcd");
	printf("%s\n", "aaaaaaa\\bcd");
	printf("%s\n", "aaaaaaa\001bcd");
	printf("%s\n", "aaaaaaa\037bcd");
	printf("%s\n", "aaaaaaa\177bcd");
	printf("%s\n", "aaaaaaa\200bcd");
	printf("%s\n", "aaaaaaa\377bcd");
	printf("%s\n", "aaaaaaa\303\251bcd");
	printf("%s\n", "aaaaaaa\342\202\254bcd");
	printf("%s\n", "aaaaaaaa\"bcd");
	printf("%s\n", "aaaaaaaa\\bcd");
	printf("%s\n", "aaaaaaaa\001bcd");
	printf("%s\n", "aaaaaaaa\037bcd");
	printf("%s\n", "aaaaaaaa\177bcd");
	printf("%s\n", "aaaaaaaa\200bcd");
	printf("%s\n", "aaaaaaaa\377bcd");
	printf("%s\n", "aaaaaaaa\303\251bcd");
	printf("%s\n", "aaaaaaaa\342\202\254bcd");
}

BEGIN
{
	printf("%s\n", "aaaaaaaaa\"bcd");
	printf("%s\n", "aaaaaaaaa\\bcd");
	printf("%s\n", "aaaaaaaaa\001bcd");
	printf("%s\n", "aaaaaaaaa\037bcd");
	printf("%s\n", "aaaaaaaaa\177bcd");
	printf("%s\n", "aaaaaaaaa\200bcd");
	printf("%s\n", "aaaaaaaaa\377bcd");
	printf("%s\n", "aaaaaaaaa\303\251bcd");
	printf("%s\n", "aaaaaaaaa\342\202\254bcd");
	printf("%s\n", "aaaaaaaaaa\"bcd");
	printf("%s\n", "aaaaaaaaaa\\bcd");
	printf("%s\n", "aaaaaaaaaa\001bcd");
	printf("%s\n", "aaaaaaaaaa\037bcd");
	printf("%s\n", "aaaaaaaaaa\177bcd");
	printf("%s\n", "aaaaaaaaaa\200bcd");
	printf("%s\n", "aaaaaaaaaa\377bcd");
	printf("%s\n", "aaaaaaaaaa\303\251bcd");
	printf("%s\n", "aaaaaaaaaa\342\202\254bcd");
	printf("%s\n", "aaaaaaaaaaa\"bcd");
	printf("%s\n", "aaaaaaaaaaa\\bcd");
	printf("%s\n", "aaaaaaaaaaa\001bcd");
	printf("%s\n", "aaaaaaaaaaa\037bcd");
	printf("%s\n", "aaaaaaaaaaa\177bcd");
	printf("%s\n", "aaaaaaaaaaa\200bcd");
	printf("%s\n", "aaaaaaaaaaa\377bcd");
	printf("%s\n", "aaaaaaaaaaa\303\251bcd");
	printf("%s\n", "aaaaaaaaaaa\342\202\254bcd");
}

BEGIN
{
	printf("%s\n", "aaaaaaaaaaaa\"bcd");
	printf("%s\n", "aaaaaaaaaaaa\\bcd");
	printf("%s\n", "aaaaaaaaaaaa\001bcd");
	printf("%s\n", "aaaaaaaaaaaa\037bcd");
	printf("%s\n", "aaaaaaaaaaaa\177bcd");
	printf("%s\n", "aaaaaaaaaaaa\200bcd");
	printf("%s\n", "aaaaaaaaaaaa\377bcd");
	printf("%s\n", "aaaaaaaaaaaa\303\251bcd");
	printf("%s\n", "aaaaaaaaaaaa\342\202\254bcd");
	printf("%s\n", "aaaaaaaaaaaaa\"bcd");
	printf("%s\n", "aaaaaaaaaaaaa\\bcd");
	printf("%s\n", "aaaaaaaaaaaaa\001bcd");
	printf("%s\n", "aaaaaaaaaaaaa\037bcd");
	printf("%s\n", "aaaaaaaaaaaaa\177bcd");
	printf("%s\n", "aaaaaaaaaaaaa\200bcd");
	printf("%s\n", "aaaaaaaaaaaaa\377bcd");
	printf("%s\n", "aaaaaaaaaaaaa\303\251bcd");
	printf("%s\n", "aaaaaaaaaaaaa\342\202\254bcd");
	printf("%s\n", "aaaaaaaaaaaaaa\"bcd");
	printf("%s\n", "aaaaaaaaaaaaaa\\bcd");
	printf("%s\n", "aaaaaaaaaaaaaa\001bcd");
	printf("%s\n", "aaaaaaaaaaaaaa\037bcd");
	printf("%s\n", "aaaaaaaaaaaaaa\177bcd");
	printf("%s\n", "aaaaaaaaaaaaaa\200bcd");
	printf("%s\n", "aaaaaaaaaaaaaa\377bcd");
	printf("%s\n", "aaaaaaaaaaaaaa\303\251bcd");
	printf("%s\n", "aaaaaaaaaaaaaa\342\202\254bcd");
}

BEGIN
{
	printf("%s\n", "aaaaaaaaaaaaaaa\"bcd");
	printf("%s\n", "aaaaaaaaaaaaaaa\\bcd");
	printf("%s\n", "aaaaaaaaaaaaaaa\001bcd");
	printf("%s\n", "aaaaaaaaaaaaaaa\037bcd");
	printf("%s\n", "aaaaaaaaaaaaaaa\177bcd");
	printf("%s\n", "aaaaaaaaaaaaaaa\200bcd");
	printf("%s\n", "aaaaaaaaaaaaaaa\377bcd");
	printf("%s\n", "aaaaaaaaaaaaaaa\303\251bcd");
	printf("%s\n", "aaaaaaaaaaaaaaa\342\202\254bcd");
	printf("%s\n", "aaaaaaaaaaaaaaaa\"bcd");
	printf("%s\n", "aaaaaaaaaaaaaaaa\\bcd");
	printf("%s\n", "aaaaaaaaaaaaaaaa\001bcd");
	printf("%s\n", "aaaaaaaaaaaaaaaa\037bcd");
	printf("%s\n", "aaaaaaaaaaaaaaaa\177bcd");
	printf("%s\n", "aaaaaaaaaaaaaaaa\200bcd");
	printf("%s\n", "aaaaaaaaaaaaaaaa\377bcd");
	printf("%s\n", "aaaaaaaaaaaaaaaa\303\251bcd");
	printf("%s\n", "aaaaaaaaaaaaaaaa\342\202\254bcd");
	printf("%s\n", "aaaaaaaaaaaaaaaaa\"bcd");
	printf("%s\n", "aaaaaaaaaaaaaaaaa\\bcd");
	printf("%s\n", "aaaaaaaaaaaaaaaaa\001bcd");
	printf("%s\n", "aaaaaaaaaaaaaaaaa\037bcd");
	printf("%s\n", "aaaaaaaaaaaaaaaaa\177bcd");
	printf("%s\n", "aaaaaaaaaaaaaaaaa\200bcd");
	printf("%s\n", "aaaaaaaaaaaaaaaaa\377bcd");
	printf("%s\n", "aaaaaaaaaaaaaaaaa\303\251bcd");
	printf("%s\n", "aaaaaaaaaaaaaaaaa\342\202\254bcd");
}

BEGIN
{
	printf("%d %d\n", 0LL, -0LL);
	printf("%d %d\n", 1LL, -1LL);
	printf("%d %d\n", 9LL, -9LL);
	printf("%d %d\n", 10LL, -10LL);
	printf("%d %d\n", 99LL, -99LL);
	printf("%d %d\n", 100LL, -100LL);
	printf("%d %d\n", 999LL, -999LL);
	printf("%d %d\n", 1000LL, -1000LL);
	printf("%d %d\n", 9999LL, -9999LL);
	printf("%d %d\n", 10000LL, -10000LL);
	printf("%d %d\n", 99999LL, -99999LL);
	printf("%d %d\n", 100000LL, -100000LL);
	printf("%d %d\n", 999999LL, -999999LL);
	printf("%d %d\n", 1000000LL, -1000000LL);
	printf("%d %d\n", 9999999LL, -9999999LL);
	printf("%d %d\n", 10000000LL, -10000000LL);
	printf("%d %d\n", 99999999LL, -99999999LL);
	printf("%d %d\n", 100000000LL, -100000000LL);
	printf("%d %d\n", 999999999LL, -999999999LL);
	printf("%d %d\n", 1000000000LL, -1000000000LL);
	printf("%d %d\n", 9999999999LL, -9999999999LL);
	printf("%d %d\n", 10000000000LL, -10000000000LL);
	printf("%d %d\n", 99999999999LL, -99999999999LL);
	printf("%d %d\n", 100000000000LL, -100000000000LL);
	printf("%d %d\n", 999999999999LL, -999999999999LL);
	printf("%d %d\n", 1000000000000LL, -1000000000000LL);
	printf("%d %d\n", 9999999999999LL, -9999999999999LL);
	printf("%d %d\n", 10000000000000LL, -10000000000000LL);
	printf("%d %d\n", 99999999999999LL, -99999999999999LL);
	printf("%d %d\n", 100000000000000LL, -100000000000000LL);
	printf("%d %d\n", 999999999999999LL, -999999999999999LL);
	printf("%d %d\n", 1000000000000000LL, -1000000000000000LL);
	printf("%d %d\n", 9999999999999999LL, -9999999999999999LL);
	printf("%d %d\n", 10000000000000000LL, -10000000000000000LL);
	printf("%d %d\n", 99999999999999999LL, -99999999999999999LL);
	printf("%d %d\n", 100000000000000000LL, -100000000000000000LL);
	printf("%d %d\n", 999999999999999999LL, -999999999999999999LL);
	printf("%d %d\n", 1000000000000000000LL, -1000000000000000000LL);
	printf("%d %d\n", 9223372036854775807LL, -9223372036854775807LL);
	printf("%d %u\n", -9223372036854775807LL - 1, 0xffffffffffffffffULL);
	exit(0);
}
