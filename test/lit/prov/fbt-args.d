/*
 * fbt args[N] of one kernel function named in full, typed from its BTF
 * prototype as DTrace's fbt types them: entry's args[N] is parameter N,
 * return's args[1] the return value; an index past the parameters is
 * D_ARGS_IDX.  (The host's BTF: the pinned one has no functions.)
 * REQUIRES: root
 * RUN: %dtc -S -o - %s | FileCheck %s --implicit-check-not=error:
 * CHECK: DT_KREAD_PM(c, unsigned int, struct file, {{.*}}c->arg[0]{{.*}}, f_flags)
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned long long)((unsigned long long)(((long long)c->arg[2]))))));
 * CHECK-LABEL: dtc_clause_1(
 * CHECK: dt_put_int(_p, 0, (__u64)(long long)(((long long)((long long)(((long long)c->arg[1]))))));
 * RUN: printf 'fbt::vfs_read:entry { trace(args[7]); }\n' > %t.d
 * RUN: not %dtc -S -o /dev/null %t.d 2>&1 | FileCheck %s --check-prefix=IDX
 * IDX: error: index 7 is out of range for fbt::vfs_read:entry args[ ] [D_ARGS_IDX]
 */
fbt::vfs_read:entry { trace(args[0]->f_flags); trace(args[2]); }
fbt::vfs_read:return { trace(args[1]); }
