/*
 * A process with a known user stack for ustack()/usym() tests: main ->
 * st_outer -> st_middle -> st_inner, which writes "0123456789abcdefXYZ\n"
 * to /dev/null and calls getppid(), forever.  Built with frame pointers.
 */
#include <fcntl.h>
#include <unistd.h>
#include <sys/syscall.h>

static int fd;

__attribute__((noinline)) int st_inner(void)
{
	static const char msg[] = "0123456789abcdefXYZ\n";
	int r = (int)write(fd, msg, sizeof(msg) - 1);

	return r + (int)syscall(SYS_getppid);
}

__attribute__((noinline)) int st_middle(void)
{
	return st_inner() + 1;
}

__attribute__((noinline)) int st_outer(void)
{
	return st_middle() + 1;
}

int main(void)
{
	fd = open("/dev/null", O_WRONLY);
	for (;;) {
		st_outer();
		usleep(1000);
	}
}
