/*
 * A translated member has the type its output struct declares
 * (dt_cook_op2() types xlate->m by the member, not by the translator's
 * expression): sizeof(curpsinfo->pr_psargs) is 80, psinfo_t's char [80],
 * though its value is a string read from the process; pr_fname is char
 * [16].  (string) makes it a string of strsize bytes.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s
 * CHECK: 80 16 80 4 16 256
 */
#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d %d %d\n", sizeof(curpsinfo->pr_psargs),
	    sizeof(curpsinfo->pr_fname), sizeof(xlate<psinfo_t>(curthread).pr_psargs),
	    sizeof(curpsinfo->pr_pid), sizeof(curlwpsinfo->pr_name),
	    sizeof((string)curpsinfo->pr_psargs));
	exit(0);
}
