/*
 * inet_ntoa6()'s strict flag is an integer constant, as
 * dt_cg_subr_inet_ntoa6() requires: a variable is D_PROTO_ARG; a constant
 * expression folds and is taken.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+8]]:22: error: inet_ntoa6( ) argument #2 must be an integer constant [D_PROTO_ARG]
 */
BEGIN
{
	a = (struct in6_addr *)alloca(16);
	i = 1;
	trace(inet_ntoa6(a, 1 + 1));
	trace(inet_ntoa6(a, 0));
	trace(inet_ntoa6(a, i));
}
