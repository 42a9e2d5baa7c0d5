/*
 * syscall args[N] typed as DTrace types them, from the tracepoint format
 * files (dt_tp_event_info()): entry's fields after __syscall_nr, return's
 * `long ret`.  The pinned tracefs and BTF, not the build host's.
 * RUN: %dtc -S -o - --btf %btf --tracefs %S/../Inputs/tracefs %s | FileCheck %s --implicit-check-not=error:
 * CHECK-LABEL: dtc_clause_0(
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned int)(((long long)c->arg[0])))));
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned long long)(((long long)c->arg[2])))));
 * CHECK-LABEL: dtc_clause_1(
 * CHECK: dt_put_int(_p, 0, (__u64)(long long)(((long long)(((long long)c->arg[0])))));
 * CHECK-LABEL: dtc_clause_2(
 * CHECK: dt_put_int(_p, 0, (__u64)(long long)(((int)(((long long)c->arg[0])))));
 * Several probes that agree type it; read and readv disagree: argN.
 * CHECK-LABEL: dtc_clause_3(
 * CHECK: dt_put_int(_p, 0, (__u64)(long long)(((long long)c->arg[0])));
 * Types from the kernel's BTF, a pointer to a pointer.
 * RUN: %dtc -e --btf %btf --tracefs %S/../Inputs/tracefs -n 'syscall::ptrptr:entry { trace((*args[0])->pid); trace(args[1]); }' 2>&1 | FileCheck %s --check-prefix=PP --allow-empty
 * PP-NOT: error:
 * RUN: not %dtc -e --btf %btf --tracefs %S/../Inputs/tracefs -n 'syscall::openat:entry { args[1]->x; }' 2>&1 | FileCheck %s --check-prefix=CHARP
 * CHARP: error: operator -> cannot be applied to pointer to type "char"; must be applied to a struct or union pointer [D_OP_SOU]
 */
syscall::read:entry { trace(args[0]); trace(args[2]); }
syscall::read:return { trace(args[0]); }
syscall::openat:entry, syscall::open*:entry { trace(args[0]); }
syscall::read*:entry { trace(args[0]); }
