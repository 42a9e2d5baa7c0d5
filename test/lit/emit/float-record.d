/*
 * A float/double/long double argument is recorded as its raw bits (fN in the
 * metadata), never converted: BPF has no floating-point operations.
 *
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s
 * CHECK: double _fv = ({{.*}}dtg_d{{.*}}); __builtin_memcpy(_fb, &_fv, 8); dt_put_int(_p, 0, _fb[0]); }
 * CHECK: float _fv = ({{.*}}dtg_f{{.*}}); __builtin_memcpy(_fb, &_fv, 4); dt_put_int(_p, 8, _fb[0]); }
 * CHECK: __builtin_memcpy(_fb, &_fv, 16); dt_put_int(_p, 16, _fb[0]); dt_put_int(_p, 24, _fb[1]); }
 * CHECK: "act 0 0 printf 3 {{.*}} f8 f4 f16\n"
 * CHECK: "act 1 0 trace 1 {{.*}} f4\n"
 */
double d;
float f;
long double ld;

BEGIN
{
	printf("%f %e %Lg\n", d, f, ld);
	trace(f);
}
