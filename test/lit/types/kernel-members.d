/*
 * Kernel types come from BTF: curthread is a struct task_struct *; member
 * chains become C definitions of only the used members, marked
 * preserve_access_index, read with DT_KREAD (faults on a bad address);
 * char arrays read as strings.
 *
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s
 * CHECK-LABEL: types: D declarations and kernel types (CO-RE)
 * CHECK: struct task_struct {
 * CHECK-NEXT: 	int pid;
 * CHECK-NEXT: 	int tgid;
 * CHECK-NEXT: 	void *real_parent;
 * CHECK-NEXT: 	signed char comm[16];
 * CHECK-NEXT: } __attribute__((preserve_access_index));
 * CHECK-LABEL: dtc_clause_0(
 * CHECK: DT_KSTR(c, 0, ({ struct task_struct *_cp = (struct task_struct *)(((unsigned long long)dt_cur_task(c))); if (!_cp) DT_FAULT(c, DTRACEFLT_BADADDR, 0); &_cp->comm; }), 16)
 * CHECK: DT_KREAD_PM(c, int, struct task_struct, (DT_KREAD_PM(c, unsigned long long, struct task_struct, (((unsigned long long)dt_cur_task(c))), real_parent)), tgid)
 */
BEGIN
{
	printf("%s %d %d\n", curthread->comm, curthread->pid, curthread->real_parent->tgid);
	exit(0);
}
