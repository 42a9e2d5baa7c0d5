/*
 * The refused program's clause is named as dtrace numbers statements, one
 * per probe description (dt_clause_N): the two descriptions of the first
 * clause make the BEGIN clause after it dt_clause_2.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: not %dtrun -q %t.o 2>&1 | FileCheck %s
 * CHECK: dtrace: failed to load the program for BEGIN: the kernel refused dt_clause_2 at {{.*}}maps-limit-stmt.d:[[@LINE+6]] as too large or too complex for its verifier (The total number of maps per program has reached the limit of 64); use fewer associative arrays in the clauses of this probe
 */
tick-1s, END
{
}

BEGIN
{
	a0[0] = 0;
	a1[1] = 1;
	a2[2] = 2;
	a3[3] = 3;
	a4[4] = 4;
	a5[5] = 5;
	a6[6] = 6;
	a7[7] = 7;
	a8[8] = 8;
	a9[9] = 9;
	a10[10] = 10;
	a11[11] = 11;
	a12[12] = 12;
	a13[13] = 13;
	a14[14] = 14;
	a15[15] = 15;
	a16[16] = 16;
	a17[17] = 17;
	a18[18] = 18;
	a19[19] = 19;
	a20[20] = 20;
	a21[21] = 21;
	a22[22] = 22;
	a23[23] = 23;
	a24[24] = 24;
	a25[25] = 25;
	a26[26] = 26;
	a27[27] = 27;
	a28[28] = 28;
	a29[29] = 29;
	a30[30] = 30;
	a31[31] = 31;
	a32[32] = 32;
	a33[33] = 33;
	a34[34] = 34;
	a35[35] = 35;
	a36[36] = 36;
	a37[37] = 37;
	a38[38] = 38;
	a39[39] = 39;
	a40[40] = 40;
	a41[41] = 41;
	a42[42] = 42;
	a43[43] = 43;
	a44[44] = 44;
	a45[45] = 45;
	a46[46] = 46;
	a47[47] = 47;
	a48[48] = 48;
	a49[49] = 49;
	a50[50] = 50;
	a51[51] = 51;
	a52[52] = 52;
	a53[53] = 53;
	a54[54] = 54;
	a55[55] = 55;
	a56[56] = 56;
	a57[57] = 57;
	a58[58] = 58;
	a59[59] = 59;
	a60[60] = 60;
	a61[61] = 61;
	a62[62] = 62;
	a63[63] = 63;
	a64[64] = 64;
	a65[65] = 65;
	a66[66] = 66;
	a67[67] = 67;
	a68[68] = 68;
	a69[69] = 69;
	exit(0);
}
