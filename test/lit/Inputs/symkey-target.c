/* symkey-target: a process whose getppid(2) calls come from two places in one
 * function (runtime/agg-symkeys.d). */
#include <unistd.h>
#include <sys/syscall.h>

/* getppid(2) straight from here: the user pc is in sk_leaf */
__attribute__((noinline)) long sk_leaf(void)
{
	long r;

	__asm__ volatile("syscall" : "=a"(r) : "a"((long)SYS_getppid) : "rcx", "r11", "memory");
	return r;
}

/* two calls: two return addresses (ucaller) in one function */
__attribute__((noinline)) long sk_two(void)
{
	return sk_leaf() + sk_leaf();
}

int main(void)
{
	for (;;) {
		sk_two();
		usleep(1000);
	}
}
