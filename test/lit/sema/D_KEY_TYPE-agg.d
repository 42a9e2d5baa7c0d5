/*
 * Aggregation keys: not an aggregation (dt_idcook_assc(): a dynamic key is
 * D_KEY_TYPE), then the types and number of the first definition's keys
 * (dt_idcook_sign(): D_PROTO_ARG, D_PROTO_LEN), checked after the function
 * (D_AGG_REDEF first).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error: --strict-whitespace
 * CHECK: :[[@LINE+12]]:4: error: aggregation expression may not be used as aggregation index: key #1 [D_KEY_TYPE]
 * CHECK: :[[@LINE+13]]:2: error: @b[ ] key #1 is incompatible with prototype:
 * CHECK-NEXT: {{^}}	prototype: int{{$}}
 * CHECK-NEXT: {{^}}	      key: string [D_PROTO_ARG]{{$}}
 * CHECK: :[[@LINE+11]]:2: error: @b[ ] prototype mismatch: 2 keys passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+11]]:2: error: @b[ ] prototype mismatch: 0 keys passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+11]]:12: error: aggregation redefined: @b
 * CHECK: :[[@LINE+12]]:2: error: @c[ ] prototype mismatch: 1 key passed, 0 expected [D_PROTO_LEN]
 */
BEGIN
{
	@a = count();
	@[@a] = count();
	@b[1] = count();
	@b["x"] = count();
	@b[1, 2] = count();
	@b = count();
	@b["x"] = sum(1);
	@c = count();
	@c[1] = count();
}
