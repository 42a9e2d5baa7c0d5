/*
 * Prototypes in declarations follow DTrace's rules (dt_decl_prototype()):
 * a function prototype is accepted (an extern declaration, nothing to
 * emit), an associative array's tuple signature takes no "...", no
 * parameter is itself an associative array, void stands alone and
 * unnamed, names are unique.  An inline may not redefine a built-in
 * function.  A "#pragma D attributes|binding" naming no identifier by the
 * end of the program is D_PRAGMA_UNUSED (one defined later is used).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: decl-protos.d:[[@LINE+12]]:10: error: function prototype may not use parameter of type dynamic variable: a, parameter #1 [D_DECL_PROTO_TYPE]
 * CHECK: decl-protos.d:[[@LINE+12]]:10: error: array prototype may not use a variable-length argument list [D_DECL_PROTO_VARARGS]
 * CHECK: decl-protos.d:[[@LINE+12]]:10: error: void must be sole parameter [D_DECL_PROTO_VOID]
 * CHECK: decl-protos.d:[[@LINE+12]]:10: error: void parameter may not have a name: v [D_DECL_PROTO_NAME]
 * CHECK: decl-protos.d:[[@LINE+12]]:17: error: parameter is already declared in function prototype: x, parameter #2 [D_DECL_PROTO_FORM]
 * CHECK: decl-protos.d:[[@LINE+12]]:12: error: identifier redefined: rand
 * CHECK: decl-protos.d:[[@LINE+13]]:1: error: unused #pragma attributes [D_PRAGMA_UNUSED]
 * CHECK: decl-protos.d:[[@LINE+13]]:1: error: unused #pragma binding [D_PRAGMA_UNUSED]
 */
void ok1(int, int);
int ok2(void);
int *ok3(char *s, ...);
int bad1(int a[int]);
int bad2[...];
int bad3(int, void);
int bad4(void v);
int bad5(int x, int x);
inline int rand = 7;
#pragma D attributes Stable/Stable/Common used_later
#pragma D attributes Stable/Stable/Common ok1;
#pragma D binding "1.0" nowhere
BEGIN
{
	used_later = 1;
	exit(0);
}
