/*
 * dt_uregs.bpf.h: uregs[i], the current thread's user registers, for
 * dtc-generated C (emit_subr.c; the D names are dlib/regs.d's R_*).
 * Indices 0..20 are x86-64 struct pt_regs slots (r15 .. ss, in that order,
 * 8 bytes each) of the task's user-mode register frame; 21..25 are
 * DTrace's extra R_DS, R_ES, R_FS, R_GS and R_TRAPNO, kept in the task's
 * thread_struct on Linux (ds, es, fsbase, gsbase, trap_nr).  Returns 0, or
 * -1 for an index DTrace has no register for (the clause faults with an
 * illegal operation, as DTrace's does).
 */
#ifndef DT_UREGS_BPF_H
#define DT_UREGS_BPF_H

#include "dt_core.bpf.h"

struct thread_struct___dtu {
	unsigned short es;
	unsigned short ds;
	unsigned long fsbase;
	unsigned long gsbase;
	unsigned long trap_nr;
} __attribute__((preserve_access_index));

struct task_struct___dtu {
	struct thread_struct___dtu thread;
} __attribute__((preserve_access_index));

static __always_inline int dt_uregs(__u64 i, __u64 *v)
{
	struct task_struct___dtu *t = (void *)bpf_get_current_task();

	*v = 0;
	if (i <= 20) {
		/* bpf_task_pt_regs(): task_pt_regs(), the frame saved on entry
		 * to the kernel (Linux 5.15, commit dd6e10fbd9fb) */
		char *regs = (char *)bpf_task_pt_regs(
			(struct task_struct *)bpf_get_current_task_btf());
		if (!regs || bpf_probe_read_kernel(v, 8, regs + i * 8))
			return -1;
		return 0;
	}
	switch (i) {
	case 21:
		if (bpf_core_field_exists(t->thread.ds))
			*v = BPF_CORE_READ(t, thread.ds);
		return 0;
	case 22:
		if (bpf_core_field_exists(t->thread.es))
			*v = BPF_CORE_READ(t, thread.es);
		return 0;
	case 23:
		if (bpf_core_field_exists(t->thread.fsbase))
			*v = BPF_CORE_READ(t, thread.fsbase);
		return 0;
	case 24:
		if (bpf_core_field_exists(t->thread.gsbase))
			*v = BPF_CORE_READ(t, thread.gsbase);
		return 0;
	case 25:
		if (bpf_core_field_exists(t->thread.trap_nr))
			*v = BPF_CORE_READ(t, thread.trap_nr);
		return 0;
	}
	return -1;
}

#endif
