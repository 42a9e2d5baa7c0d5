/*
 * A kernel symbol the BTF describes no variable for, and no extern types,
 * is a uintptr_t at its /proc/kallsyms address, as dtrace_symbol_type()
 * types a kernel symbol without CTF variable data (ECTF_NOTYPEDAT).  A
 * function is such a symbol: &`schedule is its address, the classic
 * caller == (uintptr_t)&`vfs_read.  dtc knows the BTF's functions, and,
 * compiling for this host's kernel, kallsyms's names (__start_BTF, where
 * the kernel's BTF begins: magic 0xeb9f, version 1).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s
 * CHECK: vmlinux`schedule
 * CHECK-NEXT: vmlinux`vfs_read
 * CHECK-NEXT: same 1 size 8
 * CHECK-NEXT: btf eb9f 1
 * CHECK-NEXT: ok
 * The address is /proc/kallsyms's:
 * RUN: printf '#pragma D option quiet\nBEGIN { printf("%%%%x\\n", (uintptr_t)&vmlinux`schedule); exit(0); }\n' > %t2.d
 * RUN: %dtrun -s %t2.d | head -1 > %t.addr
 * RUN: grep -w schedule /proc/kallsyms | cut -c1-16 | sed -E 's/^0+//' | diff - %t.addr
 * A name the kernel has no symbol for is unknown:
 * RUN: printf 'BEGIN { trace(&`no_such_function_dtc); }\n' > %t3.d
 * RUN: not %dtc -e %t3.d 2>&1 | FileCheck %s --check-prefix=ERR
 * ERR: error: failed to resolve `no_such_function_dtc: Unknown symbol name [D_IDENT_UNDEF]
 * A name kallsyms gives several addresses (static functions of one name)
 * is refused at load, saying so:
 * RUN: awk '$2 ~ /^[tT]$/ && NF == 3 { print $3 }' /proc/kallsyms | sort | uniq -d | grep -v '[.]' | head -1 | sed 's/^/BEGIN { trace((uintptr_t)\&`/; s/$/); exit(0); }/' > %t5.d
 * RUN: not %dtrun -s %t5.d 2>&1 | FileCheck %s --check-prefix=AMBIG
 * AMBIG: dtrace: failed to resolve `{{.+}}: this kernel has several symbols of that name (/proc/kallsyms lists more than one address)
 * A program that declares externs types the kernel's symbols by them alone
 * (dtrace_symbol_type(): the module's externs, else EDT_NOSYM):
 * RUN: printf 'extern int __start_BTF;\nBEGIN { trace(&`schedule); }\n' > %t6.d
 * RUN: not %dtc -e %t6.d 2>&1 | FileCheck %s --check-prefix=NOTYPES
 * NOTYPES: :2:16: error: no symbolic type information is available for vmlinux`schedule: Unknown symbol name [D_SYM_NOTYPES]
 * With --btf (another kernel), the BTF's functions alone:
 * RUN: not %dtc -e --btf /sys/kernel/btf/vmlinux -n 'BEGIN { trace(`__start_BTF); }' 2>&1 | FileCheck %s --check-prefix=BTF
 * BTF: error: failed to resolve `__start_BTF: Unknown symbol name [D_IDENT_UNDEF]
 * RUN: %dtc -e --btf /sys/kernel/btf/vmlinux -n 'BEGIN { trace(&`schedule); }'
 */
#pragma D option quiet

BEGIN
{
	printf("%a\n", (uintptr_t)&`schedule);
	this->p = (uintptr_t)&vmlinux`vfs_read;
	printf("%a\n", this->p);
	printf("same %d size %d\n", &`schedule == &`schedule, sizeof(`schedule));
	printf("btf %x %d\n", `__start_BTF & 0xffff, (`__start_BTF >> 16) & 0xff);
}

BEGIN
/(uintptr_t)&`vfs_read != (uintptr_t)&`schedule/
{
	printf("ok\n");
	exit(0);
}
