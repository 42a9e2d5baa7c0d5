/*
 * Integer constant expressions fold with C's conversions for LP64 (64-bit
 * evaluation, truncation by casts, unsigned comparison); a constant
 * division by zero is a compile-time error, as in DTrace.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: const-fold.d:[[@LINE+8]]:8: error: expression contains division by zero [D_DIV_ZERO]
 * CHECK: const-fold.d:[[@LINE+8]]:8: error: expression contains division by zero [D_DIV_ZERO]
 */
struct a { char c[(char)300 == 44 && -1 < 0U == 0 && (1 << 40) == 0 && (1L << 40) > 0 ? 1 : -1]; };
struct b { char c[sizeof (struct a) == 1 && ~0U == 4294967295 && -7 / 2 == -3 && -7 % 2 == -1 ? 1 : -1]; };
struct c { char c[(unsigned char)-1 == 255 && (short)65535 == -1 && 0x7fffffffffffffff + 1 < 0 ? 1 : -1]; };
BEGIN
{
	trace(1 / (2 - 2));
	trace(5 % 0);
	trace(sizeof (struct b) + sizeof (struct c));
}
