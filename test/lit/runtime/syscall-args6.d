/*
 * syscall entry arguments arg0..arg5 come from the x86-64 registers di si
 * dx r10 r8 r9 (read with one probe read, dt_syscall_args()); arg6..arg9
 * are 0, and so are those past the syscall's own (Oracle's syscall
 * provider zeroes argv[] past the tracepoint's fields): pselect6() has six
 * arguments, getppid() none, so a raw syscall(2) of each with six values
 * shows all six, then none.  (pselect6 with a bad fd_set pointer fails
 * with EFAULT and does nothing.)
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: printf 'import ctypes\nl = ctypes.CDLL(None)\nl.syscall(270, 11, 22, 33, 44, 55, 66)\nl.syscall(110, 11, 22, 33, 44, 55, 66)\n' > %t.py
 * RUN: %dtrun -q %t.o -c "python3 %t.py" | FileCheck %s
 * CHECK: pselect6 11 22 33 44 55 66 0 0 0 0
 * CHECK-NEXT: getppid 0 0 0 0 0 0 0 0 0 0
 */
syscall::pselect6:entry
/pid == $target && arg0 == 11/
{
	printf("%s %d %d %d %d %d %d %d %d %d %d\n", probefunc, arg0, arg1, arg2, arg3, arg4,
	    arg5, arg6, arg7, arg8, arg9);
	self->next = 1;
}

syscall::getppid:entry
/self->next/
{
	printf("%s %d %d %d %d %d %d %d %d %d %d\n", probefunc, arg0, arg1, arg2, arg3, arg4,
	    arg5, arg6, arg7, arg8, arg9);
	exit(0);
}
