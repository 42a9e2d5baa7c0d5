/*
 * stop(): the traced process stops when it next leaves the kernel (here,
 * on return from getppid()); system() then sees it stopped (waiting up to
 * 10 s for it to be scheduled) and kills it, and dtrun ends with it.  stop() is destructive: refused without -w or
 * the destructive option.
 * REQUIRES: root
 * RUN: cc -O0 -o %t.bin %S/../Inputs/stack-target.c
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -w -c %t.bin %t.o > %t.out
 * RUN: FileCheck %s --input-file %t.out
 * RUN: %dtc -w -o %t2.o -n 'BEGIN { stop(); exit(0); }'
 * RUN: not %dtrun %t2.o 2>&1 | FileCheck %s --check-prefix=NOW
 * CHECK: {{^}}stopping{{$}}
 * CHECK-NEXT: {{^}}State:{{[[:space:]]+}}T (stopped){{$}}
 * NOW: dtrace: could not enable tracing: Destructive actions not allowed
 */
#pragma D option quiet
#pragma D option destructive
syscall::getppid:entry
/pid == $target && !done/
{
	done = 1;
	stop();
	printf("stopping\n");
	/* stopped once it is scheduled again: a loaded machine may take a while */
	system("for i in $(seq 100); do grep -q '^State:.*T' /proc/%d/status && break; sleep 0.1; done; grep '^State' /proc/%d/status; kill -9 %d",
	    pid, pid, pid);
}
