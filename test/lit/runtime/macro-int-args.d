/*
 * An integer macro argument in dtrun's one step is the integer constant
 * its text reads as (dt_lex.l, dt_node_int()): sizeof($1) is 4 for "1",
 * 8 for "4294967296"; "+5" and "-5" are the unary operators on 5.
 * (dtrun/macro-int-args.test has the compile-time rules.)
 * REQUIRES: root
 * RUN: %dtrun -qs %s 1 4294967296 +5 -- -5 | FileCheck %s
 * CHECK: 4 8 4 4
 * CHECK: -1 5 -5 2147483647
 */
BEGIN
{
	printf("%d %d %d %d\n", sizeof($1), sizeof($2), sizeof($3), sizeof($4));
	printf("%d %d %d %d\n", -$1, $3, $4, 2147483646 + $1);
	exit(0);
}
