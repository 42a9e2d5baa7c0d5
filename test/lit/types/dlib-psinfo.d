/*
 * The D library's curpsinfo and curlwpsinfo translate the running task;
 * errno and signal names are inline constants.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o > %t.out
 * RUN: FileCheck %s < %t.out
 * CHECK: pid 1 ppid 1 uid 1 fname 1 lwpid 1 name 1 sname O state 6 ENOENT 2 SIGKILL 9 EAGAIN 11
 */
BEGIN
{
	printf("pid %d ppid %d uid %d fname %d lwpid %d name %d sname %c state %d ",
	    curpsinfo->pr_pid == pid, curpsinfo->pr_ppid == ppid,
	    curpsinfo->pr_uid == uid, curpsinfo->pr_fname == execname,
	    curlwpsinfo->pr_lwpid == tid, curlwpsinfo->pr_name == execname,
	    curlwpsinfo->pr_sname, curlwpsinfo->pr_state);
	printf("ENOENT %d SIGKILL %d EAGAIN %d\n", ENOENT, SIGKILL, EAGAIN);
	exit(0);
}
