/*
 * Variables of kernel struct and union types hold the kernel's bytes: the
 * storage is the compile-time BTF size rounded up to 8 (task_struct is 1920
 * bytes in Inputs/min.btf), members are reached through a cast to the
 * preserve_access_index struct (CO-RE offsets), copies take
 * bpf_core_type_size() bytes straight into the storage, and "kvar" lines
 * let dtrun refuse a kernel whose type outgrew the storage.  Reading a
 * self-> one or an a[k] element creates nothing: one never assigned as a
 * whole is DTrace's NULL address, and the read faults (invalid address).
 * An anonymous kernel struct named by a typedef (kuid_t) is defined under
 * that typedef (with a ___dtc flavour), which CO-RE matches by name.
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s
 * CHECK: struct task_struct {
 * CHECK: int pid;
 * CHECK: } __attribute__((preserve_access_index));
 * CHECK: typedef struct {
 * CHECK-NEXT: unsigned int val;
 * CHECK-NEXT: } __attribute__((preserve_access_index)) kuid_t___dtc;
 * CHECK: kuid_t___dtc uid;
 * CHECK: __u64 dtg_g[240];
 * CHECK: const volatile __u64 dtc_kzero[240] = {};
 * CHECK: struct dt_self {
 * CHECK-NEXT: __u64 dts_tsk[240];
 * CHECK: struct dt_this {
 * CHECK-NEXT: __u64 dtl_t[240];
 * CHECK: __uint(value_size, 1920);
 * CHECK-NEXT: } dtv_a SEC
 * CHECK-LABEL: dtc_clause_0(
 * CHECK: char *_kd = (char *)(dtg_g); __u64 _ks = (__u64)((struct task_struct *)(((unsigned long long)dt_cur_task(c)))); __u32 _kn = bpf_core_type_size(struct task_struct); if (_kn > 1920 || bpf_probe_read_kernel(_kd, _kn, (const void *)_ks)) DT_FAULT(c, DTRACEFLT_BADADDR, _ks);
 * CHECK: char *_kd = (char *)(&(*(struct task_struct *)(*({ struct dt_self *_s = dt_self_get(c, 1);
 * CHECK: __u64 _ks = (__u64)(&(*(struct task_struct *)({ struct dt_self *_s = dt_self_get(c, 0); if (!_s || !(_s->dts__live[0] & (1ULL << 0))) DT_FAULT(c, DTRACEFLT_BADADDR, 0); (void *)&_s->dts_tsk; })));
 * CHECK: void *_e = dt_dyn_create(&dtv_a, _k, (const void *)dtc_kzero); if (!_e) DT_DYN_DROPPED(c);
 * CHECK: (*(struct task_struct *)dtg_g))).pid)
 * CHECK: void *_v = bpf_map_lookup_elem(&dtv_a, _k); if (!_v) DT_FAULT(c, DTRACEFLT_BADADDR, 0); _v; }))).tgid)
 * CHECK: dt_dyn_delete(&dtv_a, _k);
 * CHECK: "kvar \"a\" struct \"task_struct\" 1920\n"
 * CHECK: "kvar \"this->t\" struct \"task_struct\" 1920\n"
 * CHECK: "kvar \"self->tsk\" struct \"task_struct\" 1920\n"
 * CHECK: "kvar \"g\" struct \"task_struct\" 1920\n"
 * CHECK: "kvar \"self->u\" typedef \"kuid_t\" 8\n"
 */
self kuid_t u;
struct task_struct g;
self struct task_struct tsk;
this struct task_struct t;
struct task_struct a[int];

BEGIN
{
	g = *curthread;
	self->tsk = g;
	this->t = self->tsk;
	a[1] = this->t;
	trace(g.pid);
	trace(a[1].tgid);
	a[1] = 0;
	self->u = curthread->cred->uid;
	trace(self->u.val);
}
