/*
 * Macro arguments (dt_lex.l): $N is an integer, $$N a string, and one
 * script may use both forms of one argument.  $$N is the argument given at
 * load time, never the object's all-zero placeholder ($$1 == "" is false
 * with $$1 = bash).  $$pid ... $$target are the macro variables as strings
 * ("%u"); N may have two digits.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o 7 bash 3 4 5 6 7 8 9 10 11 | FileCheck %s
 * RUN: %dtrun %t.o 7 '' 3 4 5 6 7 8 9 10 11 | FileCheck %s --check-prefix=EMPTY
 * CHECK: 7 7 [bash] 11 [11]
 * CHECK-NEXT: not empty
 * CHECK-NEXT: pid same
 * CHECK-NOT: empty
 * EMPTY: 7 7 [] 11 [11]
 * EMPTY-NEXT: empty
 */
#pragma D option quiet
BEGIN
{
	printf("%d %s [%s] %d [%s]\n", $1, $$1, $$2, $11, $$11);
}
BEGIN /$$2 == ""/ { printf("empty\n"); }
BEGIN /$$2 != ""/ { printf("not empty\n"); }
BEGIN /$$pid == lltostr($pid)/ { printf("pid same\n"); }
BEGIN { exit(0); }
