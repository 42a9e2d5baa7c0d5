/*
 * syscall:::return reads the syscall number (orig_ax) from the current
 * task's saved registers with a BTF-typed load, not bpf_probe_read_kernel()
 * (a helper call on every sys_exit: bench/read-quantize.sh).
 * RUN: %dtc -S -o - --btf %S/../Inputs/min.btf %s | FileCheck %s --implicit-check-not=bpf_probe_read_kernel
 * CHECK: SEC("raw_tp/sys_exit")
 * CHECK: nr = *(__u64 *)((char *)bpf_task_pt_regs(bpf_get_current_task_btf()) + 120);
 * CHECK: if (nr >= DT_MAX_SYSCALLS)
 */
syscall::read:return { @ = count(); }
