/*
 * &a of an array is a pointer to the array (dt_cook_op1() of & gives
 * dt_type_pointer() of its type): &`arr of a kernel array symbol (a
 * DT_NODE_SYM, an lvalue) is an unsigned char (*)[4], so *(&`arr) is the
 * array (sizeof 4) and (&`arr)[0][i], p[0][i] of a pointer to an array
 * index the i-th element of the first array; the type is named as
 * ctf_type_name() names it.  A member or *p of array type is no lvalue:
 * sema/D_ADDROF_LVAL-array.d.
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned long long)4ULL)));
 * CHECK: (&(*(&((unsigned char (*)[4])({{.*}}dtl_ap{{.*}}))[((int)0ULL)]))[((int)1ULL)])
 * CHECK: (&(*(&((unsigned char (*)[4]){{.*}}&some_bytes{{.*}}))[((int)0ULL)]))[((int)2ULL)])
 * RUN: printf 'extern unsigned char some_bytes[4];\nBEGIN { trace(strlen(&`some_bytes)); }\n' > %t.d
 * RUN: not %dtc -S -o /dev/null --btf %btf %t.d 2>&1 | FileCheck %s --check-prefix=NAME
 * NAME: argument: unsigned char (*)[4]
 */
extern unsigned char some_bytes[4];

BEGIN
{
	this->ap = &`some_bytes;
	trace(sizeof(*this->ap));
	trace(this->ap[0][1]);
	trace((&`some_bytes)[0][2]);
}
