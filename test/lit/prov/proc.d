/*
 * proc:::exec-success and proc:::exit on sched tracepoints; rawtp probes name
 * themselves through the probe table (probeprov..probename).  Only the
 * target's own true counts: other processes on the machine run true too.
 * REQUIRES: root
 * RUN: %dtrun -q -s %s -c "sh -c /bin/true" | FileCheck %s
 * CHECK: rawtp:sched::sched_process_fork
 * CHECK-NEXT: exec-success true
 * CHECK-NEXT: exit 1
 */
proc:::exec-success /progenyof($target) && execname == "true"/ { printf("%s %s\n", probename, execname); }
proc:::exit /progenyof($target) && execname == "true"/ { printf("exit %d\n", arg0); exit(0); }
rawtp:sched::sched_process_fork /pid == $target/ { printf("%s:%s:%s:%s\n", probeprov, probemod, probefunc, probename); }
