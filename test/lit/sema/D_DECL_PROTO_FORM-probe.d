/*
 * Parameter names in a probe's prototypes (dt_decl_prototype()): unique in
 * the input prototype, and in the output prototype only names of input
 * parameters (which map an output argument to its input argument).
 * RUN: not %dtc -h -s %s -o %t.h 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+4]]:17: error: parameter is already declared in probe input prototype: x, parameter #2 [D_DECL_PROTO_FORM]
 * CHECK: :[[@LINE+4]]:27: error: parameter is not declared in probe output prototype: z, parameter #1 [D_DECL_PROTO_FORM]
 */
provider app {
	probe a(int x, int x);
	probe b(int x, int y) : (int z);
	probe c(int x, long y) : (long y, int x);
	probe d(void);
};
