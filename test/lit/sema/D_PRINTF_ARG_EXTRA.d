/*
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s
 * CHECK: error: printf( ) prototype mismatch: only 1 arguments required by this format string [D_PRINTF_ARG_EXTRA]
 */
BEGIN { printf("%d\n", 1, 2); }
