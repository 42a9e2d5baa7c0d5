/*
 * @[execname] = count(): a per-CPU hash keyed by a 16-byte comm filled by
 * dt_comm() (two loads from the task, no helper call, no copy), one lookup and an
 * add on the hot path; the "agg" metadata line; printa's "@8" argument.
 * RUN: %dtc -S -o - %s | grep -v '^#line' | FileCheck %s
 * CHECK: struct dtc_agg0_key { char k0[16]; } __attribute__((aligned(8)));
 * CHECK: __uint(type, BPF_MAP_TYPE_PERCPU_HASH);
 * CHECK: } dtc_agg0 SEC(".maps");
 * CHECK: struct dtc_agg1_key { __u64 k0; char k1[72]; } __attribute__((aligned(8)));
 * CHECK: } dtc_agg1 SEC(".maps");
 * CHECK-LABEL: dtc_clause_0(
 * CHECK: struct dtc_agg0_key _k = {}, *_kp = &_k;
 * CHECK-NEXT: dt_comm(c, _kp->k0);
 * CHECK-NEXT: __u64 *_v = dt_agg_slot(&dtc_agg0, _kp, dtc_aggzero, 1, &dtc_aggbudget, dtc_agg_nelems);
 * CHECK-NEXT: if (_v)
 * CHECK-NEXT: _v[0] += 1;
 * CHECK-LABEL: dtc_clause_1(
 * CHECK: dt_agg_lquantize(_v, _x, -10, 5, 4, _inc);
 * CHECK-LABEL: dtc_clause_2(
 * CHECK: dt_put_int(_p, 0, 1);
 * CHECK: "act 0 2 printa 1 \"%d %s %@d\\n\" @8\n"
 * CHECK: "agg 0 \"_\" count 1 0 0 0 0 1 s16\n"
 * CHECK: "agg 1 \"q\" lquantize 7 -10 10 5 0 2 i4 s72\n"
 * CHECK-NEXT: "aggsum 1 6\n"
 */
#pragma D option strsize=64
syscall:::entry { @[execname] = count(); }
syscall:::return { @q[(int)arg0, probefunc] = lquantize(arg1, -10, 10, 5); }
END { printa("%d %s %@d\n", @q); }
