/*
 * Declarations: storage classes, redeclaration, local associative arrays,
 * declared types checked at assignment, scalar/array misuse.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+10]]:1: error: only one storage class allowed in a declaration [D_DECL_CLASS]
 * CHECK: :[[@LINE+11]]:6: error: identifier redeclared: x [D_DECL_IDRED]
 * CHECK: :[[@LINE+11]]:10: error: associative arrays may not be declared as local variables: a [D_DECL_LOCASSC]
 * CHECK: :[[@LINE+15]]:2: error: operands have incompatible types: "int" = "string" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+15]]:2: error: operands have incompatible types: "int" = "string" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+15]]:2: error: cannot access scalar x as an associative array [D_ARR_BADREF]
 * CHECK: :[[@LINE+15]]:2: error: associative array 'y' may not be referenced as scalar [D_IDENT_BADREF]
 * CHECK: :[[@LINE+15]]:8: error: self->nope has not yet been declared or assigned [D_VAR_UNDEF]
 * CHECK: :[[@LINE+15]]:8: error: q has not yet been declared or assigned [D_VAR_UNDEF]
 */
this self int z;
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
