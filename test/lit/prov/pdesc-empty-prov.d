/*
 * An empty provider field matches every provider (dt_probe_iter() globs each
 * field, and an empty one is "*"): ":::start" is proc:::start and
 * io:::start, "wakeup" sched:::wakeup, "tick" sched:::tick (fbt in Oracle's
 * sched provider, a kernel-function probe here), and a tracepoint's name
 * reaches rawtp's and sdt's probes of it.  dtc said D_PDESC_ZERO for the
 * stable probes and left rawtp out.  rawtp is reached where the host has
 * the tracepoint (tracefs available_events), else the name is no probe.
 * RUN: rm -rf %t.tfs && mkdir -p %t.tfs && printf 'sched:sched_wakeup\nsched:sched_switch\n' > %t.tfs/available_events
 * RUN: %dtc -S -o - --btf %btf --tracefs %t.tfs %s | FileCheck %s
 * RUN: not %dtc -S -o /dev/null --btf %btf --tracefs %t.tfs -n 'sched_nosuch {}' 2>&1 | FileCheck %s --check-prefix=NONE
 * NONE: error: probe description :::sched_nosuch does not match any probes [D_PDESC_ZERO]
 * CHECK-DAG: "prog {{[0-9]+}} tp \"proc:::start\"\n"
 * CHECK-DAG: "prog {{[0-9]+}} tp \"io:::start\"\n"
 * CHECK-DAG: "prog {{[0-9]+}} tp \"sched:::wakeup\"\n"
 * CHECK-DAG: "prog {{[0-9]+}} kfn-entry \"sched:::tick\"\n"
 * CHECK-DAG: "prog {{[0-9]+}} rawtp \"c3\"\n"
 * CHECK-DAG: sched:::tick on fentry sched_tick()
 * CHECK-DAG: c.arg[0] = c.arg[1] = bpf_get_current_task();
 */
:::start { trace(1); }
wakeup { trace(2); }
tick { trace(args[0]->pr_lwpid); }
sched_switch { trace(4); }
