/*
 * vminfo:::as_fault fires on every fault on a page not present
 * (exceptions:page_fault_user and page_fault_kernel), arg0 1: a process
 * that touches 4000 fresh pages takes at least 4000, none of them a
 * protection fault.  A direct write of 12 KiB is one pgout of 3 pages
 * (block:block_rq_issue, as Linux counts pgpgout).
 * REQUIRES: root
 * RUN: mkdir -p %t.dir && cc -O1 -o %t.dir/touch %S/Inputs/touch.c
 * RUN: %dtrun -s %s -c "%t.dir/touch 4000" | FileCheck %s --check-prefix=FAULT
 * FAULT: as_fault >= 4000: 1, < 4100: 1
 * RUN: rm -f %t.f
 * RUN: %dtrun -q -n 'vminfo:::pgout, vminfo:::pgpgout /pid == $target/ { @[probename] = sum(arg0); }' -c "dd if=/dev/zero of=%t.f bs=12k count=1 oflag=direct status=none" | FileCheck %s --check-prefix=PG
 * PG-DAG: {{^ *}}pgout 1{{$}}
 * PG-DAG: {{^ *}}pgpgout 3{{$}}
 *
 * anonpgout and fspgout read the folio's mapping (a pointer): their program
 * loads, as every vminfo probe's does (vminfo::: in one program).
 * RUN: %dtrun -q -n 'vminfo::: { @[probename] = count(); } BEGIN { printf("loaded\n"); exit(0); }' | FileCheck %s --check-prefix=ALL
 * ALL: loaded
 */
#pragma D option quiet

int64_t n; /* += needs a declared or assigned variable (D_VAR_UNDEF) */

vminfo:::as_fault
/pid == $target/
{
	n += arg0;
}

END
{
	printf("as_fault >= 4000: %d, < 4100: %d\n", n >= 4000, n < 4100);
}
