/*
 * Declarations: redeclaration, local associative arrays, declared types
 * checked at assignment, scalar/array misuse (two storage classes:
 * parse/D_DECL_CLASS.d).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+11]]:6: error: identifier redeclared: x{{$}}
 * CHECK: previous: scalar int [D_DECL_IDRED]
 * CHECK: :[[@LINE+10]]:10: error: associative arrays may not be declared as local variables: a [D_DECL_LOCASSC]
 * CHECK: :[[@LINE+14]]:2: error: operands have incompatible types: "int" = "string" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+14]]:2: error: operands have incompatible types: "int" = "string" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+14]]:2: error: cannot dereference non-pointer type [D_DEREF_NONPTR]
 * CHECK: :[[@LINE+14]]:2: error: associative array 'y' may not be referenced as scalar [D_IDENT_BADREF]
 * CHECK: :[[@LINE+14]]:8: error: self->nope has not yet been declared or assigned [D_VAR_UNDEF]
 * CHECK: :[[@LINE+14]]:8: error: q has not yet been declared or assigned [D_VAR_UNDEF]
 */
int x;
char x;
this int a[int];
this int t;
int y[int];
BEGIN
{
	this->t = "dummy";
	x = "dummy";
	x[1] = 2;
	y = 3;
	trace(self->nope);
	trace(q[1]);
}
