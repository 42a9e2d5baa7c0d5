/*
 * An attached probe's clauses are one program, and the verifier walks each
 * clause once for every state the ones before it leave: these three (a
 * random program of test/fuzz/gen_d.py, seed 5003, as begin-split.d has
 * them in BEGIN) went past the verifier's million instructions together on
 * syscall::read:entry ("BPF program is too large").  dtc cuts the program
 * where a clause's string subroutine calls would take it past 8; each part
 * is a program of the same type the one before reaches by a tail call
 * (compiler/emit_split.c), which dtrun loads with it and puts in the
 * program's prog array (loader/tail.c).  The clauses run in order, and
 * after exit() the probe's later clauses do not.
 *
 * REQUIRES: root
 * RUN: %dtc -C -S -o - %s | FileCheck %s --check-prefix=C
 * C: "prog 0 syscall-entry \"\"\n"
 * C-NEXT: "pair 0 0 0\n"
 * C-NEXT: "pair 1 0 1\n"
 * C-NEXT: "part 1 1\n"
 * C-NEXT: "pair 2 0 2\n"
 * C-NEXT: "part 2 2\n"
 * C-NEXT: "pair 3 0 3\n"
 * C-NEXT: "pair 4 0 4\n"
 * C-NEXT: "part 4 3\n"
 * RUN: %dtc -C %s -o %t.o
 * RUN: %dtrun -q %t.o -c "dd if=/dev/zero of=/dev/null bs=1 count=1 status=none" > %t.out 2>&1
 * RUN: FileCheck %s --input-file %t.out
 * CHECK: {{^}}one{{$}}
 * CHECK-NEXT: {{^}}two{{$}}
 * CHECK-NEXT: {{^}}three{{$}}
 * CHECK-NEXT: {{^}}end 3{{$}}
 * CHECK-NOT: not after
 */
#define ON pid == $target && arg0 == 0 && arg2 == 1

self int s1;
string g2;

syscall::read:entry
/ON/
{
	@ag0[(index(probemod, stringof(curpsinfo->pr_psargs), 19) && (xlate <lwpsinfo_t> (curthread->real_parent).pr_lwpid != 5)), toupper(execname)] = lquantize(curcpu->cpu_id, -1000, 1000, 250);
	self->s1 = strlen(curlwpsinfo->pr_name);
	self->s1 = (self->s1 || gid);
	x = ((strtoll(curpsinfo->pr_fname) * (self->s1 ^ self->s1)) != ((int)(errno)));
	self->s1 ^= sizeof arg1;
	printf("one\n");
	n++;
}

syscall::read:entry
/ON/
{
	self->s1 = strtoll(curlwpsinfo->pr_name);
	if (((self->s1 >> (self->s1 & 31)) || 'Z')) { @ag0[index(root, curpsinfo->pr_fname), strstr(strjoin("hello", "abcabcabc"), "h")] = lquantize(((curpsinfo->pr_nlwp ? "a" : ".") > strjoin("12345", ".")), -1000, 1000, 250); g2 = strjoin(lltostr(072, 16), curpsinfo->pr_psargs); } else { self->s3 = toupper(g2); this->t4 = ((--self->s1) >> (self->s1 & 31)); }
	self->s5 = ntohs(((self->s1 ^ curthread->real_parent->pid) % ((strtoll(curpsinfo->pr_psargs, 10) & 0xff) | 1)));
	printf("two\n");
	n++;
}

syscall::read:entry
/ON/
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

syscall::read:entry
/ON/
{
	exit(0);
}

syscall::read:entry
/ON/
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
