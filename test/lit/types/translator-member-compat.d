/*
 * A translator member takes an expression of a compatible type
 * (dt_node_is_argcompat()): integers from integers, and a string, a char
 * array or a char pointer from any of the three, as Oracle's procfs.d
 * fills char pr_fname[16] from the task's comm; a string from an integer,
 * or an integer from a string, is D_XLATE_INCOMPAT.
 *
 * RUN: %dtc -S -o /dev/null --btf %btf -C %s
 * RUN: not %dtc -S -o /dev/null --btf %btf -C -DBAD1 %s 2>&1 | FileCheck %s --check-prefix=BAD1
 * RUN: not %dtc -S -o /dev/null --btf %btf -C -DBAD2 %s 2>&1 | FileCheck %s --check-prefix=BAD2
 * BAD1: error: translator member o_name definition uses incompatible types: "char [16]" = "pid_t" [D_XLATE_INCOMPAT]
 * BAD2: error: translator member o_pid definition uses incompatible types: "int" = "char [16]" [D_XLATE_INCOMPAT]
 */
struct out { int o_pid; char o_name[16]; char o_class[8]; string o_s; };
#if defined(BAD1)
translator struct out < struct task_struct *t > {
	o_name = t->tgid;
};
#elif defined(BAD2)
translator struct out < struct task_struct *t > {
	o_pid = t->comm;
};
#else
translator struct out < struct task_struct *t > {
	o_pid = t->tgid;
	o_name = t->comm;
	o_class = "TS";
	o_s = t->comm;
};
#endif
BEGIN
{
	trace(xlate <struct out *> (curthread)->o_pid);
}
