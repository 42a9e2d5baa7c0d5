/*
 * syscall entry with arguments, predicates on pid, copyinstr.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o -c "cat %s" | FileCheck %s
 * The line is dtrun's, not cat's copy of this file (which holds its text):
 * CHECK: {{^}}openat /{{.*}}/syscall-entry.d{{$}}
 */
#pragma D option quiet
syscall::openat:entry
/pid == $target/
{
	printf("%s %s\n", probefunc, copyinstr(arg1));
}
