/*
 * DTrace enables every probe before BEGIN fires and prints BEGIN's records
 * afterwards, so the write(2) that prints them is itself traced
 * (actions/exit/tst.probe-end-exit.d waits for any write): dtrun attaches
 * every probe, inactive, runs BEGIN, activates them, then prints.  A probe
 * never fires before BEGIN has run ("begin" is first), and exit() in BEGIN
 * leaves them inactive (the second run prints nothing else).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o 2>&1 | FileCheck %s
 * RUN: %dtrun %t.o exit 2>&1 | FileCheck --check-prefix=EXIT %s
 * CHECK: begin
 * CHECK-NEXT: traced write
 * CHECK-NOT: timeout
 * EXIT: begin
 * EXIT-NOT: {{.}}
 */
#pragma D option quiet
#pragma D option defaultargs

BEGIN
{
	printf("begin\n");
}

BEGIN
/$$1 == "exit"/
{
	exit(0);
}

syscall::write:entry
/pid == $pid/
{
	printf("traced %s\n", probefunc);
	exit(0);
}

/* a guard against a hang only */
tick-30s
{
	printf("timeout\n");
	exit(1);
}
