/*
 * A metric family's series come in key order (integers as numbers, strings
 * byte by byte), the same from one scrape to the next whatever the counts
 * do: not DTrace's printa() order by value, which the exposition does not
 * need and which cost a quarter of a 10,000-series scrape.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: rm -rf %t.dir && mkdir %t.dir
 * RUN: %dtrun -q --instance ko --metrics-textfile %t.dir %t.o
 * RUN: FileCheck %s < %t.dir/dtrun-ko.prom
 * CHECK: # TYPE dtrace_n_total counter
 * CHECK-NEXT: dtrace_n_total{dtrace_instance="ko",key0="1"} 3
 * CHECK-NEXT: dtrace_n_total{dtrace_instance="ko",key0="2"} 2
 * CHECK-NEXT: dtrace_n_total{dtrace_instance="ko",key0="10"} 1
 * CHECK: # TYPE dtrace_w_total counter
 * CHECK-NEXT: dtrace_w_total{dtrace_instance="ko",key0="a",key1="2"} 3
 * CHECK-NEXT: dtrace_w_total{dtrace_instance="ko",key0="b",key1="1"} 2
 * CHECK-NEXT: dtrace_w_total{dtrace_instance="ko",key0="b",key1="2"} 1
 */
BEGIN
{
	@n[10] = count();
	@n[2] = count(); @n[2] = count();
	@n[1] = count(); @n[1] = count(); @n[1] = count();
	@w["b", 2] = count();
	@w["b", 1] = count(); @w["b", 1] = count();
	@w["a", 2] = count(); @w["a", 2] = count(); @w["a", 2] = count();
	exit(0);
}
