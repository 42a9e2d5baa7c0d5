/*
 * sizeof of translated data is its output type's size: the operand is not
 * evaluated, so nothing is translated (dt_cook_op1's sizeof takes the
 * node's type).  Translated data used as a whole value elsewhere is still
 * refused (types/decl-errors.d).
 * RUN: %dtc -S -o - %s | FileCheck %s
 * CHECK: dt_put_int(_p, 0, {{.*}}16ULL{{.*}});
 * CHECK: dt_put_int(_p, 0, {{.*}}16ULL{{.*}});
 * CHECK: dt_put_int(_p, 0, {{.*}}8ULL{{.*}});
 * CHECK: dt_put_int(_p, 0, {{.*}}416ULL{{.*}});
 */
struct in { int a; };
struct out { int x; long y; };
translator struct out < struct in *P > { x = P->a; y = 2; };

BEGIN
{
	trace(sizeof (xlate <struct out>((struct in *)0)));
	trace(sizeof (*xlate <struct out *>((struct in *)0)));
	trace(sizeof (xlate <struct out *>((struct in *)0)));
	trace(sizeof (*curpsinfo));
}
