/*
 * An extern types a kernel symbol the BTF has no variable for, read at its
 * /proc/kallsyms address: __start_BTF, where the kernel's own BTF begins
 * with the magic 0xeb9f.  A symbol kallsyms lacks is refused at load.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s
 * CHECK: eb9f
 * An array: its bytes (magic, then version 1).
 * RUN: printf '#pragma D option quiet\nextern unsigned char __start_BTF[4];\nBEGIN { printf("%%%%x %%%%x %%%%x\\n", `__start_BTF[0], `__start_BTF[pid - pid + 1], `__start_BTF[2]); exit(0); }\n' > %t3.d
 * RUN: %dtc %t3.d -o %t3.o
 * RUN: %dtrun %t3.o | FileCheck %s --check-prefix=ARR
 * ARR: 9f eb 1
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
