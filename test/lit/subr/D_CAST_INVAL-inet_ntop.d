/*
 * inet_ntop(af, addr) is af == AF_INET6 ? inet_ntoa6((struct in6_addr *)addr, 1)
 * : inet_ntoa((ipaddr_t *)addr), cooked as it is compiled
 * (dt_cg_subr_inet_ntop()): its void * takes a string, but the cast to a
 * pointer does not (D_CAST_INVAL, a code-generation error).  The ?: is
 * folded when af is a constant: AF_INET names inet_ntoa()'s "unsigned int *",
 * AF_INET6 or a variable inet_ntoa6()'s "struct in6_addr *".  A char array
 * is its address, and passes.
 * RUN: not %dtc -S -o /dev/null %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+11]]:27: error: invalid cast expression: "string" to "unsigned int *" [D_CAST_INVAL]
 * CHECK: :[[@LINE+11]]:21: error: invalid cast expression: "string" to "unsigned int *" [D_CAST_INVAL]
 * CHECK: :[[@LINE+11]]:28: error: invalid cast expression: "string" to "struct in6_addr *" [D_CAST_INVAL]
 * CHECK: :[[@LINE+11]]:21: error: invalid cast expression: "string" to "struct in6_addr *" [D_CAST_INVAL]
 * RUN: %S/../Inputs/status.sh 1 %dtrun -xerrtags -e -s %s 2>&1 | FileCheck %s --check-prefix=DT -DF=%s
 * DT: {{^}}dtrace: failed to compile script [[F]]: [D_CAST_INVAL] line [[@LINE+2]]: invalid cast expression: "string" to "unsigned int *"{{$}}
 */
BEGIN
{
	x = 2;
	s = "abc";
	trace(inet_ntop(AF_INET, "a"));
	trace(inet_ntop(2, s));
	trace(inet_ntop(AF_INET6, execname));
	trace(inet_ntop(x, "a"));
	trace(inet_ntop(2, curthread->comm));
}
