/*
 * A variable holding a kernel struct has the compile-time BTF's size (1920
 * bytes for task_struct in Inputs/min.btf): dtrun refuses, in one sentence,
 * a kernel whose struct is larger, before the verifier would see it (as
 * it loads, after the "matched" line, as dtrace's errors of dtrace_go()).
 * REQUIRES: root
 * RUN: %dtc --btf %btf %s -o %t.o
 * RUN: %S/../Inputs/status.sh 1 %dtrun %t.o 2>&1 | FileCheck %s --implicit-check-not=dtrace:
 * CHECK: dtrace: script '{{.*}}kvar-size.d' matched 1 probe
 * CHECK-NEXT: dtrace: failed to load the BPF object: self->tsk holds a struct task_struct of 1920 bytes as compiled, but it is {{[0-9]+}} bytes on this kernel: compile the script against this kernel's BTF
 */
self struct task_struct tsk;

BEGIN
{
	self->tsk = *curthread;
	exit(self->tsk.pid == pid ? 0 : 1);
}
