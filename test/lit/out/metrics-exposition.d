/*
 * dtrun --metrics: the exposition, both formats (Accept chooses), with a
 * slow client holding a connection and a garbage request beside it.
 * count()/sum() are counters (_total), min/max/avg/stddev gauges,
 * quantize/lquantize histograms with cumulative buckets whose le is the
 * largest value a bucket holds (negative buckets included), +Inf, the
 * exact _sum of the values (in OpenMetrics only where no le is negative,
 * as its specification says) and _count; keys are labels key0.. (escaped), the instance dtrace_instance;
 * the anonymous @ is named after the script; dtrun's health metrics follow.
 * Other paths 404, other methods 405; clients of one address that never
 * read their answers hold at most 8 of the 16 connections, so another
 * address is answered; SIGTERM stops dtrun cleanly.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: timeout 60 python3 %S/Inputs/scrape.py %dtrun --instance 'w"1' %t.o | FileCheck %s
 * CHECK: text: 200 text/plain; version=0.0.4; charset=utf-8
 * CHECK-NEXT: # HELP dtrace_c_total D aggregation @c = count()
 * CHECK-NEXT: # TYPE dtrace_c_total counter
 * CHECK-NEXT: dtrace_c_total{dtrace_instance="w\"1",key0="a\\b\"c\nd",key1="-3"} 1
 * CHECK-NEXT: dtrace_c_total{dtrace_instance="w\"1",key0="x",key1="7"} 2
 * CHECK-NEXT: # HELP dtrace_s_total D aggregation @s = sum()
 * CHECK-NEXT: # TYPE dtrace_s_total counter
 * CHECK-NEXT: dtrace_s_total{dtrace_instance="w\"1"} 42
 * CHECK-NEXT: # HELP dtrace_q D aggregation @q = quantize()
 * CHECK-NEXT: # TYPE dtrace_q histogram
 * CHECK-NEXT: dtrace_q_bucket{dtrace_instance="w\"1",le="-4"} 0
 * CHECK-NEXT: dtrace_q_bucket{dtrace_instance="w\"1",le="-2"} 1
 * CHECK-NEXT: dtrace_q_bucket{dtrace_instance="w\"1",le="-1"} 1
 * CHECK-NEXT: dtrace_q_bucket{dtrace_instance="w\"1",le="0"} 2
 * CHECK-NEXT: dtrace_q_bucket{dtrace_instance="w\"1",le="1"} 3
 * CHECK-NEXT: dtrace_q_bucket{dtrace_instance="w\"1",le="3"} 3
 * CHECK-NEXT: dtrace_q_bucket{dtrace_instance="w\"1",le="7"} 3
 * CHECK-NEXT: dtrace_q_bucket{dtrace_instance="w\"1",le="15"} 5
 * CHECK-NEXT: dtrace_q_bucket{dtrace_instance="w\"1",le="31"} 5
 * CHECK-NEXT: dtrace_q_bucket{dtrace_instance="w\"1",le="63"} 6
 * CHECK-NEXT: dtrace_q_bucket{dtrace_instance="w\"1",le="+Inf"} 6
 * CHECK-NEXT: dtrace_q_sum{dtrace_instance="w\"1"} 61
 * CHECK-NEXT: dtrace_q_count{dtrace_instance="w\"1"} 6
 * CHECK-NEXT: # HELP dtrace_l D aggregation @l = lquantize()
 * CHECK-NEXT: # TYPE dtrace_l histogram
 * CHECK-NEXT: dtrace_l_bucket{dtrace_instance="w\"1",le="-1"} 1
 * CHECK-NEXT: dtrace_l_bucket{dtrace_instance="w\"1",le="9"} 1
 * CHECK-NEXT: dtrace_l_bucket{dtrace_instance="w\"1",le="19"} 2
 * CHECK-NEXT: dtrace_l_bucket{dtrace_instance="w\"1",le="+Inf"} 3
 * CHECK-NEXT: dtrace_l_sum{dtrace_instance="w\"1"} 113
 * CHECK-NEXT: dtrace_l_count{dtrace_instance="w\"1"} 3
 * CHECK-NEXT: # HELP dtrace_p D aggregation @p = quantize()
 * CHECK-NEXT: # TYPE dtrace_p histogram
 * CHECK-NEXT: dtrace_p_bucket{dtrace_instance="w\"1",le="3"} 0
 * CHECK-NEXT: dtrace_p_bucket{dtrace_instance="w\"1",le="7"} 1
 * CHECK-NEXT: dtrace_p_bucket{dtrace_instance="w\"1",le="15"} 1
 * CHECK-NEXT: dtrace_p_bucket{dtrace_instance="w\"1",le="31"} 1
 * CHECK-NEXT: dtrace_p_bucket{dtrace_instance="w\"1",le="63"} 1
 * CHECK-NEXT: dtrace_p_bucket{dtrace_instance="w\"1",le="127"} 2
 * CHECK-NEXT: dtrace_p_bucket{dtrace_instance="w\"1",le="+Inf"} 2
 * CHECK-NEXT: dtrace_p_sum{dtrace_instance="w\"1"} 105
 * CHECK-NEXT: dtrace_p_count{dtrace_instance="w\"1"} 2
 * CHECK-NEXT: # HELP dtrace_a D aggregation @a = avg()
 * CHECK-NEXT: # TYPE dtrace_a gauge
 * CHECK-NEXT: dtrace_a{dtrace_instance="w\"1"} 15
 * CHECK-NEXT: # HELP dtrace_mn D aggregation @mn = min()
 * CHECK-NEXT: # TYPE dtrace_mn gauge
 * CHECK-NEXT: dtrace_mn{dtrace_instance="w\"1"} -8
 * CHECK-NEXT: # HELP dtrace_metrics_exposition_total D aggregation @_ = count()
 * CHECK-NEXT: # TYPE dtrace_metrics_exposition_total counter
 * CHECK-NEXT: dtrace_metrics_exposition_total{dtrace_instance="w\"1"} 1
 * CHECK-NEXT: # HELP dtrun_events_total Records dtrun consumed from the ring buffer.
 * CHECK-NEXT: # TYPE dtrun_events_total counter
 * CHECK-NEXT: dtrun_events_total{dtrace_instance="w\"1"} 0
 * CHECK-NEXT: # HELP dtrun_errors_total Runtime faults (the ERROR probe).
 * CHECK-NEXT: # TYPE dtrun_errors_total counter
 * CHECK-NEXT: dtrun_errors_total{dtrace_instance="w\"1"} 0
 * CHECK-NEXT: # HELP dtrun_drops_total Drops reported, by kind.
 * CHECK-NEXT: # TYPE dtrun_drops_total counter
 * CHECK-NEXT: dtrun_drops_total{dtrace_instance="w\"1",kind="principal"} 0
 * CHECK: dtrun_probes_enabled{dtrace_instance="w\"1"} 2
 * CHECK: answered while a slow client waits: True
 * CHECK-NEXT: openmetrics: 200 application/openmetrics-text; version=1.0.0; charset=utf-8
 * CHECK-NEXT: # HELP dtrace_c D aggregation @c = count()
 * CHECK-NEXT: # TYPE dtrace_c counter
 * CHECK-NEXT: dtrace_c_total{dtrace_instance="w\"1",key0="a\\b\"c\nd",key1="-3"} 1
 * CHECK: dtrace_q_bucket{dtrace_instance="w\"1",le="+Inf"} 6
 * CHECK-NEXT: dtrace_q_count{dtrace_instance="w\"1"} 6
 * CHECK: dtrace_l_bucket{dtrace_instance="w\"1",le="+Inf"} 3
 * CHECK-NEXT: dtrace_l_count{dtrace_instance="w\"1"} 3
 * CHECK: dtrace_p_bucket{dtrace_instance="w\"1",le="+Inf"} 2
 * CHECK-NEXT: dtrace_p_sum{dtrace_instance="w\"1"} 105
 * CHECK-NEXT: dtrace_p_count{dtrace_instance="w\"1"} 2
 * CHECK: # TYPE dtrun_events counter
 * CHECK-NEXT: dtrun_events_total{dtrace_instance="w\"1"} 0
 * CHECK: # EOF
 * CHECK-NEXT: other path: 404 dtrun serves /metrics
 * CHECK-NEXT: post: 405 only GET /metrics
 * CHECK-NEXT: another address beside 20 clients that never read: 200
 * CHECK-NEXT: dtrun exit status: 0
 */
BEGIN
{
	@c["x", 7] = count(); @c["x", 7] = count(); @c["a\\b\"c\nd", -3] = count();
	@s = sum(42);
	@q = quantize(-3); @q = quantize(0); @q = quantize(1); @q = quantize(8);
	@q = quantize(15); @q = quantize(40);
	@l = lquantize(-1, 0, 20, 10); @l = lquantize(15, 0, 20, 10); @l = lquantize(99, 0, 20, 10);
	@p = quantize(5); @p = quantize(100);
	@a = avg(10); @a = avg(20);
	@mn = min(-8);
	@ = count();
}
tick-1h { }
