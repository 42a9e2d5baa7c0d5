/*
 * The aggregation options given to dtrun on the command line for a compiled
 * object order printa() as dtrace -x does (they were read from the object
 * alone): aggsortkey, aggsortrev, aggsortkeypos, aggsortpos and aggpercpu;
 * the command line's value wins over the object's pragma (aggsortrev=no
 * unsets it).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --check-prefix=DEF --strict-whitespace
 * RUN: %dtrun -x aggsortrev=no %t.o | FileCheck %s --check-prefix=NOREV --strict-whitespace
 * RUN: %dtrun -x aggsortkey -x aggsortrev=no %t.o | FileCheck %s --check-prefix=KEY --strict-whitespace
 * RUN: %dtrun -x aggsortkey -x aggsortkeypos=1 -x aggsortrev=no %t.o | FileCheck %s --check-prefix=KPOS --strict-whitespace
 * RUN: %dtrun -x aggsortpos=1 -x aggsortrev=no %t.o | FileCheck %s --check-prefix=POS --strict-whitespace
 * RUN: %dtrun -x aggpercpu %t.o | FileCheck %s --check-prefix=PCPU --strict-whitespace
 * DEF:      {{^}}2 2: 30 3{{$}}
 * DEF-NEXT: {{^}}1 3: 20 1{{$}}
 * DEF-NEXT: {{^}}3 1: 10 2{{$}}
 * DEF-EMPTY:
 * DEF-NEXT: {{^}}                1{{$}}
 * NOREV:      {{^}}3 1: 10 2{{$}}
 * NOREV-NEXT: {{^}}1 3: 20 1{{$}}
 * NOREV-NEXT: {{^}}2 2: 30 3{{$}}
 * KEY:      {{^}}1 3: 20 1{{$}}
 * KEY-NEXT: {{^}}2 2: 30 3{{$}}
 * KEY-NEXT: {{^}}3 1: 10 2{{$}}
 * KPOS:      {{^}}3 1: 10 2{{$}}
 * KPOS-NEXT: {{^}}2 2: 30 3{{$}}
 * KPOS-NEXT: {{^}}1 3: 20 1{{$}}
 * POS:      {{^}}1 3: 20 1{{$}}
 * POS-NEXT: {{^}}3 1: 10 2{{$}}
 * POS-NEXT: {{^}}2 2: 30 3{{$}}
 * PCPU:      {{^}}                1{{$}}
 * PCPU-NEXT: {{^}}    [CPU {{[0-9]+}}]{{ +}}{{[0-9]+$}}
 */
#pragma D option quiet
#pragma D option aggsortrev
BEGIN
{
	@a[1, 3] = sum(20); @a[2, 2] = sum(30); @a[3, 1] = sum(10);
	@b[1, 3] = sum(1); @b[2, 2] = sum(3); @b[3, 1] = sum(2);
	@c = count();
	printa("%d %d: %@d %@d\n", @a, @b);
	printa(@c);
	exit(0);
}
