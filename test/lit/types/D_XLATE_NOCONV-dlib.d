/*
 * psinfo_t and lwpsinfo_t translate the members Oracle's DTrace for Linux
 * translates (dtrace-utils libdtrace/procfs.d.in; pr_psargs, pr_argc,
 * pr_argv and pr_envp as its 1.x did) and no other: each member
 * its translators leave out is D_XLATE_NOCONV, through curpsinfo,
 * curlwpsinfo or xlate.
 * RUN: not %dtc -S -o - --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: D_XLATE_NOCONV-dlib.d:[[@LINE+19]]:8: error: translator does not define conversion for member: pr_pctcpu [D_XLATE_NOCONV]
 * CHECK: error: translator does not define conversion for member: pr_flag [D_XLATE_NOCONV]
 * CHECK: error: translator does not define conversion for member: pr_size [D_XLATE_NOCONV]
 * CHECK: error: translator does not define conversion for member: pr_rssize [D_XLATE_NOCONV]
 * CHECK: error: translator does not define conversion for member: pr_pctmem [D_XLATE_NOCONV]
 * CHECK: error: translator does not define conversion for member: pr_start [D_XLATE_NOCONV]
 * CHECK: error: translator does not define conversion for member: pr_time [D_XLATE_NOCONV]
 * CHECK: error: translator does not define conversion for member: pr_ctime [D_XLATE_NOCONV]
 * CHECK: error: translator does not define conversion for member: pr_lwp [D_XLATE_NOCONV]
 * CHECK: error: translator does not define conversion for member: pr_nice [D_XLATE_NOCONV]
 * CHECK: error: translator does not define conversion for member: pr_syscall [D_XLATE_NOCONV]
 * CHECK: error: translator does not define conversion for member: pr_oldpri [D_XLATE_NOCONV]
 * CHECK: error: translator does not define conversion for member: pr_cpu [D_XLATE_NOCONV]
 * CHECK: error: translator does not define conversion for member: pr_start [D_XLATE_NOCONV]
 * CHECK: error: translator does not define conversion for member: pr_clname [D_XLATE_NOCONV]
 * CHECK: error: translator does not define conversion for member: pr_bindpro [D_XLATE_NOCONV]
 */
BEGIN
{
	trace(curpsinfo->pr_pctcpu);
	trace(curpsinfo->pr_flag);
	trace(curpsinfo->pr_size);
	trace(curpsinfo->pr_rssize);
	trace(curpsinfo->pr_pctmem);
	trace(curpsinfo->pr_start.tv_sec);
	trace(curpsinfo->pr_time.tv_nsec);
	trace(curpsinfo->pr_ctime.tv_sec);
	trace(curpsinfo->pr_lwp.pr_lwpid);
	trace(curlwpsinfo->pr_nice);
	trace(curlwpsinfo->pr_syscall);
	trace(curlwpsinfo->pr_oldpri);
	trace(curlwpsinfo->pr_cpu);
	trace(curlwpsinfo->pr_start.tv_sec);
	trace(curlwpsinfo->pr_clname);
	trace(xlate <lwpsinfo_t *> (curthread)->pr_bindpro);
}
