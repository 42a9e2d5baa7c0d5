/*
 * func() and mod() of kernel addresses as aggregation keys: printed as
 * symbols, one entry per function (per module for mod()), as dtrace
 * normalizes them (profile-n/tst.func.sh); sym() keys as func()'s.
 * Function names are not unique in a kernel (a dozen static copies of
 * lruvec_stat_mod_folio.constprop.0 here), so only mod() keys, one per
 * module, are checked for duplicates; an address in a BPF program (whose
 * symbols DTrace does not keep, dt_modsym_update()) is its hex value in
 * both, and is left out.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: sh -c 'while :; do /bin/true; done & p=$!; %dtrun %t.o > %t.out; s=$?; kill $p; exit $s'
 * RUN: FileCheck %s < %t.out
 * RUN: awk 'NF == 2 && $1 !~ /`/ && $1 !~ /^0x/ { print $1 }' %t.out | sort | uniq -d | FileCheck %s --check-prefix=DUP --allow-empty
 * CHECK: {{^  vmlinux`[A-Za-z_][A-Za-z0-9_.]* +[0-9]+$}}
 * CHECK: {{^  vmlinux +[0-9]+$}}
 * DUP-NOT: {{.}}
 * RUN: %dtc -S -o - %s | FileCheck %s --check-prefix=META
 * META: "agg 0 \"f\" count 1 0 0 0 0 1 y8\n"
 * META: "agg 1 \"m\" count 1 0 0 0 0 1 m8\n"
 */
#pragma D option quiet

profile-997
/arg0 != 0/
{
	@f[func(arg0)] = count();
	@m[mod(arg0)] = count();
}

tick-1s
{
	exit(0);
}
