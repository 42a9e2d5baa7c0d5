/*
 * Floating-point objects may be declared (D has no arithmetic on them):
 * float, double and long double globals, also through typedefs.
 * RUN: %dtc -S -o - %s | FileCheck %s --implicit-check-not=error:
 * CHECK-DAG: float dtg_f;
 * CHECK-DAG: double dtg_d;
 * CHECK-DAG: unsigned __int128 dtg_ld;
 */
typedef float new_float;
typedef long double new_long_double;
new_float f;
double d;
new_long_double ld;

BEGIN
{
	trace(sizeof (ld));
	exit(0);
}
