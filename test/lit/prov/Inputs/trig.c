/* trig: calls add() N times, each followed by the USDT probe trig:tick; with a second argument it sleeps 1 s per call (a process to grab with -p). */
#include <sys/sdt.h>
#include <unistd.h>
#include <stdlib.h>
__attribute__((noinline)) int add(int a, int b) { __asm__ volatile(""); return a + b; }
int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 1, s = 0;
	for (int i = 0; i < n; i++) {
		s += add(i, 40);
		DTRACE_PROBE2(trig, tick, i, s);
		if (argc > 2) sleep(1);
	}
	return s == -1;
}
