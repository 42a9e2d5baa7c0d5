/*
 * Subroutines call the runtime's helpers; string loops are global BPF
 * functions (verified once), results land in the clause's temporaries.
 * RUN: %dtc -S -o - %s | FileCheck %s
 * CHECK: dt_substr(dt_tmp(c, [[T:[0-9]+]]), {{.*}}, (__s64)(
 * CHECK: dt_index(
 * CHECK: __builtin_bswap16(
 */
BEGIN { trace(substr("abc", 1)); trace(index("abc", "b")); trace(htons(1)); }
