/*
 * E1 + E2 of an array or a string on the left and an integer that is not a
 * constant: Oracle DTrace's dt_cg_arithmetic_op() bounds-checks the byte
 * offset as for E1[E2] (strsize for a string): past the end or negative
 * faults "index out of bounds" (the offset over the element size); within
 * it, the sum is the address.  A pointer or string on the right of +, or
 * on the left of -, is not checked; dtc computes each such sum as a
 * number, so that a string literal's or a D array's address plus any
 * offset loads (the verifier refused the unbounded offset to a map
 * pointer; Oracle's own program fails to load there).
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace
 * RUN: FileCheck %s --check-prefix=ERR --input-file %t.err --implicit-check-not=dtrace:
 * CHECK: {{^}}bc bc 98{{$}}
 * CHECK-NEXT: {{^}}5 5{{$}}
 * CHECK-NEXT: {{^}}bc 5 1{{$}}
 * CHECK-NEXT: {{^}}ERROR 11 300{{$}}
 * CHECK-NEXT: {{^}}ERROR 11 -1{{$}}
 * CHECK-NEXT: {{^}}ERROR 11 256{{$}}
 * CHECK-NEXT: {{^}}ERROR 11 20{{$}}
 * CHECK-NEXT: {{^}}ERROR 11 4611686018427387903{{$}}
 * ERR: dtrace: error in dt_clause_5 for probe ID 1 (dtrace:::BEGIN): index out of bounds (300) at BPF pc {{[0-9]+}}
 * ERR-NEXT: dtrace: error in dt_clause_6 for probe ID 1 (dtrace:::BEGIN): index out of bounds (-1) at BPF pc {{[0-9]+}}
 * ERR-NEXT: dtrace: error in dt_clause_7 for probe ID 1 (dtrace:::BEGIN): index out of bounds (256) at BPF pc {{[0-9]+}}
 * ERR-NEXT: dtrace: error in dt_clause_8 for probe ID 1 (dtrace:::BEGIN): index out of bounds (20) at BPF pc {{[0-9]+}}
 * ERR-NEXT: dtrace: error in dt_clause_9 for probe ID 1 (dtrace:::BEGIN): index out of bounds (4611686018427387903) at BPF pc {{[0-9]+}}
 */
#pragma D option quiet
int g[4];
ERROR { printf("ERROR %d %d\n", arg4, (long)arg5); }
BEGIN
{
	this->i = 1;
	this->s = "abc";
	printf("%s %s %d\n", "abc" + this->i, this->s + this->i, *("abc" + this->i));
}
BEGIN { this->i = 1; g[1] = 5; printf("%d %d\n", *(g + this->i), *(&g[0] + this->i)); }
BEGIN
{
	this->i = 1;
	printf("%s %d %d\n", this->i + "abc", *(this->i + g), strlen(`vfs_read + "a") >= 0);
}
BEGIN { this->i = 255; this->s = "abc" - this->i; }
BEGIN { this->i = 300; this->s = "abc"; trace(this->s + this->i); }
BEGIN { this->i = -1; trace("abc" + this->i); }
BEGIN { this->i = 256; trace(execname + this->i); }
BEGIN { this->i = 20; trace(curthread->comm + this->i); }
BEGIN { this->i = -1; trace(*(g + this->i)); }
BEGIN { exit(0); }
