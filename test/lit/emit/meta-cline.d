/*
 * Each clause's first line is in the object's metadata ("cline C LINE",
 * dtc_abi.h), so that dtrun can name the clause and its line when the
 * kernel refuses its program as too large or too complex for the verifier
 * ("failed to load the program for P: the kernel refused dt_clause_N at
 * x.d:LINE as too large or too complex for its verifier (REASON); the
 * clauses of one probe are one program: do less in them ...").
 *
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s
 * CHECK: "clause 0 1\n"
 * CHECK-NEXT: "cline 0 [[@LINE+5]]\n"
 * CHECK: "clause 1 2\n"
 * CHECK-NEXT: "cline 1 [[@LINE+8]]\n"
 */

BEGIN
{
	trace(1);
}

syscall::read:entry,
syscall::write:entry
{
	trace(2);
}
