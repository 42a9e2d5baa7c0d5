/*
 * extern T sym; types `sym where the kernel's BTF has no variable sym: a
 * typeless ksym (libbpf takes its address from /proc/kallsyms) read as
 * memory of type T (an array too).  Where the BTF has the variable, the extern must agree
 * with its type; an extern redeclared with another type is an error, as
 * in DTrace.
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s
 * CHECK: extern const void some_bytes __ksym;
 * CHECK: extern const struct min_btf_root min_btf_root __ksym;
 * CHECK: extern const void some_task __ksym;
 * CHECK: extern const void nr_things __ksym;
 * CHECK-LABEL: dtc_clause_0(
 * CHECK: DT_KREAD(c, unsigned int, ((unsigned int *)(((unsigned long long)&nr_things))))
 * CHECK: DT_KREAD(c, int, (&((struct task_struct *)(((unsigned long long)&some_task)))->pid))
 * CHECK: DT_KREAD(c, int, (&((struct min_btf_root *)(((unsigned long long)&min_btf_root)))->e))
 * CHECK: DT_KREAD(c, unsigned char, ({ __u64 _ix = {{.*}}; if (_ix >= 4) { {{.*}}DTRACEFLT_BADINDEX{{.*}} } &(*((unsigned char (*)[4])(((unsigned long long)&some_bytes))))[_ix]; }))
 * RUN: printf 'extern int min_btf_root;\nextern long q;\nextern int q;\nBEGIN { trace(`min_btf_root.e); }\n' > %t.d
 * RUN: not %dtc -S -o - --btf %btf %t.d 2>&1 | FileCheck %s --check-prefix=ERR --implicit-check-not=error:
 * ERR: :3:12: error: identifier redeclared: D`q
 * ERR-NEXT: {{^}}	 current: int
 * ERR-NEXT: {{^}}	previous: long [D_DECL_IDRED]
 * ERR: :1:12: error: identifier redeclared: vmlinux`min_btf_root
 * ERR-NEXT: {{^}}	 current: int
 * ERR-NEXT: {{^}}	previous: struct min_btf_root [D_DECL_IDRED]
 */
extern unsigned int nr_things;
extern struct task_struct some_task;
extern struct min_btf_root min_btf_root;
extern unsigned int nr_things;
extern unsigned char some_bytes[4];

BEGIN
{
	trace(`nr_things);
	trace(`some_task.pid);
	trace(`min_btf_root.e);
	trace(`some_bytes[pid & 3]);
}
