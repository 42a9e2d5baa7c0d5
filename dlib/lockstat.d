/*
 * lockstat.d: the constants of the lockstat provider's arguments, as
 * DTrace's lockstat.d defines them: arg2 of rw-spin and rw-block (and
 * Solaris's arg1 of rw-acquire) says whether the lock was wanted by a writer
 * or a reader (runtime/dt_prov_lockstat.h).
 */

inline int RW_WRITER = 0x00;
#pragma D binding "1.6.4" RW_WRITER
inline int RW_READER = 0x01;
#pragma D binding "1.6.4" RW_READER
