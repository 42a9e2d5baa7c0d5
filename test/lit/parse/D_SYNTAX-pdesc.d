/*
 * A probe description needs a predicate or actions, and a predicate needs
 * actions; '/' followed by ';' '{' '/' or the end closes a predicate.  A ';'
 * after a description is a character dt_lex.l has no token for there:
 * "syntax error near", as Oracle's dtrace says (parse/pspec-then-char.test).
 * RUN: not %dtc %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: D_SYNTAX-pdesc.d:[[@LINE+6]]:1: error: syntax error near ";" [D_SYNTAX]
 * CHECK: D_SYNTAX-pdesc.d:[[@LINE+8]]:2: error: expected actions { } following probe description and predicate [D_SYNTAX]
 * CHECK: D_SYNTAX-pdesc.d:[[@LINE+10]]:9: error: closing ) expected in predicate before / [D_SYNTAX]
 * CHECK: D_SYNTAX-pdesc.d:[[@LINE+14]]:1: error: syntax error near end of input [D_SYNTAX]
 */
syscall::read:entry
;

tick-1s
/pid == 1/;

END
/rand(/ { }

BEGIN
{
	trace(1);
