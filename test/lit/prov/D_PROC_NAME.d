/*
 * A pid probe name is entry, return or a hexadecimal offset.
 * RUN: not %dtc -S -o /dev/null --btf %btf %s 2>&1 | FileCheck %s
 * CHECK: [[@LINE+2]]:1: error: invalid probe name 'beginning' in pid$target:a.out:main:beginning: a pid probe is entry, return or a hexadecimal offset [D_PROC_NAME]
 */
pid$target:a.out:main:beginning {}
