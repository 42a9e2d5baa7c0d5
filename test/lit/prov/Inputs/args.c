/* args: calls go() with ten arguments, four of them on the stack. */
__attribute__((noinline)) long go(long a0, long a1, long a2, long a3, long a4, long a5, long a6,
				  long a7, long a8, long a9)
{
	__asm__ volatile("");
	return a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9;
}

int main(void)
{
	return go(0, 1, 2, 3, 4, 5, 6, 7, 8, 9) != 45;
}
