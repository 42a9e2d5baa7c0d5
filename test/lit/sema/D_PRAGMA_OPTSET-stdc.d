/*
 * dt_opt_stdc() refuses a missing value first, then any use inside a D
 * program (EDT_BADOPTCTX), and only then a word other than a, c, t, s:
 * in a pragma every value of stdc is the context's error.
 * RUN: not %dtc -S -o /dev/null --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+4]]:1: error: failed to set option 'stdc' to 'abc': Option cannot be used from within a D program [D_PRAGMA_OPTSET]
 * RUN: %S/../Inputs/status.sh 1 %dtrun -e -s %s 2>&1 | FileCheck %s --check-prefix=ONESTEP -DF=%s
 * ONESTEP: {{^}}dtrace: failed to compile script [[F]]: line [[@LINE+2]]: failed to set option 'stdc' to 'abc': Option cannot be used from within a D program{{$}}
 */
#pragma D option stdc=abc
BEGIN { exit(0); }
