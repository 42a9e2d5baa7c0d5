/*
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %S/../Inputs/status.sh 3 %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s < %t.out
 * RUN: FileCheck %s --check-prefix=ERR < %t.err
 * CHECK: CPU     ID                    FUNCTION:NAME
 * CHECK-NEXT: {{^ +[0-9]+ +1 +}}:BEGIN hello, world
 * ERR: dtrace: script '{{.*}}begin-exit.d' matched 1 probe
 */
BEGIN
{
	printf("hello, world");
	exit(3);
}
