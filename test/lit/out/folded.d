/*
 * Folded stacks: --folded FILE writes every stack-keyed aggregation with a
 * scalar value as "root;...;leaf VALUE" lines (FlameGraph's format): with
 * several aggregations each line starts with "@NAME", other keys are
 * frames before the stack, offsets are dropped.  Checked line by line
 * against the same run's JSON snapshots (Inputs/folded.py).  -x
 * stackfmt=folded prints the stack-keyed aggregations so in the text
 * output, in printa()'s order (the same lines as --folded writes for one
 * aggregation).  A program without such an aggregation is an error.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -O json --folded %t.folded -c "dd if=/dev/zero of=/dev/null count=20" %t.o > %t.json 2>/dev/null
 * RUN: python3 %S/Inputs/folded.py %t.json %t.folded | FileCheck %s
 * RUN: %dtc -n 'syscall::write:entry /pid == $target/ { @[execname, stack()] = count(); }' -o %t.one.o
 * RUN: %dtrun -q -x stackfmt=folded --folded %t.one.folded -c "dd if=/dev/zero of=/dev/null count=20" %t.one.o > %t.one.txt
 * RUN: grep . %t.one.txt | diff - %t.one.folded
 * RUN: FileCheck --check-prefix=ONE %s < %t.one.txt
 * RUN: %dtc -n 'BEGIN { @[stack()] = quantize(1); @c = count(); exit(0); }' -o %t.none.o
 * RUN: not %dtrun --folded %t.x %t.none.o 2>&1 | FileCheck --check-prefix=NONE %s
 * RUN: not %dtrun --flamegraph %t.svg %t.none.o 2>&1 | FileCheck --check-prefix=NONESVG %s
 * CHECK: folded lines: {{[1-9][0-9]*}}, all as in the JSON
 * CHECK-DAG: @n;vmlinux`entry_SYSCALL_64
 * CHECK-DAG: @w;dd
 * ONE: {{^dd;vmlinux`[A-Za-z0-9_.]+(;vmlinux`[A-Za-z0-9_.]+)* [1-9][0-9]*$}}
 * ONE-NOT: +0x
 * NONE: dtrace: --folded needs an aggregation keyed by stack() or ustack() with a count(), sum(), min(), max(), avg() or stddev() value; {{.*}} has none
 * NONESVG: dtrace: --flamegraph needs an aggregation keyed by stack()
 */
syscall::write:entry /pid == $target/ { @w[execname, stack()] = count(); @n[stack()] = sum(2); }
