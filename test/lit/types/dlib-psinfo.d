/*
 * The D library's curpsinfo and curlwpsinfo translate the running task as
 * Oracle's procfs.d does: pr_nlwp 1, pr_wstat 0, pr_dmodel PR_MODEL_LP64,
 * pr_fname and pr_name the char[16] comm, lwpsinfo pr_flag PR_STOPPED or 0,
 * pr_state and pr_sname from __state (a running task: SRUN, 'R'); errno and
 * signal names are inline constants.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o > %t.out
 * RUN: FileCheck %s < %t.out
 * CHECK: pid 1 ppid 1 uid 1 fname 1 lwpid 1 name 1 sname R state 2 ENOENT 2 SIGKILL 9 EAGAIN 11
 * CHECK-NEXT: nlwp 1 wstat 0 dmodel 2 flag 0 wchan 0 onpro 1 [dtrace] [dtrace] 16 16 16
 */
BEGIN
{
	printf("pid %d ppid %d uid %d fname %d lwpid %d name %d sname %c state %d ",
	    curpsinfo->pr_pid == pid, curpsinfo->pr_ppid == ppid,
	    curpsinfo->pr_uid == uid, curpsinfo->pr_fname == execname,
	    curlwpsinfo->pr_lwpid == tid, curlwpsinfo->pr_name == execname,
	    curlwpsinfo->pr_sname, curlwpsinfo->pr_state);
	printf("ENOENT %d SIGKILL %d EAGAIN %d\n", ENOENT, SIGKILL, EAGAIN);
	printf("nlwp %d wstat %d dmodel %d flag %d wchan %d onpro %d [%s] [%s] %d %d %d\n",
	    curpsinfo->pr_nlwp, curpsinfo->pr_wstat, curpsinfo->pr_dmodel,
	    curlwpsinfo->pr_flag, curlwpsinfo->pr_wchan, curlwpsinfo->pr_onpro == cpu,
	    curpsinfo->pr_fname, curlwpsinfo->pr_name, sizeof(curpsinfo->pr_fname),
	    sizeof(curlwpsinfo->pr_name), sizeof(timestruc_t));
	exit(0);
}
