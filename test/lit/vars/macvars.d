/*
 * $pid $ppid $uid $gid $euid $egid $pgid $sid are those of the tracing
 * process (dtrun), set at load time; pid in BEGIN is dtrun too.  $pgid and
 * $sid are compared with what the test's own process reports: lit starts
 * dtrun and python3 alike, so they share both (a session may be 0 when the
 * tests run outside any login session, as in CI).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out
 * RUN: FileCheck %s < %t.out
 * RUN: python3 -c "import os,sys; w=open(sys.argv[1]).read().split(); assert int(w[-2]) == os.getpgid(0) and int(w[-1]) == os.getsid(0), (w, os.getpgid(0), os.getsid(0))" %t.out
 * CHECK: same 1 1 0 0 {{-?[0-9]+}} {{-?[0-9]+}}
 */
#pragma D option quiet
BEGIN
{
	printf("same %d %d %d %d %d %d\n", $pid == pid, $ppid == ppid, $uid, $euid,
	    $pgid, $sid);
	exit(0);
}
