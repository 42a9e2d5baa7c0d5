/* sched-on-cpu.test: on-cpu and off-cpu in the target, and its context. */
int on, off, ok, first;

sched:::on-cpu
/pid == $target/
{
	on++;
	self->on++;
	ok += tid == curthread->pid && pid == curpsinfo->pr_pid && uid == curpsinfo->pr_uid &&
	    ppid == curpsinfo->pr_ppid;
}

sched:::on-cpu
/pid == $target && !first++/
{
	printf("on-cpu in the target: %s\n", execname);
}

sched:::off-cpu
/pid == $target/
{
	off++;
}

proc:::exit
/pid == $target/
{
	printf("on >= 50: %d, off >= 50: %d, on - off in [-1, 1]: %d\n", on >= 50, off >= 50,
	    on - off >= -1 && on - off <= 1);
	printf("self->on == on: %d\n", self->on == on);
	printf("tid, pid, uid, ppid as curthread's and curpsinfo's: %d\n", ok == on);
	exit(0);
}
