/*
 * A struct, union or array member of an associative array's struct value
 * used by reference as a key (k[a[k].arr], @[a[k].u]) or as an operand of
 * ?: (c ? a[k] : g) is refused in one sentence: dtc has no address for it
 * there (the generated C did not compile, and a key crashed dtc).  trace()
 * of one records its bytes from a copy of the element
 * (types/runtime-trace-assoc-member.d), as trace(a[k]) does
 * (types/runtime-trace-assoc-sou.d).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+10]]:4: error: a short [3] value taken by reference from an associative array's element here is not supported by dtc [D_UNSUPPORTED]
 * CHECK: :[[@LINE+10]]:4: error: a union  value taken by reference from an associative array's element here is not supported by dtc [D_UNSUPPORTED]
 * CHECK: :[[@LINE+10]]:8: error: a struct s value taken by reference from an associative array's element here is not supported by dtc [D_UNSUPPORTED]
 */
struct s { int a; short c[3]; union { int i; char b[4]; } u; } g;
struct s ma[int];

BEGIN
{
	trace(ma[1].c);
	k[ma[1].c] = 1;
	@[ma[1].u] = count();
	trace(pid ? ma[1] : g);
}
