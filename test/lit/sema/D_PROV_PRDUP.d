/*
 * A probe declared twice in one provider definition (dt_cook_provider()).
 * RUN: not %dtc -h -s %s -o %t.h 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+4]]:2: error: probe redeclared: app:::request-start [D_PROV_PRDUP]
 */
provider app {
	probe request__start(char *, int);
	probe request__start(char *, int);
};
