/* syscall-argc.d: $target's getppid() and its lseek(0, 5, 0), every argN */
syscall::getppid:entry,
syscall::lseek:entry
/pid == $target && (probefunc == "getppid" || arg1 == 5)/
{
	printf("%s %d %d %d %d %d %d\n", probefunc, arg0, arg1, arg2, arg3, arg4, arg5);
}
