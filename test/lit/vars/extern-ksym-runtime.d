/*
 * An extern types a kernel symbol the BTF has no variable for, read at its
 * /proc/kallsyms address: __start_BTF, where the kernel's own BTF begins
 * with the magic 0xeb9f.  A symbol kallsyms lacks is refused at load.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s
 * CHECK: eb9f
 * RUN: printf 'extern int no_such_symbol_dtc;\nBEGIN { trace(`no_such_symbol_dtc); exit(0); }\n' > %t.d
 * RUN: %dtc %t.d -o %t2.o
 * RUN: %S/../Inputs/status.sh 1 %dtrun %t2.o 2>&1 | FileCheck %s --check-prefix=ERR
 * ERR: dtrace: failed to resolve `no_such_symbol_dtc: Unknown symbol name (not in this kernel's /proc/kallsyms)
 */
#pragma D option quiet

extern unsigned short __start_BTF;

BEGIN
{
	printf("%x\n", `__start_BTF);
	exit(0);
}
