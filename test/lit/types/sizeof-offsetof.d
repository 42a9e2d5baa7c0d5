/*
 * D struct, union and enum declarations: C layout for LP64, bit-fields
 * packed into units of their type; sizeof and offsetof are constants.
 *
 * RUN: %dtc -S -o - %s | FileCheck %s
 * CHECK-LABEL: dtc_clause_0(
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned long long)24ULL)));
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned long long)8ULL)));
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned long long)16ULL)));
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned long long)4ULL)));
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned long long)8ULL)));
 * CHECK: dt_put_int(_p, 0, (__u64)(long long)(((int)6ULL)));
 */
struct s {
	char c;
	long l;
	char name[3];
	int a : 3, b : 5;
};
union u { int i; char c[5]; };
enum e { E0, E1 = 5, E2 };
typedef struct s s_t;
BEGIN
{
	trace(sizeof(struct s));
	trace(offsetof(struct s, l));
	trace(offsetof(s_t, name));
	trace(sizeof(enum e));
	trace(sizeof(union u));
	trace(E2);
}
