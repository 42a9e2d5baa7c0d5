/*
 * strsize a multiple of 8 keeps as many characters as any other: strsize=8
 * keeps 8, whatever holds the string (a global, self->, this->, an array
 * value or key, an aggregation key, stringof()), and sizeof(string) is 8.
 * The default, 256, keeps 256.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * RUN: %dtc -S -o - %s | FileCheck %s --check-prefix=C
 * RUN: %dtc -o %t256.o %S/Inputs/strsize-default.d
 * RUN: %dtrun %t256.o -c "cat /xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" | FileCheck %s --check-prefix=DEF
 * CHECK: {{^}}[01234567] [abcdefgh] [ABCDEFGH] [zyxwvuts] 8 [12345678] 8{{$}}
 * CHECK-NEXT: {{^}}[qwertyui] 1{{$}}
 * CHECK: {{^}}  qwertyui {{ +}}1{{$}}
 * C: #define DT_STRSIZE 16
 * C-NEXT: #define DT_STRLEN_MAX 8
 * DEF: {{^}}256 256 255{{$}}
 */
#pragma D option quiet
#pragma D option strsize=8

BEGIN
{
	x = "0123456789abc";
	self->s = "abcdefghijkl";
	this->t = "ABCDEFGHIJKL";
	a["k"] = "zyxwvutsrq";
	b["qwertyuiop"] = 1;
	@[strjoin("qwer", "tyuiop")] = count();
	printf("[%s] [%s] [%s] [%s] %d [%s] %d\n", x, self->s, this->t, a["k"],
	    strlen(x), lltostr(1234567890), sizeof(x));
	printf("[%s] %d\n", "qwertyui", b["qwertyui"]);
	exit(0);
}
