/*
 * -C: a C library header gives D its macros and types only (glibc's
 * <endian.h> also defines static inline functions unless __STRICT_ANSI__).
 * RUN: %dtc -C -S -o - --btf %S/../Inputs/min.btf %s | FileCheck %s
 * CHECK: dtc_clause_0(
 * exit(__BYTE_ORDER == __LITTLE_ENDIAN ? 0 : 1) is exit(0) (dt_node_op3()):
 * CHECK: dt_put_int(_p, 0, (__u64)(long long)(((int)0ULL)));
 */
#include <endian.h>

BEGIN
{
	exit(__BYTE_ORDER == __LITTLE_ENDIAN ? 0 : 1);
}
