/*
 * An unclosed '(' or '[' at a predicate's closing '/' is reported on the
 * line of the character after it: dt_lex.l reads ahead with input() to
 * the next non-blank character, counting the newlines it passes.
 * RUN: not %dtc %s 2>&1 | FileCheck %s
 * CHECK: D_SYNTAX-pred-close-line.d:[[@LINE+6]]:1: error: closing ) expected in predicate before / [D_SYNTAX]
 * RUN: not %dtrun -xerrtags -e -s %s 2>&1 | FileCheck %s --check-prefix=DT
 * DT: [D_SYNTAX] line [[@LINE+4]]: closing ) expected in predicate before /
 */
BEGIN /rand(/

{
	trace(epid);
}
