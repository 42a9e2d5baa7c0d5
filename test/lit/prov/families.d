/*
 * Provider families: proc/sched/io on their raw tracepoints, rawtp/sdt and
 * pid/USDT programs per clause (probe ID as cookie), fbt on fentry/fexit
 * per clause with kprobe twins.
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s
 * CHECK: #include "dt_prov.bpf.h"
 * CHECK: proc:::exit on raw tracepoint sched_process_exit
 * CHECK-NEXT: if (!(dt_task_group_dead(ctx->args[0])))
 * CHECK: c.pname = "exit";
 * CHECK: sched:::off-cpu on raw tracepoint sched_switch
 * CHECK: io:::start on raw tracepoint block_rq_issue
 * CHECK: c.probe = bpf_get_attach_cookie(ctx);
 * CHECK: dt_rawtp_args(&c, ctx, 10);
 * CHECK: SEC("uprobe")
 * CHECK: dt_uprobe_args(&c, ctx);
 * CHECK: SEC("uretprobe")
 * CHECK: c.arg[0] = bpf_get_attach_cookie(ctx) >> 32 & DT_COOKIE_OFF_MASK;
 * CHECK-NEXT: c.arg[1] = PT_REGS_RC(ctx);
 * CHECK: SEC("usdt")
 * CHECK: c.probe = bpf_usdt_cookie(ctx);
 * CHECK: SEC("fentry")
 * CHECK: SEC("kprobe")
 * CHECK: SEC("fexit")
 * CHECK: SEC("kretprobe")
 * CHECK: "prog 0 tp \"proc:::exit\"\n"
 * CHECK: "prog 3 rawtp \"c1\"\n"
 * CHECK: "prog 4 uprobe \"c2\"\n"
 * CHECK: "prog 5 uretprobe \"c2\"\n"
 * CHECK: "prog 6 usdt \"c3\"\n"
 * CHECK: "prog 7 fentry \"c4\"\n"
 * CHECK: "prog 8 fexit \"c4\"\n"
 */
proc:::exit, sched:::off-cpu, io:::start { trace(arg0); }
rawtp:sched::sched_switch, sdt:::sched_wakeup { trace(probename); }
pid$target:a.out:main:entry, pid$target::main:return { trace(arg1); }
myprov$target:::hello { trace(arg0); }
fbt::vfs_read:entry, fbt::vfs_read:return { trace(arg0); }
