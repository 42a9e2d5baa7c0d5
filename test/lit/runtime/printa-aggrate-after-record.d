/*
 * With -x aggrate, printa() prints the consumer's last snapshot of the
 * aggregations (dtrace_aggregate_snap()), which dtrace takes as it wakes
 * for a printa() record (dt_peb.c wakeup_events, dtrace_consume()) when
 * aggrate has passed: the values hold every update made before the record
 * (here: at least the n-th count at the n-th tick), or are at most aggrate
 * old.  dtrun's drains also start on a timer and read to the ring's end:
 * a record written after the drain's snapshot began snapshots again (when
 * aggrate allows), as dtrace's wakeup for it would.  DTRUN_DRAIN_DELAY_MS
 * holds each drain between its snapshot and its records, so that every
 * record comes after the snapshot; dtrun printed the stale count
 * (2 1, 3 1, ...), as it did under load (tst.clearnormalize's final zeros).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: env DTRUN_DRAIN_DELAY_MS=100 %dtrun %t.o > %t.out
 * RUN: awk 'NF == 0 { next } { n++ } NF != 2 || $2 < $1 { print "stale: " $0; bad = 1 } END { exit bad || n != 10 }' %t.out
 */
#pragma D option quiet
#pragma D option aggrate=1ms

tick-20ms { @a = count(); n++; printf("%d ", n); printa("%@d\n", @a); }
tick-20ms /n == 10/ { exit(0); }
