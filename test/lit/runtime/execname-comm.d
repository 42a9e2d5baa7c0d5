/*
 * execname comes straight from the task's comm (dt_comm()): the bytes up
 * to the NUL, whichever 8-byte word holds it, and nothing after it, so a
 * name that follows a longer one is one aggregation key, not two.
 *
 * REQUIRES: root
 * RUN: cc -O2 -o %t.bin %S/../Inputs/comm-names.c
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -c "%t.bin abcdefghijklmno x abcdefgh abcdefg x" %t.o > %t.out
 * RUN: FileCheck --input-file %t.out %s --strict-whitespace
 * CHECK: {{^}}abcdefghijklmno 15 1{{$}}
 * CHECK-NEXT: {{^}}abcdefghijklmno 15 1{{$}}
 * CHECK-NEXT: {{^}}x 1 0{{$}}
 * CHECK-NEXT: {{^}}x 1 0{{$}}
 * CHECK-NEXT: {{^}}abcdefgh 8 0{{$}}
 * CHECK-NEXT: {{^}}abcdefgh 8 0{{$}}
 * CHECK-NEXT: {{^}}abcdefg 7 0{{$}}
 * CHECK-NEXT: {{^}}abcdefg 7 0{{$}}
 * CHECK-NEXT: {{^}}x 1 0{{$}}
 * CHECK-NEXT: {{^}}x 1 0{{$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^  abcdefg +2$}}
 * CHECK-NEXT: {{^  abcdefgh +2$}}
 * CHECK-NEXT: {{^  abcdefghijklmno +2$}}
 * CHECK-NEXT: {{^  x +4$}}
 */
#pragma D option quiet
#pragma D option aggsortkey

syscall::getppid:entry
/pid == $target/
{
	@[execname] = count();
	printf("%s %d %d\n", execname, strlen(execname), execname == "abcdefghijklmno");
}
