/* pidret: work() returns on two paths; tail() leaves by a tail call. */
#include <stdlib.h>

__attribute__((noinline)) int other(int x)
{
	__asm__ volatile("");
	return x * 3;
}

__attribute__((noinline)) int work(int x)
{
	if (x > 10) {
		__asm__ volatile("" ::: "memory");
		return x - 10;
	}
	__asm__ volatile("nop; nop" ::: "memory");
	return x * 7 + 1;
}

__attribute__((noinline)) int tail(int x)
{
	if (x == 123)
		return 0;
	return other(x + 1);
}

int main(int argc, char **argv)
{
	int s = work(argc + 20) + work(argc);
	s += tail(argc);
	return argc > 1 ? atoi(argv[1]) : s & 0;
}
