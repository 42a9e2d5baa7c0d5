/*
 * Integer constant expressions fold as DTrace's dt_node_op1() and
 * dt_node_op2() fold them: on the raw 64-bit values, typed by
 * dt_type_promote() but never truncated to that type (the value is
 * truncated where it is stored, recorded or cast, as a register is).  So
 * (1 << 40) == 0 is false although 1 << 40 is an int, ~0U is 64 one bits
 * (-1U is masked to 32), >> is a logical shift of the 64 bits, 1 / (1 << 32)
 * divides by 2^32, not by zero, and a cast truncates only when it narrows,
 * changes signedness at one size or widens a signed value to a larger
 * unsigned type below 64 bits (dt_cg_typecast()): (int)(1 << 40) is still
 * 1 << 40, (long)~0U is -1.  Each array below has one element when its rule
 * holds, or a negative dimension (an error) when not.
 *
 * RUN: %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned long long)((unsigned long long)8ULL))));
 * CHECK: dt_put_int(_p, 0, (__u64)(long long)(((int)((long long)1099511627776ULL))));
 * CHECK: dt_put_int(_p, 0, (__u64)(long long)(((long long)((long long)1099511627776ULL))));
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned int)((unsigned long long)18446744073709551615ULL))));
 * CHECK: dt_put_int(_p, 0, (__u64)(long long)(((long long)((long long)-1LL))));
 */
struct a { char c[(char)300 == 44 && (-1 < 0U) == 0 && (1 << 40) != 0 && (1L << 40) > 0 ? 1 : -1]; };
struct b { char c[~0U != 4294967295 && ~0U > 4294967295U && -1U == 4294967295 && -7 / 2 == -3 && -7 % 2 == -1 && 7 % -2 == 1 ? 1 : -1]; };
struct c { char c[(unsigned char)-1 == 255 && (short)65535 == -1 && 0x7fffffffffffffff + 1 < 0 ? 1 : -1]; };
struct d { char c[(int)(1 << 40) == 1L << 40 && (long)~0U == -1 && (unsigned long)(unsigned int)-1 == 4294967295 ? 1 : -1]; };
struct e { char c[(-8 >> 1) == 0x7ffffffffffffffc && !(-8 >> 1 < 0) && 2147483647 + 1 > 0 && 1 / (1 << 32) == 0 ? 1 : -1]; };
struct f { char c[~0U + 1 == 0 && (1 << 32) / 2 == 2147483648 && (1 << 64) == 1 && -2147483648 < 0 ? 1 : -1]; };
BEGIN
{
	trace(sizeof(struct a) + sizeof(struct b) + sizeof(struct c) + sizeof(struct d) +
	    sizeof(struct e) + sizeof(struct f) + 2);
	trace(1 << 40);
	trace((long)(1 << 40));
	trace(~0U);
	trace((long)~0U);
}
