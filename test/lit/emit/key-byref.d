/*
 * Keys held by reference (DIF_TF_BYREF: dt_cg_arglist() copies them by
 * their size) are copied from where they lie into the key: a kernel struct
 * bpf_core_type_size() bytes, refused at load on a kernel where the type
 * outgrew the key ("kvar" lines name the key), a D array or a D struct of
 * more than 256 bytes by its size; the metadata gives each key's size
 * ("r" and the bytes).
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s
 * CHECK: struct dtc_agg0_key { char k0[1920]; } __attribute__((aligned(8)));
 * CHECK: struct dtc_agg1_key { char k0[16]; __u64 k1; } __attribute__((aligned(8)));
 * CHECK-LABEL: dtc_clause_0(
 * CHECK: char *_kd = (char *)(_kp->k0); __u64 _ks = (__u64)((struct task_struct *)(((unsigned long long)dt_cur_task(c)))); __u32 _kn = bpf_core_type_size(struct task_struct); if (_kn > 1920 ||
 * CHECK: char *_kd = (char *)(_kp->k0); __u64 _ks = (__u64)(&dtg_four); __u32 _kn = 16; if (
 * CHECK: char *_kd = (char *)(_k + 0); __u64 _ks = (__u64)(&dtg_b); __u32 _kn = 300; if (
 * CHECK: "agg 0 \"t\" count 1 0 0 0 0 1 r1920\n"
 * CHECK-NEXT: "kvar \"@t's key #1\" struct \"task_struct\" 1920\n"
 * CHECK: "agg 1 \"f\" count 1 0 0 0 0 2 r16 i4\n"
 * CHECK: "kvar \"x[]'s key #1\" struct \"task_struct\" 1920\n"
 */
struct big { char c[296]; int x; };
struct big b;
int four[4];

BEGIN
{
	@t[*curthread] = count();
	@f[four, 1] = count();
	y[b] = 1;
	x[*curthread] = 1;
}
