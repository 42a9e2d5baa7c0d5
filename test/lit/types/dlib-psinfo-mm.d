/*
 * psinfo_t and lwpsinfo_t define every member Oracle's DTrace for Linux
 * defines; those Linux has data for are translated: pr_psargs (the
 * arguments with a space between two, as ps shows them), pr_argc, pr_argv
 * and pr_envp from the process's memory (its own process only: "" and 0
 * for another's), pr_size and pr_rssize from its mm, pr_clname as ps names
 * the scheduling class, pr_lwp the thread's lwpsinfo_t.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q -c "true a bb ccc" %t.o | FileCheck %s
 * CHECK: psargs [true a bb ccc] argc 4 argv1 a envp 1
 * CHECK-NEXT: size 1 rss 1 ttydev 1
 * CHECK-NEXT: lwp 1 nice 1 start 1 time 1 class TS
 * CHECK-NEXT: parent [] argc 0 argv 1
 * RUN: %dtrun -q -c "chrt -f 1 true x" %t.o | FileCheck %s --check-prefix=FIFO
 * FIFO: psargs [true x] argc 2
 * FIFO: class FF
 */
syscall::exit_group:entry
/pid == $target/
{
	printf("psargs [%s] argc %d argv1 %s envp %d\n", curpsinfo->pr_psargs,
	    curpsinfo->pr_argc,
	    copyinstr(*(uintptr_t *)copyin(curpsinfo->pr_argv + sizeof(uintptr_t), 8)),
	    curpsinfo->pr_envp == curpsinfo->pr_argv + 8 * (curpsinfo->pr_argc + 1));
	printf("size %d rss %d ttydev %d\n", curpsinfo->pr_size > 100,
	    curpsinfo->pr_rssize > 0 && curpsinfo->pr_rssize <= curpsinfo->pr_size,
	    curpsinfo->pr_ttydev != NULL);
	printf("lwp %d nice %d start %d time %d class %s\n",
	    curpsinfo->pr_lwp.pr_lwpid == tid,
	    curpsinfo->pr_lwp.pr_nice == curlwpsinfo->pr_nice,
	    curlwpsinfo->pr_start == curpsinfo->pr_start,
	    curlwpsinfo->pr_time < 10000000000, curlwpsinfo->pr_clname);
	printf("parent [%s] argc %d argv %d\n",
	    xlate <psinfo_t *> (curthread->real_parent)->pr_psargs,
	    xlate <psinfo_t *> (curthread->real_parent)->pr_argc,
	    xlate <psinfo_t *> (curthread->real_parent)->pr_argv != 0);
	exit(0);
}
