/*
 * dtrace.d: the fault codes the ERROR probe reports in arg4, as DTrace
 * numbers them (runtime/dtc_abi.h DTRACEFLT_*).
 */

inline int DTRACEFLT_UNKNOWN = 0;	/* unknown fault */
inline int DTRACEFLT_BADADDR = 1;	/* bad address */
inline int DTRACEFLT_BADALIGN = 2;	/* bad alignment */
inline int DTRACEFLT_ILLOP = 3;		/* illegal operation */
inline int DTRACEFLT_DIVZERO = 4;	/* divide by zero */
inline int DTRACEFLT_NOSCRATCH = 5;	/* out of scratch space */
inline int DTRACEFLT_KPRIV = 6;		/* bad kernel access */
inline int DTRACEFLT_UPRIV = 7;		/* bad user access */
inline int DTRACEFLT_TUPOFLOW = 8;	/* tuple stack overflow */
inline int DTRACEFLT_BADSTACK = 9;	/* bad stack */
#pragma D binding "1.4.1" DTRACEFLT_BADSTACK
