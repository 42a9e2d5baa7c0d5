/*
 * fbt: a function glob compiles to one fentry program per clause and family,
 * named by dtrun at load time (cookie = probe ID, names from dtc_pnames), each
 * with a kprobe/kretprobe twin dtrun loads instead where fentry is refused.
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s --implicit-check-not=error:
 * CHECK: SEC("fentry")
 * CHECK-NEXT: int dtc_p0(unsigned long long *ctx)
 * CHECK: c.probe = bpf_get_attach_cookie(ctx);
 * CHECK-NEXT: c.stmt = bpf_get_attach_cookie(ctx) >> DT_COOKIE_DSC_SHIFT;
 * CHECK-NEXT: dt_probe_names(&c);
 * CHECK-NEXT: dt_fbt_args(&c, ctx, 0);
 * CHECK: SEC("kprobe")
 * CHECK-NEXT: int dtc_p0_kp(struct pt_regs *ctx)
 * CHECK: c.probe = bpf_get_attach_cookie(ctx);
 * CHECK: dt_kprobe_args(&c, ctx, 0);
 * CHECK: SEC("fexit")
 * CHECK-NEXT: int dtc_p1(unsigned long long *ctx)
 * CHECK: dt_fbt_args(&c, ctx, 1);
 * CHECK: SEC("kretprobe")
 * CHECK-NEXT: int dtc_p1_kp(struct pt_regs *ctx)
 * CHECK: dt_kprobe_args(&c, ctx, 1);
 * CHECK: "pdesc 0 \"fbt::vfs_*:entry\" {{[0-9]+}}\n"
 * CHECK: "prog 0 fentry \"c0\"\n"
 * CHECK: "prog 1 fexit \"c0\"\n"
 */
fbt::vfs_*:entry, fbt:vmlinux:vfs_read:return { trace(probefunc); }
