/*
 * A member of a translated struct is looked up in the translator first
 * (dt_cook_op2(): dt_xlator_member()): a name the translator does not
 * convert is D_XLATE_NOCONV whether or not the output type has such a
 * member, through xlate <T>, xlate <T *> and an inline of one (dtc said
 * D_TYPE_MEMBER for a name the output type lacks).
 * RUN: not %dtc -S -o - --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+13]]:8: error: translator does not define conversion for member: nosuch [D_XLATE_NOCONV]
 * CHECK: :[[@LINE+13]]:8: error: translator does not define conversion for member: b [D_XLATE_NOCONV]
 * CHECK: :[[@LINE+13]]:8: error: translator does not define conversion for member: nosuch [D_XLATE_NOCONV]
 * CHECK: :[[@LINE+13]]:8: error: translator does not define conversion for member: nosuch [D_XLATE_NOCONV]
 */
struct d { int a; int b; };
translator struct d < int I > {
	a = I;
};
inline struct d *dp = xlate <struct d *> (1);

BEGIN
{
	trace(xlate <struct d> (1).nosuch);
	trace(xlate <struct d> (1).b);
	trace(xlate <struct d *> (1)->nosuch);
	trace(dp->nosuch);
}
