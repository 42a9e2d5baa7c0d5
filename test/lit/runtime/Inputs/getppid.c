/* getppid.c: one getppid() system call. */
#include <unistd.h>

int main(void)
{
	getppid();
	return 0;
}
