/*
 * args[N] past a syscall probe's arguments (its tracepoint format file's
 * fields; return has one, `long ret`) is D_ARGS_IDX, in dt_idcook_args()'s
 * words, naming the description as written.  Without the format files
 * only what no syscall has (a seventh argument, a second return value)
 * is out of range, and args[N] is argN, untyped.
 * RUN: not %dtc -e --btf %btf --tracefs %S/../Inputs/tracefs %s 2>&1 | FileCheck %s
 * CHECK: [[@LINE+11]]:29: error: index 3 is out of range for syscall::read:entry args[ ] [D_ARGS_IDX]
 * RUN: not %dtc -e --btf %btf --tracefs %S/../Inputs/tracefs -n 'syscall::getpid:entry { trace(args[0]); }' 2>&1 | FileCheck %s --check-prefix=NOARGS
 * NOARGS: error: index 0 is out of range for syscall::getpid:entry args[ ] [D_ARGS_IDX]
 * RUN: not %dtc -e --btf %btf --tracefs %S/../Inputs/tracefs -n 'read:return { trace(args[1]); }' 2>&1 | FileCheck %s --check-prefix=RET
 * RET: error: index 1 is out of range for ::read:return args[ ] [D_ARGS_IDX]
 * RUN: %dtc -S -o - --btf %btf --tracefs %t.none -n 'syscall::read:entry { trace(args[5]); }' | FileCheck %s --check-prefix=FALLBACK
 * FALLBACK: dt_put_int(_p, 0, (__u64)(long long)(((long long)c->arg[5])));
 * RUN: not %dtc -e --btf %btf --tracefs %t.none -n 'syscall::read:entry { trace(args[6]); }' -n 'syscall::read:return { trace(args[1]); }' 2>&1 | FileCheck %s --check-prefix=FBIDX
 * FBIDX: error: index 6 is out of range for syscall::read:entry args[ ] [D_ARGS_IDX]
 * FBIDX: error: index 1 is out of range for syscall::read:return args[ ] [D_ARGS_IDX]
 */
syscall::read:entry { trace(args[3]); }
