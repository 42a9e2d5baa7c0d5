/*
 * An aggregation's key tuple is its first use's (dt_cg_agg() records it,
 * dt_cg_arglist() casts every later key to it): an integer key is stored
 * as the prototype's integer type, so (long)257 in a char aggregation is
 * the key 1; a stack() of other depth or kind, or a ustack(), fills the
 * first use's stack record with its own frames, no more than it holds; a
 * struct or union key is its bytes ("r" and its size in the metadata).
 * RUN: %dtc -S -o - %s | FileCheck %s
 * CHECK: struct dtc_agg0_key { __u64 k0; } __attribute__((aligned(8)));
 * CHECK: struct dtc_agg1_key { __u64 k0[6]; } __attribute__((aligned(8)));
 * CHECK: struct dtc_agg2_key { char k0[16]; __u64 k1; } __attribute__((aligned(8)));
 * CHECK: _kp->k0 = (__u64)(__s8)({{.*}}1ULL)));
 * CHECK: dt_put_stack(c, (char *)_kp->k0, 5, 0);
 * CHECK: ({ struct dtu_foo _kv = ((dtg_f)); __builtin_memcpy(_kp->k0, &_kv, 12); 0; });
 * CHECK: _kp->k0 = (__u64)(__s8)({{.*}}257ULL)));
 * CHECK: dt_put_stack(c, (char *)_kp->k0, 3, 0);
 * CHECK: dt_put_stack(c, (char *)_kp->k0, 5, 0);
 * CHECK: dt_put_stack(c, (char *)_kp->k0, 2, BPF_F_USER_STACK);
 * CHECK: _kp->k0 = (__u64)(__u16)({{.*}}1ULL)));
 * CHECK: _kp->k0 = (__u64)(__u16)({{.*}}-1LL)));
 * CHECK: "agg 0 \"c\" count 1 0 0 0 0 1 i1\n"
 * CHECK: "agg 1 \"s\" count 1 0 0 0 0 1 k48\n"
 * CHECK: "agg 2 \"st\" count 1 0 0 0 0 2 r12 i4\n"
 * CHECK: "agg 3 \"u\" count 1 0 0 0 0 1 u2\n"
 */
struct foo { int a; char b; int c; };
struct foo f;

BEGIN
{
	@c[(char)1] = count();
	@s[stack(5)] = count();
	@st[f, 1] = count();
}

BEGIN
{
	@c[(long)257] = count();
	@s[stack(3)] = count();
	@s[stack(20)] = count();
	@s[ustack(2)] = count();
	@u[(unsigned short)1] = count();
	@u[-1] = count();
}
