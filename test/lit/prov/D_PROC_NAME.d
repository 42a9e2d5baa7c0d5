/*
 * A pid probe name is entry, return, a glob or an offset, which DTrace's
 * dt_pid_per_sym() reads with strtoull(name, 16): "1c" and "0x1c" alike;
 * anything else is "'NAME' is an invalid probe name".
 * RUN: not %dtc -S -o /dev/null --btf %btf %s 2>&1 | FileCheck %s
 * CHECK: [[@LINE+5]]:1: error: 'beginning' is an invalid probe name [D_PROC_NAME]
 * CHECK: [[@LINE+5]]:1: error: '0xz' is an invalid probe name [D_PROC_NAME]
 * CHECK-NOT: error
 */
pid$target:a.out:main:0x1c, pid$target:a.out:main:1c {}
pid$target:a.out:main:beginning {}
pid$target:a.out:main:0xz {}
pid$target:a.out:main:0X1C {}
