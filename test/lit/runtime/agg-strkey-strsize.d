/*
 * A string key holds strsize characters and a NUL (dt_cg_arglist() copies
 * strsize + 1 bytes), whatever room dtc gives it: with strsize=5,
 * "abcdefghijkl" and "abcdeZZ" are one key, "abcde", and execname is cut
 * to its first 5 characters too, so it joins "dtracXX".
 * REQUIRES: root
 * RUN: %dtc -S -o - %s | FileCheck %s --check-prefix=C
 * C: dt_comm(c, _kp->k0);
 * C: __builtin_memset(_kp->k0 + 5, 0, 11);
 * C: bpf_probe_read_kernel_str(_kp->k0, 6,
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}[abcde] 2{{$}}
 * CHECK: {{^}}[dtrac] 2{{$}}
 */
#pragma D option quiet
#pragma D option strsize=5

BEGIN
{
	@e[execname] = count(); @e["dtracXX"] = count();
	@a["abcdefghijkl"] = count(); @a["abcdeZZ"] = count();
	printa("[%s] %@d\n", @a);
	printa("[%s] %@d\n", @e);
	exit(0);
}
