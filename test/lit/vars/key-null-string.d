/*
 * A NULL string as a tuple key (a string variable holding NULL, absent
 * self-> or a[k] string, strchr()/strstr() finding nothing) faults where
 * DTrace's tuple copy reads it: at 128 + the key's index, as a key string
 * that cannot be read (dt_cg_arglist(): bpf_probe_read_str() of address
 * 0), for associative arrays and aggregations alike.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --strict-whitespace < %t.out
 * RUN: FileCheck %s --check-prefix=ERR < %t.err
 * CHECK: {{^}}done{{$}}
 * CHECK-NOT: {{.}}
 * ERR: error in dt_clause_0 for probe ID 1 (dtrace:::BEGIN): invalid address (0x80) at BPF pc
 * ERR-NEXT: error in dt_clause_1 for probe ID 1 (dtrace:::BEGIN): invalid address (0x81) at BPF pc
 * ERR-NEXT: error in dt_clause_2 for probe ID 1 (dtrace:::BEGIN): invalid address (0x80) at BPF pc
 * ERR-NEXT: error in dt_clause_3 for probe ID 1 (dtrace:::BEGIN): invalid address (0x80) at BPF pc
 * ERR-NEXT: error in dt_clause_4 for probe ID 1 (dtrace:::BEGIN): invalid address (0x81) at BPF pc
 * ERR-NOT: error
 */
#pragma D option quiet
self string f;

BEGIN
{
	s = "a";
	s = NULL;
	x[s] = 1;
}

BEGIN
{
	self->t = 1;
	z[1, self->f] = 1;
}

BEGIN
{
	@[strchr("abc", 'z')] = count();
}

BEGIN
{
	a[1] = "a";
	y[a[2]] = 1;
}

BEGIN
{
	@n[1, strstr("abc", "z")] = count();
}

BEGIN
{
	printf("done\n");
	exit(0);
}
