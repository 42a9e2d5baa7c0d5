/*
 * speculation(), speculate(), commit(), discard(): the runtime helpers
 * (dt_spec.bpf.h); a speculate()-only clause still records.  A speculative
 * record is counted against specsize at its size in Oracle DTrace's buffer
 * (dt_rec_add()): 16 bytes of header, then each value aligned to its size,
 * a string strsize + 1 bytes; a printf() without arguments stores nothing,
 * and the second number is where the last value stored ends.
 * RUN: %dtc -S -o - --btf %btf %s | grep -v '^#line' | FileCheck %s
 * CHECK-LABEL: dtc_clause_0(
 * CHECK: dtg_s = {{.*}}dt_speculation()
 * CHECK-LABEL: dtc_clause_1(
 * CHECK: c->act = 1;
 * CHECK: if (!dt_speculate(c, (__s64)((dtg_s))))
 * CHECK-NEXT: goto dropped;
 * CHECK: dt_rec_commit_spec(c, 16, 0);
 * CHECK-LABEL: dtc_clause_2(
 * CHECK: if (dt_spec_end(c, (__s64)((dtg_s)), DT_REC_SPEC_COMMIT) < 0)
 * CHECK-NEXT: DT_FAULT(c, DTRACEFLT_ILLOP, 0);
 * CHECK-LABEL: dtc_clause_3(
 * CHECK: dt_spec_end(c, (__s64)((dtg_s)), DT_REC_SPEC_DISCARD)
 * CHECK-LABEL: dtc_clause_4(
 * CHECK: dt_rec_commit_spec(c, 289, 289);
 * CHECK-LABEL: dtc_clause_5(
 * CHECK: dt_rec_commit_spec(c, 20, 20);
 * CHECK-LABEL: dtc_clause_6(
 * CHECK: dt_rec_commit(c);
 */
BEGIN { s = speculation(); }
BEGIN { speculate(s); }
BEGIN { commit(s); }
BEGIN { discard(s); }
BEGIN { speculate(s); printf("%d %s %d\n", 1, "x", 2LL); trace((char)1); }
BEGIN { speculate(s); trace(1); printf("no values\n"); }
BEGIN { trace(1); }
