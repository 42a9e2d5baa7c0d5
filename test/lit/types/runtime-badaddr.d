/*
 * A read through a bad kernel pointer faults like DTrace: the clause is
 * abandoned, ERROR fires and dtrun prints DTrace's error line.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s < %t.err
 * CHECK: dtrace: error in dt_clause_0 for probe ID 1 (dtrace:::BEGIN): invalid address (0x{{[0-9a-f]+}}) at BPF pc {{[1-9][0-9]*}}
 */
BEGIN
{
	trace(((struct task_struct *)16)->pid);
}
BEGIN
{
	exit(0);
}
