/*
 * -x dtc=tls-hash keeps self-> variables in a hash keyed by tid (the
 * design bench/tls.sh measures against task storage).
 * RUN: %dtc -x dtc=tls-hash -S -o - %s | FileCheck %s
 * CHECK: __type(key, __u32);
 * CHECK-NEXT: __type(value, struct dt_self);
 * CHECK: bpf_map_lookup_elem(&dtc_self, &tid)
 */
syscall::read:entry { self->ts = timestamp; }
