/*
 * D struct, union and enum declarations laid out as DTrace lays them out
 * (libctf's ctf_add_member(): each member at the previous one's end rounded
 * to a byte and to its alignment, a bit-field an integer of its own, no tail
 * padding); sizeof and offsetof are constants.
 *
 * RUN: %dtc -S -o - %s | FileCheck %s
 * CHECK-LABEL: dtc_clause_0(
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned long long)21ULL)));
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned long long)8ULL)));
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned long long)16ULL)));
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned long long)4ULL)));
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned long long)5ULL)));
 * an enumerator is traced unsigned, as any enum (dt_node_type_assign()):
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned int)6ULL)));
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
