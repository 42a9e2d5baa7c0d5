/*
 * aggsortrev/aggsortkey from pragmas and setopt() ("false" unsets), 16-bit keys compared unsigned and printed %5d.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}x 1{{$}}
 * CHECK-NEXT: {{^}}y 2{{$}}
 * CHECK-NEXT: {{^}}y 2{{$}}
 * CHECK-NEXT: {{^}}x 1{{$}}
 * CHECK-NEXT: {{^}}y 2{{$}}
 * CHECK-NEXT: {{^}}x 1{{$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^}} 65535                1{{$}}
 * CHECK-NEXT: {{^}}     2                2{{$}}
 */
#pragma D option quiet
#pragma D option aggsortrev
BEGIN
{
	@a["x"] = sum(1); @a["y"] = sum(2);
	@b[(short)-1] = count(); @b[(short)2] = count(); @b[(short)2] = count();
	setopt("aggsortrev", "false");
	printa("%s %@d\n", @a);
	setopt("aggsortrev");
	printa("%s %@d\n", @a);
	setopt("aggsortkey");
	printa("%s %@d\n", @a);
	exit(0);
}
