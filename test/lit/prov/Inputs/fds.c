/* fds: opens /dev/null for appending at fd 5 and itself at fd 6, seeks fd 6
 * to 7, then calls ioctl(fd, -1, NULL) on both, on fd 0 closed, and on -1. */
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>
int main(int argc, char **argv)
{
	dup2(open("/dev/null", O_WRONLY | O_APPEND), 5);
	dup2(open(argv[0], O_RDONLY), 6);
	lseek(6, 7, SEEK_SET);
	close(0);
	ioctl(5, -1, NULL);
	ioctl(6, -1, NULL);
	ioctl(0, -1, NULL);
	ioctl(-1, -1, NULL);
	return argc == 0;
}
