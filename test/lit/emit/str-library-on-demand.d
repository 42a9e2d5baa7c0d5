/*
 * The string subroutine library (global BPF functions) is compiled into an
 * object only when the script calls one: it costs compile time and size.
 * RUN: %dtc -S -o - %s | FileCheck %s
 * RUN: %dtc -S -o - -n 'BEGIN { exit(0); }' | FileCheck %s --check-prefix=NONE
 * CHECK: #define DT_WANT_STR 1
 * NONE-NOT: DT_WANT_STR
 */
BEGIN { trace(strlen(execname)); exit(0); }
