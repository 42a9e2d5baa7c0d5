/*
 * `sym and vmlinux`sym: a kernel variable the BTF describes (a VAR) is a
 * typed ksym, its memory read with CO-RE like any kernel memory; a per-CPU
 * one (.data..percpu) through bpf_this_cpu_ptr().  A symbol with no BTF
 * variable is unknown; a module's symbol too.
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s
 * CHECK: extern const struct min_btf_root min_btf_root __ksym;
 * CHECK-LABEL: dtc_clause_0(
 * CHECK: DT_KREAD(c, int, (&((struct min_btf_root *)(((unsigned long long)&min_btf_root)))->e))
 * CHECK: (&(&((struct min_btf_root *)(((unsigned long long)&min_btf_root)))->regs)->ip)
 * CHECK: DT_KREAD_PM(c, unsigned int, struct min_btf_root,
 * RUN: printf 'BEGIN { trace(`nosuch); trace(mod`min_btf_root); }\n' > %t.d
 * RUN: not %dtc -S -o - --btf %btf %t.d 2>&1 | FileCheck %s --check-prefix=ERR --implicit-check-not=error:
 * ERR: :1:15: error: failed to resolve `nosuch: Unknown symbol name [D_IDENT_UNDEF]
 * ERR: :1:15: note: dtc types kernel variables from the kernel's BTF, which describes no variable nosuch
 * ERR: :1:31: error: failed to resolve mod`min_btf_root: Module is no longer loaded [D_IDENT_UNDEF]
 */
BEGIN
{
	trace(`min_btf_root.e);
	trace(vmlinux`min_btf_root.regs.ip);
	this->p = &`min_btf_root;
	trace(this->p->f);
}
