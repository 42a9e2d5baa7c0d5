/*
 * The families whose probe ID travels in the BPF cookie (dt_family.h:
 * rawtp, uprobe, uretprobe, usdt, fentry, fexit): each program reads the
 * cookie into the record's probe key, and `id` (ERROR's arg1 too) is that
 * key; the other families' programs fire for one probe, whose ID dtrun
 * sets in dtc_prog_id[] (fbt's `id` was dtc_prog_id[P], always 0).
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s
 * CHECK-LABEL: dtc_probe_id(struct dt_ctx *c)
 * CHECK-NEXT: {
 * CHECK-NEXT: switch (c->prog) {
 * CHECK-NEXT: case 0:
 * CHECK-NEXT: return c->probe;
 * CHECK-NEXT: case 1:
 * CHECK-NEXT: return c->probe;
 * CHECK-NEXT: case 2:
 * CHECK-NEXT: return c->probe;
 * CHECK-NEXT: case 3:
 * CHECK-NEXT: return c->probe;
 * CHECK-NEXT: case 4:
 * CHECK-NEXT: return c->probe;
 * CHECK-NEXT: case 5:
 * CHECK-NEXT: return c->probe;
 * CHECK-NEXT: }
 * CHECK-NEXT: return c->prog < 8 ? dtc_prog_id[c->prog] : 0;
 * CHECK-LABEL: SEC("raw_tp")
 * CHECK-NEXT: int dtc_p0(
 * CHECK: c.probe = bpf_get_attach_cookie(ctx);
 * CHECK-LABEL: SEC("uprobe")
 * CHECK-NEXT: int dtc_p1(
 * CHECK: c.probe = bpf_get_attach_cookie(ctx);
 * CHECK-LABEL: SEC("uretprobe")
 * CHECK-NEXT: int dtc_p2(
 * CHECK: c.probe = bpf_get_attach_cookie(ctx);
 * CHECK-LABEL: SEC("usdt")
 * CHECK-NEXT: int dtc_p3(
 * CHECK: c.probe = bpf_usdt_cookie(ctx);
 * CHECK-LABEL: SEC("fentry")
 * CHECK-NEXT: int dtc_p4(
 * CHECK: c.probe = bpf_get_attach_cookie(ctx);
 * CHECK-LABEL: SEC("kprobe")
 * CHECK-NEXT: int dtc_p4_kp(
 * CHECK: c.probe = bpf_get_attach_cookie(ctx);
 * CHECK-LABEL: SEC("fexit")
 * CHECK-NEXT: int dtc_p5(
 * CHECK: c.probe = bpf_get_attach_cookie(ctx);
 * CHECK-LABEL: SEC("kretprobe")
 * CHECK-NEXT: int dtc_p5_kp(
 * CHECK: c.probe = bpf_get_attach_cookie(ctx);
 * CHECK-LABEL: int dtc_p6(
 * CHECK-NOT: _cookie(ctx)
 * CHECK-LABEL: int dtc_p7(
 * CHECK: "prog 0 rawtp \"c0\"\n"
 * CHECK: "prog 4 fentry \"c3\"\n"
 * CHECK: "prog 5 fexit \"c3\"\n"
 * CHECK: "prog 6 tp \"proc:::exit\"\n"
 * CHECK: "prog 7 begin \"\"\n"
 */
rawtp:sched::sched_switch { trace(id); }
pid$target:a.out:main:entry, pid$target::main:return { trace(id); }
myprov$target:::hello { trace(id); }
fbt::vfs_read:entry, fbt::vfs_read:return { trace(id); }
proc:::exit { trace(id); }
BEGIN { trace(id); }
