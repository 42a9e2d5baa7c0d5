/* sigwait: blocks SIGUSR1, sends it to itself and takes it with sigwait()
 * (proc:::signal-clear), then sends itself SIGUSR2, which a handler takes
 * (proc:::signal-handle). */
#include <signal.h>
#include <unistd.h>
static void on_usr2(int sig) { (void)sig; }
int main(void)
{
	sigset_t set;
	int sig = 0;

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, NULL);
	kill(getpid(), SIGUSR1);
	sigwait(&set, &sig);
	signal(SIGUSR2, on_usr2);
	kill(getpid(), SIGUSR2);
	return sig != SIGUSR1;
}
