/*
 * syscall args[N] typed as DTrace types them, from the tracepoint format
 * files (dt_tp_event_info()): entry's fields after __syscall_nr, return's
 * `long ret`; probes that agree type it, read and readv disagree: argN,
 * an int64_t.  The pinned tracefs and BTF, not the build host's; each
 * comparison with a string says the type.
 * RUN: not %dtc -e --btf %btf --tracefs %S/../Inputs/tracefs %s 2>&1 | FileCheck %s
 * CHECK: [[@LINE+14]]:23: error: operands have incompatible types: "unsigned int" == "string" [D_OP_INCOMPAT]
 * CHECK: [[@LINE+13]]:38: error: operands have incompatible types: "size_t" == "string" [D_OP_INCOMPAT]
 * CHECK: [[@LINE+13]]:24: error: operands have incompatible types: "long" == "string" [D_OP_INCOMPAT]
 * CHECK: [[@LINE+13]]:47: error: operands have incompatible types: "int" == "string" [D_OP_INCOMPAT]
 * CHECK: [[@LINE+12]]:62: error: operands have incompatible types: "umode_t" == "string" [D_OP_INCOMPAT]
 * CHECK: [[@LINE+12]]:24: error: operands have incompatible types: "int64_t" == "string" [D_OP_INCOMPAT]
 * CHECK: [[@LINE+12]]:25: error: operands have incompatible types: "struct task_struct {{.*}}" == "string" [D_OP_INCOMPAT]
 * CHECK-NOT: error:
 * A char * compares with a string; a pointer's members through BTF.
 * RUN: %dtc -e --btf %btf --tracefs %S/../Inputs/tracefs -n 'syscall::openat:entry /args[1] == "x"/ { trace((*(struct task_struct **)0)->pid); }' -n 'syscall::ptrptr:entry { trace((*args[0])->pid); trace(args[1]); }' 2>&1 | FileCheck %s --check-prefix=OK --allow-empty
 * OK-NOT: error:
 * RUN: not %dtc -e --btf %btf --tracefs %S/../Inputs/tracefs -n 'syscall::openat:entry { args[1]->x; }' 2>&1 | FileCheck %s --check-prefix=CHARP
 * CHARP: error: operator -> cannot be applied to pointer to type "char"; must be applied to a struct or union pointer [D_OP_SOU]
 */
syscall::read:entry { args[0] == ""; args[2] == ""; }
syscall::read:return { args[0] == ""; }
syscall::openat:entry, syscall::open*:entry { args[0] == ""; args[3] == ""; }
syscall::read*:entry { args[0] == ""; }
syscall::ptrptr:entry { args[0] == ""; }
