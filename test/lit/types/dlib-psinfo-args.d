/*
 * psinfo_t's pr_psargs, pr_argc, pr_argv and pr_envp, which Oracle's DTrace
 * for Linux 1.x translated from the kernel's psinfo: the arguments with a
 * space between two, as ps shows them (at most 79 bytes, PRARGSZ), the
 * count, and the addresses of the argument and environment vectors, read
 * from the process's own memory ("" and 0 for another process's task).
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q -c "true a bb ccc" %t.o | FileCheck %s
 * CHECK: psargs [true a bb ccc] argc 4 argv1 a envp 1
 * CHECK-NEXT: parent [] argc 0 argv 1
 * RUN: %dtrun -q -c "true 0123456789012345678901234567890123456789 0123456789012345678901234567890123456789" %t.o | FileCheck %s --check-prefix=LONG
 * LONG: psargs [true 0123456789012345678901234567890123456789 012345678901234567890123456789012] argc 3
 */
syscall::exit_group:entry
/pid == $target/
{
	printf("psargs [%s] argc %d argv1 %s envp %d\n", curpsinfo->pr_psargs,
	    curpsinfo->pr_argc,
	    copyinstr(*(uintptr_t *)copyin(curpsinfo->pr_argv + sizeof(uintptr_t), 8)),
	    curpsinfo->pr_envp == curpsinfo->pr_argv + 8 * (curpsinfo->pr_argc + 1));
	printf("parent [%s] argc %d argv %d\n",
	    xlate <psinfo_t *> (curthread->real_parent)->pr_psargs,
	    xlate <psinfo_t *> (curthread->real_parent)->pr_argc,
	    xlate <psinfo_t *> (curthread->real_parent)->pr_argv != 0);
	exit(0);
}
