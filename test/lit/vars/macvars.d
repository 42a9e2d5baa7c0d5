/*
 * $pid $ppid $uid $gid $euid $egid $pgid $sid are those of the tracing
 * process (dtrun), set at load time; pid in BEGIN is dtrun too.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s
 * CHECK: same 1 1 0 0 1 1
 */
#pragma D option quiet
BEGIN
{
	printf("same %d %d %d %d %d %d\n", $pid == pid, $ppid == ppid, $uid, $euid,
	    $pgid > 0, $sid > 0);
	exit(0);
}
