/*
 * -F (flowindent): a "CPU FUNCTION" heading, syscall entries as " => func"
 * indenting the CPU's later records by two, returns as " <= func", other
 * probes as "| func:name", the function column 41 wide.  (dtrace also
 * looks ahead to keep two clauses of one return probe at one level; dtrun
 * prints records as they come and does not.)  The indentation is per CPU,
 * as dtrace's: dtrun and so its -c process are pinned to CPU 0, else a
 * process that moves between CPUs (a loaded machine) indents elsewhere.
 * REQUIRES: root
 * RUN: cc -O0 -o %t.bin %S/../Inputs/stack-target.c
 * RUN: %dtc -x flowindent %s -o %t.o
 * RUN: taskset -c 0 %dtrun -c %t.bin %t.o | sed 's/^ *[0-9]* //' | FileCheck %s --strict-whitespace
 * CHECK: {{^}}CPU FUNCTION                                 {{$}}
 * CHECK-NEXT: {{^}} => write                                 w{{$}}
 * CHECK-NEXT: {{^}} <= write                                 W{{$}}
 * CHECK-NEXT: {{^}} => getppid                               g{{$}}
 * CHECK-NEXT: {{^}} <= getppid                               G{{$}}
 */
syscall::write:entry /pid == $target/ { printf("w"); }
syscall::write:return /pid == $target/ { printf("W"); }
syscall::getppid:entry /pid == $target/ { printf("g"); }
syscall::getppid:return /pid == $target/ { printf("G"); exit(0); }
