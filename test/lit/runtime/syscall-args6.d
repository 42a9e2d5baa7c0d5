/*
 * syscall entry arguments arg0..arg5 come from the x86-64 registers di si
 * dx r10 r8 r9 (read with one probe read, dt_syscall_args()); arg6..arg9
 * are 0.  getppid() ignores its arguments, so a raw syscall(2) can pass
 * six known values.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: printf 'import ctypes\nctypes.CDLL(None).syscall(110, 11, 22, 33, 44, 55, 66)\n' > %t.py
 * RUN: %dtrun -q %t.o -c "python3 %t.py" | FileCheck %s
 * CHECK: 11 22 33 44 55 66 0 0 0 0
 */
syscall::getppid:entry
/pid == $target && arg0 == 11/
{
	printf("%d %d %d %d %d %d %d %d %d %d\n", arg0, arg1, arg2, arg3, arg4, arg5, arg6,
	    arg7, arg8, arg9);
	exit(0);
}
