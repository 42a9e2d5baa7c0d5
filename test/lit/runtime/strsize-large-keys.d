/*
 * Strings of strsize=1024 as aggregation keys and associative-array keys:
 * the key is zeroed in scratch memory without memset(), which the BPF back
 * end refuses past a small size (dtc once stopped with an internal error).
 * REQUIRES: root
 * RUN: %dtc -S -o - %s | FileCheck %s --check-prefix=C
 * RUN: %dtrun -q -s %s -c 'wc -c %s %s' | FileCheck %s -DF=%s
 * C: dt_zero((char *)_kp, 1032);
 * CHECK: {{^}}seen 2{{$}}
 * CHECK: {{^}}  [[F]] 2{{$}}
 */
#pragma D option strsize=1024

syscall::openat:entry
/pid == $target/
{
	@[copyinstr(arg1)] = count();
	seen[copyinstr(arg1)]++;
}

syscall::openat:entry
/pid == $target && seen[copyinstr(arg1)] == 2 && strstr(copyinstr(arg1), ".d") != NULL/
{
	printf("seen %d\n", seen[copyinstr(arg1)]);
}
