/*
 * dtrace compiles a clause as one statement per probe description
 * (dt_compile_one_clause()), numbered in program order, and a fault names
 * the statement: dt_clause_N counts the descriptions of the clauses before,
 * plus the first description of its own clause that the probe matches.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o 2>&1 | FileCheck %s
 * CHECK-DAG: error in dt_clause_2 for probe ID {{[0-9]+}} (dtrace:::BEGIN): invalid address (0x0)
 * CHECK-DAG: error in dt_clause_4 for probe ID {{[0-9]+}} (dtrace:::BEGIN): invalid address (0x8)
 */
BEGIN, tick-1s
{
	x = 1;
}

BEGIN
{
	trace(*(int *)0);
}

tick-1ms, BEGIN
{
	trace(*(int *)8);
}

BEGIN
{
	exit(0);
}
