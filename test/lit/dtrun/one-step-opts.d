/*
 * One-step mode: options may follow the script (dtrace -s x.d -q), macro
 * arguments follow it; -e stops after compiling; a first operand that is not
 * an ELF object is a script; dtc's errors pass through, in dtrace's words
 * for -n as for -s, status 1.
 * REQUIRES: root
 * RUN: %dtrun -s %s 5 xyz -q | FileCheck %s
 * RUN: %dtrun %s -q 5 xyz | FileCheck %s
 * CHECK: 5 xyz
 * RUN: %dtrun -e -s %s 1 a > %t.e 2>&1
 * RUN: test ! -s %t.e
 * RUN: not %dtrun -n 'BEGIN { trace(nosuch); }' 2>&1 | FileCheck %s --check-prefix=BAD
 * BAD: dtrace: invalid probe specifier BEGIN { trace(nosuch); }: in action list: failed to resolve nosuch: Unknown variable name
 * RUN: %dtrun -n 'BEGIN { exit(0); }' -n 'END { trace(2); }' 2>&1 | FileCheck %s --check-prefix=TWO
 * TWO: dtrace: description 'BEGIN ' matched 1 probe
 * TWO: dtrace: description 'END ' matched 1 probe
 * TWO: :END
 */
BEGIN { printf("%d %s\n", $1, $$2); exit(0); }
