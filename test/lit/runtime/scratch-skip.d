/*
 * A program whose clauses never use the per-CPU scratch map skips its
 * lookup (emit/scratch-lookup.d).  Such a program still counts, still keeps
 * self-> variables, and a fault in it still reaches the ERROR clause, which
 * looks the scratch map up itself to print.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o -c "cat /dev/null" > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace
 * RUN: FileCheck %s --check-prefix=ERR --input-file %t.err
 * CHECK: {{^}}error 1 at 8{{$}}
 * CHECK: {{^}}reads 1 ok{{$}}
 * CHECK: {{^}}  cat {{ +}}{{[1-9][0-9]*$}}
 * ERR: dtrace: error in dt_clause_2 for probe ID {{[0-9]+}} (syscall:vmlinux:openat:entry): invalid address (0x8)
 */
#pragma D option quiet

ERROR
{
	printf("error %d at %d\n", arg4, arg5);
}

syscall:::entry
/pid == $target/
{
	@[execname] = count();
	self->ts = timestamp;
}

syscall::openat:entry
/pid == $target && !done/
{
	done = 1;
	x = *(int *)8;
}

syscall::read:return
/pid == $target && self->ts/
{
	n++;
	self->ts = 0;
}

END
{
	printf("reads %d %s\n", n > 0, "ok");
}
