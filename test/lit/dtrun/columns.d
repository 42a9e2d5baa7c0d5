/*
 * Default output: the CPU ID FUNCTION:NAME heading once, then per record
 * "%3d %6d %32s "; the probe ID of BEGIN is 1 and of END 2.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: env -u _DTRACE_TESTING %dtrun %t.o 2>/dev/null | FileCheck %s --strict-whitespace
 * CHECK: {{^}}CPU     ID                    FUNCTION:NAME{{$}}
 * CHECK-NEXT: {{^ +[0-9]+      1                           :BEGIN a$}}
 * CHECK-NEXT: {{^ +[0-9]+      2                             :END b$}}
 * CHECK-EMPTY:
 */
BEGIN { printf("a"); exit(0); }
END { printf("b"); }
