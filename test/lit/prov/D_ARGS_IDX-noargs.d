/*
 * The dtrace, profile and pid providers tell DTrace no argument types
 * (no probe_info, or pid's "no known arguments"): any args[N] of their
 * probes is out of range, D_ARGS_IDX, and so is one past a probe's last
 * argument, naming the description as dtrace_desc2str() writes it.
 * RUN: not %dtc -e --btf %btf %s 2>&1 | FileCheck %s
 * CHECK: [[@LINE+9]]:15: error: index 0 is out of range for :::BEGIN args[ ] [D_ARGS_IDX]
 * CHECK: [[@LINE+9]]:22: error: index 1 is out of range for dtrace:::END args[ ] [D_ARGS_IDX]
 * CHECK: [[@LINE+9]]:17: error: index 0 is out of range for :::tick-1s args[ ] [D_ARGS_IDX]
 * CHECK: [[@LINE+9]]:30: error: index 2 is out of range for profile:::profile-97 args[ ] [D_ARGS_IDX]
 * CHECK: [[@LINE+9]]:32: error: index 0 is out of range for pid$target::main:entry args[ ] [D_ARGS_IDX]
 * CHECK: [[@LINE+9]]:29: error: index 0 is out of range for proc:::exec-success args[ ] [D_ARGS_IDX]
 * CHECK: [[@LINE+9]]:29: error: index 10 is out of range for syscall::read:entry args[ ] [D_ARGS_IDX]
 * CHECK: [[@LINE+9]]:29: error: index -1 is out of range for syscall::read:entry args[ ] [D_ARGS_IDX]
 */
BEGIN { trace(args[0]); }
dtrace:::END { trace(args[1]); }
tick-1s { trace(args[0]); }
profile:::profile-97 { trace(args[2]); }
pid$target::main:entry { trace(args[0]); }
proc:::exec-success { trace(args[0]); }
syscall::read:entry { trace(args[10]); }
syscall::read:entry { trace(args[-1]); }
