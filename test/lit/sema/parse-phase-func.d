/*
 * DTrace checks a call's designator as it parses (dt_node_func()), before
 * any clause is cooked: an undefined function in the second clause is the
 * first error, before the first clause's type error, and DTrace stops
 * there (so does dtc: no clause is cooked after it).
 * RUN: not %dtc -S -o /dev/null %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * RUN: %S/../Inputs/status.sh 1 %dtrun -e -xerrtags -s %s 2>&1 | FileCheck %s --check-prefix=DT
 * CHECK: :[[@LINE+4]]:9: error: undefined function name: nosuch [D_FUNC_UNDEF]
 * DT: {{^}}dtrace: failed to compile script {{.*}}: [D_FUNC_UNDEF] line [[@LINE+3]]: undefined function name: nosuch{{$}}
 */
BEGIN { x = "a" + 1; }
BEGIN { nosuch(); }
