#!/usr/sbin/dtrace -Cqs
/*
 * A "#!" first line is not cpp's: with -C it is blanked before
 * preprocessing, as without -C the lexer skips it.
 * RUN: %dtc -C -DVAL=7 %s -S -o - | FileCheck %s
 * CHECK: 7
 * RUN: %dtrun -C -DVAL=7 -e -s %s
 */
BEGIN
{
	trace(VAL);
}
