/*
 * dtrace reads its drop counters at status checks: the first as tracing
 * starts, after BEGIN (dtrace_work()'s first dtrace_status()), then every
 * statusrate (1s), and the one that sees exit() (before END).  Drops that
 * come after the first and before exit() are reported once, at that last
 * check, not at a check that dtrun made on the way.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.err --implicit-check-not=dtrace: --match-full-lines
 * CHECK: dtrace: {{[0-9]+}} dynamic variable drops
 */
#pragma D option quiet
#pragma D option dynvarsize=128
tick-10ms { a[i++] = 1; }
tick-10ms /i == 30/ { exit(0); }
