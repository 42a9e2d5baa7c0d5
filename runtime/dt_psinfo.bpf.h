/* SPDX-License-Identifier: GPL-2.0 */
/*
 * dt_psinfo.bpf.h: the members of psinfo_t (dlib/psinfo.d) that come from a
 * process's memory map: pr_psargs, pr_argc, pr_argv and pr_envp, which
 * Oracle's DTrace for Linux translated from the kernel's psinfo (1.x's
 * procfs.d: get_psinfo(T)->__psinfo(psargs) ...), through dlib's internal
 * subroutines __psargs() and __psinfo_mm().
 *
 * Linux keeps no kernel copy of a process's arguments (Solaris keeps
 * u_psargs): they are the NUL-separated strings between mm->arg_start and
 * arg_end in the process's own memory, and its initial stack pointer
 * (mm->start_stack) points at argc, followed by argv[] and envp[]
 * (fs/binfmt_elf.c create_elf_tables()).  A probe can read only the current
 * process's memory, so these members are empty (0) for a task of another
 * process, as for a kernel thread (no mm).
 */
#ifndef DT_PSINFO_BPF_H
#define DT_PSINFO_BPF_H

#include "dt_core.bpf.h"

#define DT_PRARGSZ 80 /* psinfo_t pr_psargs: Solaris's PRARGSZ */

struct mm_struct___dtps {
	unsigned long start_stack, arg_start, arg_end;
} __attribute__((preserve_access_index));
struct task_struct___dtps {
	struct mm_struct___dtps *mm;
} __attribute__((preserve_access_index));

/* T's mm when the probe can read T's process's memory, else NULL. */
static __always_inline struct mm_struct___dtps *dt_ps_own_mm(__u64 task)
{
	struct task_struct___dtps *t = (void *)task, *cur = (void *)bpf_get_current_task();
	struct mm_struct___dtps *mm = BPF_CORE_READ(t, mm);

	return mm && mm == BPF_CORE_READ(cur, mm) ? mm : NULL;
}

/* pr_psargs: the first PRARGSZ - 1 bytes of the arguments, a space between
 * two, as ps(1) shows them. */
static __always_inline char *dt_psargs(char *d, __u64 task)
{
	struct mm_struct___dtps *mm = dt_ps_own_mm(task);
	__u64 a, e;
	__u32 n, max = DT_PRARGSZ - 1 < DT_STRSIZE - 1 ? DT_PRARGSZ - 1 : DT_STRSIZE - 1;

	d[0] = 0;
	if (!mm)
		return d;
	a = BPF_CORE_READ(mm, arg_start);
	e = BPF_CORE_READ(mm, arg_end);
	if (e <= a)
		return d;
	n = e - a > max ? max : (__u32)(e - a);
	if (n == 0 || bpf_probe_read_user(d, n & 0x7f, (const void *)a)) {
		d[0] = 0;
		return d;
	}
	for (__u32 i = 0; i < DT_PRARGSZ - 1 && i < n; i++)
		if (d[i] == 0)
			d[i] = ' ';
	/* the last argument's NUL (and an empty one's) leave no trailing space */
	for (__u32 i = 0; i < DT_PRARGSZ - 1 && n > 0 && d[(n - 1) & 0x7f] == ' '; i++)
		n--;
	d[n & 0x7f] = 0;
	return d;
}

enum { DT_PS_ARGC, DT_PS_ARGV, DT_PS_ENVP };

/* __psinfo_mm(T, what): pr_argc, pr_argv or pr_envp. */
static __always_inline __u64 dt_psinfo_mm(__u64 task, int what)
{
	struct task_struct___dtps *t = (void *)task;
	struct mm_struct___dtps *mm = BPF_CORE_READ(t, mm);
	__u64 ss, argc = 0;

	if (!mm)
		return 0;
	ss = BPF_CORE_READ(mm, start_stack);
	switch (what) {
	case DT_PS_ARGV: /* an address in T's process: any T */
		return ss + 8;
	case DT_PS_ARGC:
	case DT_PS_ENVP:
		if (!dt_ps_own_mm(task) || bpf_probe_read_user(&argc, 8, (const void *)ss))
			return 0;
		return what == DT_PS_ARGC ? argc : ss + 8 * (argc + 2);
	}
	return 0;
}

#endif
