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
 *
 * DTrace compiles a clause once per description (dt_compile_one_clause()):
 * args[N] of several functions is typed where each function's is the same
 * type (vfs_read's and vfs_write's struct file *, ssize_t return values);
 * an index past one function's parameters is D_ARGS_IDX for its description.
 * RUN: printf 'fbt::vfs_read:entry, fbt::vfs_write:entry { trace(args[0]->f_flags); }\nfbt::vfs_read:return, fbt::vfs_write:return { trace(args[1]); }\n' > %t2.d
 * RUN: %dtc -S -o - %t2.d | FileCheck %s --check-prefix=TWO --implicit-check-not=error:
 * TWO: DT_KREAD_PM(c, unsigned int, struct file, {{.*}}c->arg[0]{{.*}}, f_flags)
 * TWO-LABEL: dtc_clause_1(
 * TWO: dt_put_int(_p, 0, (__u64)(long long)(((long long)((long long)(((long long)c->arg[1]))))));
 * RUN: printf 'fbt::vfs_read:entry, fbt::vfs_open:entry { trace(args[3]); }\n' > %t3.d
 * RUN: not %dtc -S -o /dev/null %t3.d 2>&1 | FileCheck %s --check-prefix=IDX2
 * IDX2: error: index 3 is out of range for fbt::vfs_open:entry args[ ] [D_ARGS_IDX]
 */
fbt::vfs_read:entry { trace(args[0]->f_flags); trace(args[2]); }
fbt::vfs_read:return { trace(args[1]); }
