/*
 * A <sys/sdt.h> note carries at most 12 arguments: dtc -h and -G refuse a
 * probe with more (DTrace's own limit, 255, is checked for every script).
 * RUN: not %dtc -h -s %s -o %t.h 2>&1 | FileCheck %s --implicit-check-not=error:
 * RUN: not %dtc -G -s %s -o %t.o 2>&1 | FileCheck %s --implicit-check-not=error:
 * RUN: %dtc -e -s %s
 * CHECK: :[[@LINE+4]]:2: error: probe app:::wide input prototype exceeds 12 parameters: 13 params used (a <sys/sdt.h> note carries at most 12) [D_PROV_PRARGLEN]
 */
provider app {
	probe twelve(int, int, int, int, int, int, int, int, int, int, int, int);
	probe wide(int, int, int, int, int, int, int, int, int, int, int, int, int);
};
