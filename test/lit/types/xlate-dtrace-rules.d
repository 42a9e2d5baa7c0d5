/*
 * Translators by dt_parser.c's rules: a member definition must be
 * argument-compatible with the member (dt_node_is_argcompat(): an int
 * member takes no pointer, a char array is named as declared); xlate to a
 * type with no translator, or to one that is no struct or union, is
 * D_XLATE_NONE with dt_xlator_lookup()'s words; translated data used whole
 * gets the error DTrace gives for each use (a prototype argument: D_PROTO_ARG).
 * RUN: not %dtc -S -o - --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: xlate-dtrace-rules.d:[[@LINE+18]]:2: error: translator member x definition uses incompatible types: "int" = "struct in *" [D_XLATE_INCOMPAT]
 * CHECK: xlate-dtrace-rules.d:[[@LINE+20]]:2: error: translator member x definition uses incompatible types: "int" = "char [16]" [D_XLATE_INCOMPAT]
 * CHECK: xlate-dtrace-rules.d:[[@LINE+27]]:2: error: cannot translate from "int" to "struct out3" [D_XLATE_NONE]
 * CHECK: xlate-dtrace-rules.d:[[@LINE+27]]:2: error: cannot translate from "struct in *" to "int" [D_XLATE_NONE]
 * CHECK: xlate-dtrace-rules.d:[[@LINE+27]]:8: error: trace( ) may not be applied to a dynamic expression [D_TRACE_DYN]
 * CHECK: xlate-dtrace-rules.d:[[@LINE+27]]:8: error: trace( ) may not be applied to a dynamic expression [D_TRACE_DYN]
 * CHECK: xlate-dtrace-rules.d:[[@LINE+27]]:2: error: internal error -- no support for translated types yet [D_UNKNOWN]
 * CHECK: xlate-dtrace-rules.d:[[@LINE+27]]:2: error: operands have incompatible types: "scalar" = "pointer to translated data" [D_OP_INCOMPAT]
 * CHECK: xlate-dtrace-rules.d:[[@LINE+27]]:2: error: operands have incompatible types: "associative array" = "pointer to translated data" [D_OP_INCOMPAT]
 * CHECK: xlate-dtrace-rules.d:[[@LINE+27]]:8: error: print( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: void *
 * CHECK-NEXT: argument: pointer to translated data [D_PROTO_ARG]
 */
struct in { int a; char *s; };
struct out { int x; string s; };
struct out2 { int x; };
struct out3 { int x; };
translator struct out < struct in *ivar > {
	x = ivar;
};
translator struct out2 < struct task_struct *t > {
	x = t->comm;
};
translator struct out3 < struct in *ivar > {
	x = ivar->a;
	x = 2; /* a second definition is no error: dt_xlator_create() */
};
BEGIN
{
	xlate <struct out3> (1).x;
	xlate <int> ((struct in *)0);
	trace(xlate <struct out3> ((struct in *)0));
	trace(*xlate <struct out3 *> ((struct in *)0));
	x = xlate <struct out3> ((struct in *)0);
	self->y = xlate <struct out3 *> ((struct in *)0);
	a[1] = xlate <struct out3 *> ((struct in *)0);
	print(xlate <struct out3 *> ((struct in *)0));
}
