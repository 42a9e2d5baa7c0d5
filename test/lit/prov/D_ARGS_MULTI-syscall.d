/*
 * args[] of a description that matches several syscall probes with its
 * provider or its probe name given by a pattern (or empty) is an unstable
 * set (dt_probe_info(): EDT_UNSTABLE), D_ARGS_MULTI; a pattern in the
 * function alone is not (the syscall provider's function names are
 * Private).
 * RUN: not %dtc -e --btf %btf --tracefs %S/../Inputs/tracefs %s 2>&1 | FileCheck %s
 * CHECK: [[@LINE+7]]:24: error: args[ ] may not be referenced because probe description syscall::read: matches an unstable set of probes [D_ARGS_MULTI]
 * CHECK: [[@LINE+7]]:22: error: args[ ] may not be referenced because probe description sys*:::entry matches an unstable set of probes [D_ARGS_MULTI]
 * RUN: %dtc -e --btf %btf --tracefs %S/../Inputs/tracefs -n 'syscall::read:e* { trace(args[0]); }' -n 'syscall::read*:entry { trace(args[0]); }' 2>&1 | FileCheck %s --check-prefix=OK --allow-empty
 * OK-NOT: error:
 * RUN: not %dtc -e --btf %btf --tracefs %S/../Inputs/tracefs -n 'syscall::nosuchtype:entry { trace(args[0]); }' 2>&1 | FileCheck %s --check-prefix=TYPE
 * TYPE: error: failed to resolve native type for args[0] [D_ARGS_TYPE]
 */
syscall::read: { trace(args[0]); }
sys*:::entry { trace(args[1]); }
