/*
 * quantize() of a latency (timestamp - self->ts, any 64-bit value to the
 * verifier): the bucket index stays provably inside the value, so the
 * program loads (it was rejected: "R0 unbounded memory access").
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o -c "dd if=/dev/zero of=/dev/null bs=1 count=100 status=none" | FileCheck %s --strict-whitespace
 * CHECK: {{^}}           value  ------------- Distribution ------------- count    {{$}}
 * CHECK: {{^ +[0-9]+ \|@+ +[0-9]+ +$}}
 */
#pragma D option quiet
syscall::read:entry /pid == $target/ { self->ts = timestamp; }
syscall::read:return /self->ts/ { @ = quantize(timestamp - self->ts); self->ts = 0; }
