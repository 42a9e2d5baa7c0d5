/*
 * A program names 64 maps at most, and every aggregation is a map: past 32
 * aggregations, those of one shape are reached through one ARRAY_OF_MAPS
 * (dtc_aggg<ID>) that the program names instead.  These 64 in one clause
 * failed to load ("The total number of maps per program has reached the
 * limit of 64").
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s
 * CHECK-DAG: {{^ +0 +1$}}
 * CHECK-DAG: {{^ +1 +1001$}}
 * CHECK-DAG: {{^ +34 +2034$}}
 * CHECK-DAG: {{^ +59 +3059$}}
 * CHECK-DAG: {{^ +7003$}}
 * RUN: %dtc -S -o - %s | FileCheck %s --check-prefix=C
 * C: BPF_MAP_TYPE_ARRAY_OF_MAPS
 * C: dtc_aggg0 SEC(".maps") = {
 * C: bpf_map_lookup_elem(&dtc_aggg{{[0-9]+}}, &_gi)
 */
BEGIN
{
	@a0[0] = count();
	@a1[1] = sum(1001);
	@a2[2] = min(2002);
	@a3[3] = max(3003);
	@a4[4] = count();
	@a5[5] = sum(1005);
	@a6[6] = min(2006);
	@a7[7] = max(3007);
	@a8[8] = count();
	@a9[9] = sum(1009);
	@a10[10] = min(2010);
	@a11[11] = max(3011);
	@a12[12] = count();
	@a13[13] = sum(1013);
	@a14[14] = min(2014);
	@a15[15] = max(3015);
	@a16[16] = count();
	@a17[17] = sum(1017);
	@a18[18] = min(2018);
	@a19[19] = max(3019);
	@a20[20] = count();
	@a21[21] = sum(1021);
	@a22[22] = min(2022);
	@a23[23] = max(3023);
	@a24[24] = count();
	@a25[25] = sum(1025);
	@a26[26] = min(2026);
	@a27[27] = max(3027);
	@a28[28] = count();
	@a29[29] = sum(1029);
	@a30[30] = min(2030);
	@a31[31] = max(3031);
	@a32[32] = count();
	@a33[33] = sum(1033);
	@a34[34] = min(2034);
	@a35[35] = max(3035);
	@a36[36] = count();
	@a37[37] = sum(1037);
	@a38[38] = min(2038);
	@a39[39] = max(3039);
	@a40[40] = count();
	@a41[41] = sum(1041);
	@a42[42] = min(2042);
	@a43[43] = max(3043);
	@a44[44] = count();
	@a45[45] = sum(1045);
	@a46[46] = min(2046);
	@a47[47] = max(3047);
	@a48[48] = count();
	@a49[49] = sum(1049);
	@a50[50] = min(2050);
	@a51[51] = max(3051);
	@a52[52] = count();
	@a53[53] = sum(1053);
	@a54[54] = min(2054);
	@a55[55] = max(3055);
	@a56[56] = count();
	@a57[57] = sum(1057);
	@a58[58] = min(2058);
	@a59[59] = max(3059);
	@n0 = sum(7000);
	@n1 = sum(7001);
	@n2 = sum(7002);
	@n3 = sum(7003);
	exit(0);
}
