/*
 * The real engine: Debian's prometheus (setup.sh installs it), on loopback
 * with a temporary config and data directory, scrapes two dtrun processes
 * running this object as instances a and b (dtrun --metrics, loopback
 * ports); PromQL through its HTTP API sums a counter over both (the
 * dtrace_instance label keeps them apart) and takes histogram_quantile()
 * of both quantize()s: 100 and 3000 on each host, so 4 values in buckets
 * le=127 (64..127) and le=4095 (2048..4095): the 90th percentile
 * interpolates 2047 + 2048 * (3.6 - 2) / 2; their _sum is exactly
 * 2 * (100 + 3000).  @r gets 20 ten times a second on each host, so
 * rate(_sum) / rate(_count), the mean value, is 20.  Prometheus asks for
 * OpenMetrics, so its parser reads that format.  Inputs/prom.py stops every
 * process it started and gives up after 90 s.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: timeout 150 python3 %S/Inputs/prom.py %dtrun %t.o | FileCheck %s
 * CHECK: dtrun a: 200 text/plain; version=0.0.4; charset=utf-8
 * CHECK: dtrun b: 200 text/plain; version=0.0.4; charset=utf-8
 * CHECK: openmetrics: 200 application/openmetrics-text; version=1.0.0; charset=utf-8, last line # EOF
 * CHECK: up: count(up{job="dtrun"} == 1) = 2
 * CHECK: instances: ['a', 'b']
 * CHECK: sum: sum(dtrace_c_total{key0="x"}) = 2
 * CHECK: p90: histogram_quantile(0.9, sum by (le) (dtrace_q_bucket)) = 3685.4
 * CHECK: p50: histogram_quantile(0.5, sum by (le) (dtrace_q_bucket)) = 127
 * CHECK: count: sum(dtrace_q_count) = 4
 * CHECK: qsum: sum(dtrace_q_sum) = 6200
 * CHECK: mean: sum(rate(dtrace_r_sum[5s])) / sum(rate(dtrace_r_count[5s])) = 20
 */
BEGIN
{
	@c["x"] = count(); @c["y"] = count();
	@q = quantize(100); @q = quantize(3000);
}

tick-100ms
{
	@r = quantize(20);
}
