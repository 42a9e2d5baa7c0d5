/*
 * strsize above 4096, as DTrace takes any strsize up to UINT_MAX
 * (dt_opt_strsize()): a statement's string temporaries fill as many 32 KB
 * values of dtc_tmp as it needs (up to 8 a nesting level: at strsize=8192,
 * 3 each), so a chain of strjoin()s with 10 temporaries runs, and a
 * string is strsize bytes at most, and its NUL.  Past 32767 a string does not
 * fit a per-CPU map value, and dtc says so as dtrace does when its own
 * per-CPU 'mem' map is too big for the kernel (dt_bpf.c create_gmap()).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}abc123456789 12 8192{{$}}
 * CHECK-NEXT: {{^}}4096 8192 /etc/hostname{{$}}
 * RUN: %S/../Inputs/status.sh 1 %dtrun -x strsize=65536 -n 'BEGIN { exit(0); }' 2>&1 | FileCheck %s --check-prefix=BIG
 * BIG: {{^}}dtrace: could not enable tracing: failed to create BPF map 'dtc_tmp': Too big{{$}}
 * RUN: %S/../Inputs/status.sh 1 %dtrun -x strsize=4294967296 -n 'BEGIN { exit(0); }' 2>&1 | FileCheck %s --check-prefix=OFLOW
 * OFLOW: {{^}}dtrace: failed to set -x strsize: Value too large for defined data type{{$}}
 */
#pragma D option quiet
#pragma D option strsize=8192

BEGIN
{
	s = strjoin(strjoin(strjoin(strjoin(strjoin(strjoin(strjoin(strjoin(strjoin("abc", "1"), "2"),
	    "3"), "4"), "5"), "6"), "7"), "8"), "9");
	printf("%s %d %d\n", s, strlen(s), sizeof (s));
	t = "/etc/hostname";
}

BEGIN
{
	u = strjoin(strjoin(lltostr(2048), lltostr(2048)), strjoin(lltostr(2048), lltostr(2048)));
	u = strjoin(u, u);
	u = strjoin(u, u);
	u = strjoin(u, u);
	u = strjoin(u, u);
	u = strjoin(u, u);
	u = strjoin(u, u);
	u = strjoin(u, u);
	u = strjoin(u, u);
	printf("%d %d %s\n", strlen(u), strlen(strjoin(u, u)), t);
	exit(0);
}
