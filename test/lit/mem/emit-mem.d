/*
 * alloca'd memory in the generated C: every clause starts with none, loads
 * and stores through alloca'd pointers are bounds-checked lvalues, and a
 * subroutine's arguments are evaluated left to right.
 * RUN: %dtc -w -S -o - --btf %S/../Inputs/min.btf %s | grep -v '^#line' | FileCheck %s
 * CHECK: #define DT_WANT_ALLOCA 1
 * CHECK-NEXT: #define DT_SCRATCHSIZE 256
 * CHECK-NEXT: #define DT_ASIZE 256
 * CHECK-LABEL: dtc_clause_0(
 * CHECK: dt_rec_begin(c, 0);
 * CHECK-NEXT: if (dt_alloca_begin(c))
 * CHECK: dtg_s = {{.*}}DT_ALLOCA(c, ((int)8ULL))
 * CHECK: (DT_AMEM(c, signed char, (&((signed char *)((dtg_s)))[((int)1ULL)])) = (((long long)65ULL)))
 * CHECK: ({ __u64 _m1 = {{.*}}; __u64 _m2 = {{.*}}; __u64 _m3 = {{.*}}; DT_ACOPY(c, _m2, _m3, _m1, DT_ACOPY_ALLOCA); 0; })
 * CHECK: DT_AMEM(c, signed char, (&((signed char *)((dtg_s)))[((int)2ULL)]))
 * CHECK-LABEL: dtc_clause_1(
 * CHECK: if (dt_alloca_begin(c))
 * CHECK: DT_COPYIN(c, _m1, _m2); })
 * CHECK: DT_COPYOUTSTR(c, _m1, _m2, _m3)
 * CHECK: "act {{[0-9]+}} 1 copyoutstr 0
 */
BEGIN
{
	s = (char *)alloca(8);
	s[1] = 65;
	n = 0;
	bcopy(s + (n++), s + (n++), n++);
	trace(s[2]);
}

syscall::write:entry
{
	p = (char *)copyin(arg1, 4);
	copyoutstr("hi", arg1, 3);
}
