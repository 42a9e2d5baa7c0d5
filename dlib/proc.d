/*
 * proc.d: constants of the proc provider: proc:::exit's args[0] (the
 * si_code values of <sys/wait.h>'s CLD_*, as DTrace's procfs.d defines them).
 */

inline int CLD_EXITED = 1;
inline int CLD_KILLED = 2;
inline int CLD_DUMPED = 3;
inline int CLD_TRAPPED = 4;
inline int CLD_STOPPED = 5;
inline int CLD_CONTINUED = 6;
