/*
 * A struct or union key must be of the array's key type.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+12]]:14: error: assoc_array[ ] key #1 is incompatible with prototype:{{$}}
 * CHECK-NEXT: prototype: union record
 * CHECK-NEXT: key: union pirate [D_PROTO_ARG]
 */
union record { int position; char content; };
union pirate { int position; char content; };
union record r1;
union pirate p1;

BEGIN
{
	assoc_array[r1] = 1000;
	assoc_array[p1] = 3333;
}
