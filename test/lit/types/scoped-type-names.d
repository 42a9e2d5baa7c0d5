/*
 * Type namespaces: obj`name names a type of that object only (dt_lex.l
 * id_or_type() takes it as a type name where dt_type_lookup() finds it;
 * dt_type_lookup() splits it, dtrace_lookup_by_type() looks in the one
 * object): D` is D's own types (int8_t ... string), a D program's and C's
 * base types; C` C's base types only; vmlinux` (or a loaded module) the
 * kernel's; struct/union/enum obj`tag too.  A name that is no type there
 * stays an identifier: a kernel symbol, unknown (D and C are modules
 * DTrace knows, so "Unknown symbol name").  struct foo`bar { ... } defines
 * a D struct of that name (dt_decl_sou()).
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s
 * CHECK-LABEL: dtc_clause_0(
 * CHECK: dtg_x = (unsigned short)
 * CHECK: dtg_y = (unsigned char)(((unsigned long long)1ULL))
 * CHECK: dtg_z = (signed char)(((long long)44ULL))
 * CHECK: dt_put_int(_p, 0, {{.*}}8ULL)
 * CHECK: dt_put_int(_p, 8, {{.*}}1ULL)
 * CHECK: dt_put_int(_p, 16, {{.*}}256ULL)
 * CHECK: dt_put_int(_p, 24, {{.*}}4ULL)
 * CHECK: dt_put_int(_p, 32, {{.*}}8ULL)
 * CHECK: dt_put_int(_p, 40, {{.*}}4ULL)
 * CHECK: dt_put_int(_p, 48, {{.*}}4ULL)
 * CHECK: dt_put_int(_p, 56, {{.*}}4ULL)
 * CHECK: DT_KREAD_PM(c, int, struct task_struct, ((dtg_p)), pid)
 * RUN: printf 'BEGIN { trace(sizeof (C`pid_t)); trace(sizeof (D`nosuch)); trace(sizeof (nomod`u32)); trace(sizeof (vmlinux`nosuch_t)); }\n' > %t.d
 * RUN: not %dtc -S -o - --btf %btf %t.d 2>&1 | FileCheck %s --check-prefix=ERR --implicit-check-not=error:
 * ERR: error: failed to resolve C`pid_t: Unknown symbol name [D_IDENT_UNDEF]
 * ERR: error: failed to resolve D`nosuch: Unknown symbol name [D_IDENT_UNDEF]
 * ERR: error: failed to resolve nomod`u32: Module is no longer loaded [D_IDENT_UNDEF]
 * ERR: error: failed to resolve vmlinux`nosuch_t: Unknown symbol name [D_IDENT_UNDEF]
 */
struct s { int a; };
typedef long myl;
struct foo`bar { int a; };
struct foo`bar fb;

BEGIN
{
	x = (vmlinux`u16)65537;
	y = (D`uint8_t)257;
	z = (C`char)300;
	p = (struct vmlinux`task_struct *)curthread;
	printf("%d %d %d %d %d %d %d %d %d", sizeof (vmlinux`u64),
	    sizeof (struct vmlinux`task_struct) > 0, sizeof (D`string), sizeof (C`int),
	    sizeof (D`myl), sizeof (struct D`s), sizeof (vmlinux`int), sizeof (fb), p->pid);
}
