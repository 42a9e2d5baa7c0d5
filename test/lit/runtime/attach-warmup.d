/*
 * Probes start firing together, once all are attached (dtrace enables them
 * at once): a clause that raise()s a signal at the first getppid() cannot
 * let the process run its next syscalls before the getuid:return probe is
 * attached (syscall/tst.return_args.d).  The predicate tests a variable the
 * clause's body declares (DTrace cooks the actions first).
 * REQUIRES: root
 * RUN: cc -O0 -o %t.bin %S/../Inputs/raise-target.c
 * RUN: %dtc %s -o %t.o
 * RUN: sh -c '%t.bin & p=$!; %dtrun -w %t.o $p; s=$?; kill $p 2>/dev/null; exit $s' | FileCheck %s
 * CHECK: 3 getuid returns
 */
#pragma D option destructive
#pragma D option quiet

syscall::getppid:entry
/pid == $1 && !signalled/
{
	raise(SIGUSR1);
	signalled = 1;
}

syscall::getuid:return
/pid == $1/
{
	n++;
}

syscall::exit_group:entry
/pid == $1/
{
	printf("%d getuid returns\n", n);
	exit(0);
}
