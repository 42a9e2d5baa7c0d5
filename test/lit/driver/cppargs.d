/*
 * -x cppargs='ARGS': more arguments for cpp under -C, split at blanks, as
 * dtrace's cppargs option (options/tst.cppargs.sh: -H lists the headers on
 * stderr, -dM makes cpp print #define lines D refuses).
 * RUN: %dtc -C -x cppargs='-DVAL=4242 -DTWO=2' -S -o - %s | FileCheck %s
 * CHECK: 4242ULL
 * RUN: not %dtc -C -x cppargs='-H -dM' -S -o /dev/null %s 2>&1 | FileCheck %s --check-prefix=DM
 * DM: {{^}}. {{.*}}.h
 * DM: error: invalid control directive: #define
 */
#include <linux/posix_types.h>
BEGIN { trace(VAL); exit(0); }
