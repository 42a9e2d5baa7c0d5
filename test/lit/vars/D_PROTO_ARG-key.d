/*
 * The first use of an associative array fixes its key signature.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+11]]:9: error: x[ ] key #2 is incompatible with prototype:
 * CHECK-NEXT: prototype: string
 * CHECK-NEXT: key: int [D_PROTO_ARG]
 * CHECK: :[[@LINE+9]]:2: error: x[ ] prototype mismatch: 3 keys passed, 2 expected [D_PROTO_LEN]
 */
BEGIN
{
	x[123, "foo"] = timestamp;
}
END
{
	x[123, 456] = timestamp;
	x[1, "a", 2] = 0;
}
