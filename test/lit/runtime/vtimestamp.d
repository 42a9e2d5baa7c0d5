/*
 * vtimestamp counts the nanoseconds the thread has run on a CPU: a thread
 * sleeping half a second gains far less than the half second timestamp
 * gains (dtrun read bpf_ktime_get_ns() for it, a wall clock), it never
 * decreases.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o -c "/bin/sleep 0.5" | FileCheck %s
 * CHECK: {{^}}vt 1 8{{$}}
 * CHECK: {{^}}slept 1 ran 1 never back 1{{$}}
 */
#pragma D option quiet

BEGIN
{
	printf("vt %d %d\n", vtimestamp > 0, sizeof(vtimestamp));
}

syscall::clock_nanosleep:entry, syscall::nanosleep:entry
/pid == $target/
{
	self->vt = vtimestamp;
	self->ts = timestamp;
}

syscall::clock_nanosleep:return, syscall::nanosleep:return
/self->ts/
{
	printf("slept %d ran %d never back %d\n", timestamp - self->ts > 400000000,
	    vtimestamp - self->vt < 100000000, vtimestamp >= self->vt);
	self->ts = 0;
}
