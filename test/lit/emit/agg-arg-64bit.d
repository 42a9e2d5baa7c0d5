/*
 * An aggregating function takes its arguments' 64-bit values, as DTrace's
 * registers hold them: (1 << 63) - 1 is INT64_MAX here although typed int.
 * RUN: %dtc -S -o - --btf %S/../Inputs/min.btf %s | FileCheck %s
 * CHECK: __s64 _x = (__s64)(((long long)4611686018427387905ULL));
 * CHECK: __s64 _inc = (__s64)(((long long)9223372036854775807ULL));
 */
BEGIN
{
	@s = sum((1 << 62) + 1);
	@q = quantize(1, (1 << 63) - 1);
}
