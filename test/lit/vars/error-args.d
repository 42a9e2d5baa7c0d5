/*
 * ERROR's arguments: arg2 is the index of the faulting clause, arg4 the
 * fault (DTRACEFLT_DIVZERO is 4), arg5 the address; tracing goes on with
 * the next clause.  BEGIN calls exit(), so its records come before the
 * ERROR clause's (dt_consume_begin()).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o 2>&1 | FileCheck %s
 * CHECK: error in dt_clause_2 for probe ID 1 (dtrace:::BEGIN): divide-by-zero
 * CHECK: next clause ran
 * CHECK: error 2 4 0
 */
#pragma D option quiet
BEGIN { i = (unsigned)1; }
BEGIN { j = (unsigned)0; }
BEGIN { j = i / j; }
ERROR { printf("error %d %d %d\n", arg2, arg4, arg5); }
BEGIN { printf("next clause ran\n"); exit(0); }
