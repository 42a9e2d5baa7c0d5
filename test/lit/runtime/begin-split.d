/*
 * BEGIN's clauses are one program, and the verifier walks each clause once
 * for every state the ones before it leave: these three (a random program
 * of test/fuzz/gen_d.py, seed 5003) verify alone in about 185K, 595K and
 * 57K instructions, but together went past the verifier's million ("BPF
 * program is too large").  dtc splits BEGIN and END where a clause's string
 * subroutine calls would take a program past 8; dtrun runs them in order,
 * and a later program's first clause runs only while tracing is active, as
 * a probe's later clauses do (exit() in an earlier one ends them).
 *
 * REQUIRES: root
 * RUN: %dtc -S -o - %s | FileCheck %s --check-prefix=C
 * C: "prog 0 begin \"\"\n"
 * C-NEXT: "pair 0 0 0\n"
 * C-NEXT: "prog 2 begin \"\"\n"
 * C-NEXT: "pair 1 2 1\n"
 * C-NEXT: "prog 3 begin \"\"\n"
 * C-NEXT: "pair 2 3 2\n"
 * C-NEXT: "pair 3 3 3\n"
 * C-NEXT: "prog 4 begin \"\"\n"
 * C-NEXT: "pair 4 4 4\n"
 * C-NEXT: "prog 1 end \"\"\n"
 * RUN: %dtrun -q -s %s > %t.out 2>&1
 * RUN: FileCheck %s --input-file %t.out
 * CHECK: {{^}}one{{$}}
 * CHECK-NEXT: {{^}}two{{$}}
 * CHECK-NEXT: {{^}}three{{$}}
 * CHECK-NEXT: {{^}}end 3{{$}}
 * CHECK-NOT: not after
 */
self int s1;
string g2;

BEGIN
{
	@ag0[(index(probemod, stringof(curpsinfo->pr_psargs), 19) && (xlate <lwpsinfo_t> (curthread->real_parent).pr_lwpid != 5)), toupper(execname)] = lquantize(curcpu->cpu_id, -1000, 1000, 250);
	self->s1 = strlen(curlwpsinfo->pr_name);
	self->s1 = (self->s1 || gid);
	x = ((strtoll(curpsinfo->pr_fname) * (self->s1 ^ self->s1)) != ((int)(errno)));
	self->s1 ^= sizeof arg1;
	printf("one\n");
	n++;
}

BEGIN
{
	self->s1 = strtoll(curlwpsinfo->pr_name);
	if (((self->s1 >> (self->s1 & 31)) || 'Z')) { @ag0[index(root, curpsinfo->pr_fname), strstr(strjoin("hello", "abcabcabc"), "h")] = lquantize(((curpsinfo->pr_nlwp ? "a" : ".") > strjoin("12345", ".")), -1000, 1000, 250); g2 = strjoin(lltostr(072, 16), curpsinfo->pr_psargs); } else { self->s3 = toupper(g2); this->t4 = ((--self->s1) >> (self->s1 & 31)); }
	self->s5 = ntohs(((self->s1 ^ curthread->real_parent->pid) % ((strtoll(curpsinfo->pr_psargs, 10) & 0xff) | 1)));
	printf("two\n");
	n++;
}

BEGIN
{
	self->s5 ^= (curlwpsinfo->pr_pri);
	g6 = (curcpu->cpu_id == self->s1);
	@ag0[((long long)(39327LL | uid)), "%d %s"] = lquantize(+(((char)strtoll(curlwpsinfo->pr_name))), -1000, 1000, 250);
	self->s3 = strjoin(substr(curpsinfo->pr_fname, 22452l, curthread->mm->start_code), stringof(curthread->real_parent->comm));
	@ag1 = sum((((unsigned long long)curlwpsinfo->pr_sname) + $pid));
	if (((++self->s5) >> ((self->s1 << (677 & 31)) & 31))) { this->t4 = (("%d %s" > "dtrace") ^ self->s1); }
	printf("three\n");
	n++;
}

BEGIN
{
	exit(0);
}

BEGIN
{
	printf("not after exit() %s %s %s %s %s %s %s %s %s\n", strjoin("a", "b"), strjoin("a", "b"),
	       strjoin("a", "b"), strjoin("a", "b"), strjoin("a", "b"), strjoin("a", "b"),
	       strjoin("a", "b"), strjoin("a", "b"), strjoin("a", "b"));
}

END
{
	printf("end %d\n", n);
	exit(0);
}
