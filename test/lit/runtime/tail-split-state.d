/*
 * An attached probe's clauses in several programs, each reached from the
 * one before by a tail call (compiler/emit_split.c: a clause whose string
 * subroutine calls would take its program past 8 starts the next part),
 * run as one program would: in order for one firing, this-> and a
 * speculation set in one part seen in the next, a predicate false in one
 * part and not in another, and after exit() in an earlier part the later
 * parts' clauses do not run (DTrace's DRAINING state).  dd reads 3 bytes
 * of /dev/zero from fd 0, one read each; only the second speculates (a
 * speculation drains until dtrun has read its commit).
 *
 * REQUIRES: root
 * RUN: %dtc -C -S -o - %s | FileCheck %s --check-prefix=C
 * C: int dtc_p0(struct bpf_raw_tracepoint_args *ctx)
 * C: dt_tail_save(&c);
 * C: bpf_tail_call(ctx, &dtc_tail_0, 1);
 * C: int dtc_p0_t1(struct bpf_raw_tracepoint_args *ctx)
 * C: bpf_tail_call(ctx, &dtc_tail_0, 2);
 * C: int dtc_p0_t5(struct bpf_raw_tracepoint_args *ctx)
 * C-NOT: bpf_tail_call
 * C: "dtc-meta 4\n"
 * C: "pair 1 0 1\n"
 * C-NEXT: "part 1 1\n"
 * RUN: %dtc -C %s -o %t.o
 * RUN: %dtrun -q %t.o -c "dd if=/dev/zero of=/dev/null bs=1 count=3 status=none" | FileCheck %s
 * CHECK: 1 one
 * CHECK-NEXT: 1 last 1 b
 * CHECK-NEXT: 2 one
 * CHECK-NEXT: 2 speculated abcdefghij
 * CHECK-NEXT: 2 last 2 b
 * CHECK-NEXT: 3 one
 * CHECK-NOT: {{.}}
 */
#define PAD strjoin(strjoin(strjoin(strjoin(strjoin(strjoin(strjoin(strjoin(strjoin("a", "b"), "c"), "d"), "e"), "f"), "g"), "h"), "i"), "j")
#define ON pid == $target && arg0 == 0 && arg2 == 1

syscall::read:entry
/ON/
{
	this->n = ++n;
	this->s = substr(PAD, 1, 1);
	printf("%d one\n", this->n);
}

syscall::read:entry
/ON && this->n == 2/
{
	this->spec = speculation();
	this->t = PAD;
}

syscall::read:entry
/ON && this->n == 2/
{
	speculate(this->spec);
	printf("%d speculated %s\n", this->n, PAD);
}

syscall::read:entry
/ON && this->n == 2/
{
	commit(this->spec);
	this->t = PAD;
}

syscall::read:entry
/ON && this->n == 3/
{
	this->t = PAD;
	exit(0);
}

syscall::read:entry
/ON/
{
	this->t = PAD;
	printf("%d last %d %s\n", this->n, n, this->s);
}
