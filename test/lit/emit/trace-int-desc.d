/*
 * trace() of a scalar keeps its type's descriptor (i1: a signed byte),
 * whatever sema_print.c decides for structs and arrays.
 * RUN: %dtc -S -o - %s | FileCheck %s
 * CHECK: act 0 0 trace 1 {{.*}} i1
 */
BEGIN
{
	trace((int8_t)-1);
}
