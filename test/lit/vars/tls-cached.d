/*
 * self-> storage is looked up once per probe firing: dt_self_get() keeps the
 * pointer in the dt_ctx, so the return clause of the entry/return pattern
 * (a predicate, a read, a zeroing store) costs one task-storage lookup, not
 * three; the hash-by-tid variant (-x dtc=tls-hash) caches the same way.
 * RUN: %dtc -S -o - --btf %S/../Inputs/min.btf %s | FileCheck %s
 * RUN: %dtc -x dtc=tls-hash -S -o - --btf %S/../Inputs/min.btf %s | FileCheck %s --check-prefix=HASH
 * CHECK: dt_self_get(struct dt_ctx *c, int create)
 * CHECK-NEXT: {
 * CHECK-NEXT: struct dt_self *p = c->self;
 * CHECK: bpf_task_storage_get(&dtc_self
 * CHECK: c->self = p;
 * CHECK-LABEL: dtc_clause_1(
 * CHECK: dt_self_get(c, 0)
 * CHECK: dt_self_get(c, _v != 0)
 * HASH: dt_self_get(struct dt_ctx *c, int create)
 * HASH-NEXT: {
 * HASH-NEXT: struct dt_self *p = c->self;
 * HASH: bpf_map_lookup_elem(&dtc_self, &tid)
 * HASH: c->self = p;
 */
syscall::read:entry { self->ts = timestamp; }
syscall::read:return /self->ts/ { @ = quantize(timestamp - self->ts); self->ts = 0; }
