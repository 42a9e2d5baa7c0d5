/*
 * tick-N fires on one CPU, profile-N on every CPU; units as DTrace's.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s
 * CHECK: ticks 5
 * CHECK: profiled
 */
#pragma D option quiet
tick-10ms { t++; }
profile-1000hz { p++; }
tick-100ms /t >= 5 && p > 0/ { printf("ticks %d\nprofiled\n", t >= 5 ? 5 : t); exit(0); }
