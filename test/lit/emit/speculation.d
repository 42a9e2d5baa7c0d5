/*
 * speculation(), speculate(), commit(), discard(): the runtime helpers
 * (dt_spec.bpf.h); a speculate()-only clause still records.
 * RUN: %dtc -S -o - --btf %btf %s | grep -v '^#line' | FileCheck %s
 * CHECK-LABEL: dtc_clause_0(
 * CHECK: dtg_s = {{.*}}dt_speculation()
 * CHECK-LABEL: dtc_clause_1(
 * CHECK: c->act = 1;
 * CHECK: if (!dt_speculate(c, (__s64)((dtg_s))))
 * CHECK-NEXT: return 0;
 * CHECK: dt_rec_commit(c);
 * CHECK-LABEL: dtc_clause_2(
 * CHECK: if (dt_spec_end(c, (__s64)((dtg_s)), DT_REC_SPEC_COMMIT) < 0)
 * CHECK-NEXT: DT_FAULT(c, DTRACEFLT_ILLOP, 0);
 * CHECK-LABEL: dtc_clause_3(
 * CHECK: dt_spec_end(c, (__s64)((dtg_s)), DT_REC_SPEC_DISCARD)
 */
BEGIN { s = speculation(); }
BEGIN { speculate(s); }
BEGIN { commit(s); }
BEGIN { discard(s); }
