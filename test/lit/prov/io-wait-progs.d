/*
 * io:::wait-start and io:::wait-done fire on submit_bio_wait(), as Oracle's
 * DTrace builds them on fbt: an fentry (fexit) program with a kprobe
 * (kretprobe) twin for kernels that refuse fentry; karg0 is the bio.  A
 * kretprobe cannot read the arguments, so wait-done's twin takes the bio
 * that its entry program (dtc_p1_kp2) kept for the thread.
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s
 * CHECK-LABEL: SEC("fentry")
 * CHECK-NEXT: int dtc_p0(unsigned long long *ctx)
 * CHECK: io:::wait-start on fentry submit_bio_wait()
 * CHECK-NEXT: __u64 karg0 = ctx[0];
 * CHECK: c.arg[0] = c.arg[1] = c.arg[2] = karg0;
 * CHECK: c.pname = "wait-start";
 * CHECK-LABEL: SEC("kprobe")
 * CHECK-NEXT: int dtc_p0_kp(struct pt_regs *ctx)
 * CHECK: __u64 karg0 = PT_REGS_PARM1(ctx);
 * CHECK: c.pname = "wait-start";
 * CHECK: } dtc_p1_karg SEC(".maps");
 * CHECK-LABEL: SEC("kprobe")
 * CHECK-NEXT: int dtc_p1_kp2(struct pt_regs *ctx)
 * CHECK: bpf_map_update_elem(&dtc_p1_karg, &tid, &a, BPF_ANY);
 * CHECK-LABEL: SEC("fexit")
 * CHECK-NEXT: int dtc_p1(unsigned long long *ctx)
 * CHECK: __u64 karg0 = ctx[0];
 * CHECK: c.pname = "wait-done";
 * CHECK-LABEL: SEC("kretprobe")
 * CHECK-NEXT: int dtc_p1_kp(struct pt_regs *ctx)
 * CHECK: __u64 *a = bpf_map_lookup_elem(&dtc_p1_karg, &tid);
 * CHECK: bpf_map_delete_elem(&dtc_p1_karg, &tid);
 * CHECK: c.pname = "wait-done";
 * CHECK: "prog 0 kfn-entry \"io:::wait-start\"\n"
 * CHECK: "prog 1 kfn-return \"io:::wait-done\"\n"
 */
io:::wait-start { trace(arg0); }
io:::wait-done { trace(arg0); }
