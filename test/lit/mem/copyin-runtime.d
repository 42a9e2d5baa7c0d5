/*
 * copyin() returns alloca'd memory holding user data (readable as a
 * string, or indexed); copyinto() fills alloca'd memory, arguments taken
 * left to right; a bad user address faults.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o -c "echo hello-world-from-echo" > %t.out 2> %t.err
 * RUN: FileCheck %s < %t.out
 * RUN: FileCheck %s --check-prefix=ERR < %t.err
 * CHECK: good 'hello-world'
 * CHECK-NEXT: ....llo.........
 * CHECK-NEXT: fault 1
 * ERR: error in dt_clause_1 {{.*}}: invalid address (0x1234)
 */
#pragma D option quiet

syscall::write:entry
/pid == $target/
{
	printf("%s '%s'\n", (s = (string)copyin(arg1, 11))[4] == 'o' ? "good" : "BAD", s);
	ptr = (char *)alloca(16);
	ptr[0] = ptr[1] = ptr[2] = ptr[3] = ptr[4] = ptr[5] = ptr[6] = ptr[7] = '.';
	ptr[8] = ptr[9] = ptr[10] = ptr[11] = ptr[12] = ptr[13] = ptr[14] = ptr[15] = '.';
	n = 2;
	copyinto(arg1 + (n++), (n++), (void *)(ptr + (n++)));
	printf("%c%c%c%c%c%c%c%c%c%c%c%c%c%c%c%c\n", ptr[0], ptr[1], ptr[2], ptr[3], ptr[4],
	    ptr[5], ptr[6], ptr[7], ptr[8], ptr[9], ptr[10], ptr[11], ptr[12], ptr[13], ptr[14],
	    ptr[15]);
}

syscall::write:entry
/pid == $target/
{
	copyin(0x1234, 8);
}

ERROR
{
	printf("fault %d\n", arg4);
	exit(0);
}
