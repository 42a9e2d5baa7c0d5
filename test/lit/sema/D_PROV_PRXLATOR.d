/*
 * A probe's output argument needs a translator from its input argument
 * unless the types are compatible (dt_cook_probe()): int to long and char *
 * to string need none, a struct pointer from an int does.
 * RUN: not %dtc -h -s %s -o %t.h 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+8]]:8: error: translator for app:::b output argument #1 from int to struct foo * is not defined [D_PROV_PRXLATOR]
 * CHECK: :[[@LINE+8]]:8: error: translator for app:::c output argument #2 from struct foo * to struct bar * is not defined [D_PROV_PRXLATOR]
 */
struct foo { int x; };
struct bar { int y; };

provider app {
	probe a(int, char *) : (long, string);
	probe b(int) : (struct foo *);
	probe c(int, struct foo *) : (int, struct bar *);
};
