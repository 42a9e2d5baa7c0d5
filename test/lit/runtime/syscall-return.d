/*
 * Return probes: arg0/arg1 are the return value, errno is set on failure.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o -c "cat /nonexistent/file" | FileCheck %s
 * CHECK: openat returned -1 errno 2
 */
#pragma D option quiet
syscall::openat:return
/pid == $target && errno != 0/
{
	printf("%s returned %d errno %d\n", probefunc, (int)arg0 < 0 ? -1 : 0, errno);
}
