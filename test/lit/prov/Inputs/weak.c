/* weak: go() and its weak alias _go(), called once through the alias. */
#pragma weak _go = go
int _go(int a);
__attribute__((noinline)) int go(int a)
{
	__asm__ volatile("");
	return a + 1;
}
int main(void)
{
	return _go(1) != 2;
}
