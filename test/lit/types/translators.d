/*
 * Script translators: xlate to a struct value (.m) and to a pointer (->m)
 * are replaced by the member's expression with the input bound; inlines
 * are replaced by their value, cast to their type.
 *
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s
 * CHECK-LABEL: dtc_clause_0(
 * CHECK: DT_KREAD_PM(c, int, struct task_struct, (((unsigned long long)dt_cur_task(c))), tgid)
 * CHECK: DT_KSTR(c, 0, ({ struct task_struct *_cp = (struct task_struct *)(((unsigned long long)dt_cur_task(c))); if (!_cp) DT_FAULT(c, DTRACEFLT_BADADDR, 0); &_cp->comm; }), 16)
 * CHECK: ((long long)42ULL)
 */
struct out { int o_pid; string o_name; int o_v; };
translator struct out < struct task_struct *t > {
	o_pid = t->tgid;
	o_name = t->comm;
};
translator struct out < int x > {
	o_v = x + 1;
};
inline long FORTY_ONE = 41;
BEGIN
{
	trace(xlate <struct out *> (curthread)->o_pid);
	trace(xlate <struct out> (curthread).o_name);
	trace(xlate <struct out> (FORTY_ONE).o_v);
}
