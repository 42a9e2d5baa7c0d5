/*
 * stack()/ustack() aggregation keys: 1 + frames u64 words of the key tuple,
 * filled by dt_put_stack(); "k"/"U" key descriptors in the metadata.
 * RUN: %dtc -S -o - %s | FileCheck %s
 * CHECK: struct dtc_agg0_key { __u64 k0[6]; char k1[16]; } __attribute__((aligned(8)));
 * CHECK: dt_put_stack(c, (char *)_kp->k0, 5, 0);
 * CHECK: dt_comm(c, _kp->k1);
 * CHECK: dt_put_stack(c, (char *)_kp->k0, 3, BPF_F_USER_STACK);
 * CHECK: "agg 0 \"_\" count 1 0 0 0 0 2 k48 s16\n"
 * CHECK: "agg 1 \"u\" sum 1 0 0 0 0 1 U32\n"
 */
profile-97 { @[stack(5), execname] = count(); @u[ustack(3)] = sum(arg0); }
