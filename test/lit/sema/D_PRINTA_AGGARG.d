/*
 * Aggregation actions take aggregations; aggregating functions only feed them.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+14]]:12: error: trunc( ) argument #2 is incompatible with prototype:
 * CHECK: :[[@LINE+14]]:8: error: operands have incompatible types: "aggregation" + "int" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+8]]:9: error: printa( ) argument #1 is incompatible with prototype:
 * CHECK: :[[@LINE+8]]:2: error: printa( ) prototype mismatch: 1 args passed, 2 expected [D_PRINTA_PROTO]
 * CHECK: :[[@LINE+9]]:12: error: normalize( ) argument #1 is incompatible with prototype:
 * (avg(1); is no error here: code generation stops at printa(123) before it)
 */
BEGIN
{
	@a = count();
	printa(123);
	printa("%d");
	avg(1);
	normalize(count(), 4);
	trunc(@a, @a);
	trace(@a + 3);
}
