/*
 * Arrays of strings (global, this->, self->): strsize bytes per element;
 * a[i] = s copies into the element, a[i] reads it as a string, an index
 * out of range faults at run time, "index out of bounds" as Oracle DTrace's
 * dt_cg_arithmetic_op() has it (the check kept opaque to clang, so the
 * verifier sees it).
 * REQUIRES: root
 * RUN: %dtc -S -o - %s | FileCheck %s --check-prefix=C
 * C: char dtg_a[4][DT_STRSIZE];
 * C: char dts_s[3][DT_STRSIZE];
 * C: char dtl_t[2][DT_STRSIZE];
 * C: ({ char *_sd = (char *)((dtg_a))[((int)1ULL)]; dt_strcpy_n(_sd, dt_str_tmp(c, 0, "hello")); _sd; })
 * C: asm volatile("" : "+r"(_i)); if (_i >= 4) { __u64 _bi = _i; asm volatile("" : "+r"(_bi)); DT_FAULT(c, DTRACEFLT_BADINDEX, _bi * [[ESZ:[0-9]+]] / [[ESZ]]); }
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2>&1
 * RUN: FileCheck %s --match-full-lines --strict-whitespace < %t.out
 * CHECK:[] [hello] [hello] [hello] [xdtrace] 5
 * CHECK-NEXT:[] 1
 * CHECK-NEXT:dtrace: error in dt_clause_1 for probe ID 1 (dtrace:::BEGIN): index out of bounds (4) at BPF pc {{[0-9]+}}
 * CHECK-NEXT:done
 */
#pragma D option quiet

string a[4];
this string t[2];
self string s[3];

BEGIN
{
	a[1] = "hello";
	a[pid % 2 + 2] = strjoin("x", execname);
	this->t[1] = a[1];
	self->s[2] = this->t[1];
	printf("[%s] [%s] [%s] [%s] [%s] %d\n", a[0], a[1], this->t[1], self->s[2],
	    a[pid % 2 + 2], strlen(a[1]));
	a[1] = "";
	printf("[%s] %d\n", a[1], a[1] == "");
}

BEGIN
{
	printf("%s\n", a[pid - pid + 4]);
}

BEGIN
{
	printf("done\n");
	exit(0);
}
