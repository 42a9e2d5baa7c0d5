/*
 * DTrace takes up to 65535 lquantize() levels; dtc keeps an aggregation's
 * value in a per-CPU map, whose values the kernel caps at 32 KiB, so it
 * refuses more than 4092 levels (4094 buckets, the sum and, keyless, the
 * updated flag) when it compiles, not dtrun when the map fails to load
 * (E2BIG; 65535 levels gave a malformed .dtc section).  4092 compile.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+4]]:14: error: lquantize( ) has more than 4092 quantization levels in this dtc [D_LQUANT_STEPSMALL]
 * CHECK: :[[@LINE+4]]:17: error: lquantize( ) has more than 4092 quantization levels in this dtc [D_LQUANT_STEPSMALL]
 */
BEGIN { @a = count(); @b = lquantize(1, 0, 40920, 10); @c[1] = lquantize(1, -4092, 0); }
BEGIN { @d = lquantize(1, 0, 4093); }
BEGIN { @e[1] = lquantize(1, 0, 65535); }
