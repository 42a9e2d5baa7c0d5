/*
 * raise-target: spins in getppid(2) until SIGUSR1, then makes three
 * getuid(2) calls and exits (runtime/attach-warmup.d).
 */
#include <signal.h>
#include <unistd.h>
#include <sys/syscall.h>

static volatile sig_atomic_t go;

static void on_usr1(int sig)
{
	(void)sig;
	go = 1;
}

int main(void)
{
	signal(SIGUSR1, on_usr1);
	while (!go)
		syscall(SYS_getppid);
	for (int i = 0; i < 3; i++)
		syscall(SYS_getuid);
	return 0;
}
