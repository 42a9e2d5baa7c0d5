/*
 * dtc writes the oldest metadata version that describes the object: 2 when
 * an lquantize() value carries its sum word after the buckets ("aggsum"),
 * which a version 1 dtrun would read as one more bucket, so that such a
 * dtrun refuses the object instead of printing wrong counts; 1 otherwise.
 * RUN: %dtc -S -o - %s | FileCheck %s --check-prefix=LQ
 * LQ: "dtc-meta 2\n"
 * LQ: "aggsum 0 {{[0-9]+}}\n"
 * RUN: %dtc -S -o - -n 'BEGIN { @ = quantize(1); @c = count(); exit(0); }' | FileCheck %s --check-prefix=Q
 * Q: "dtc-meta 1\n"
 */
BEGIN
{
	@ = lquantize(3, 0, 10, 2);
	exit(0);
}
