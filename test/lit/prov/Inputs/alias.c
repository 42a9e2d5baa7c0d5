/* alias: zed() with a weak alias abc() and a local alias aaa(), called through abc(). */
__attribute__((noinline)) int zed(int a)
{
	__asm__ volatile("");
	return a + 1;
}
int abc(int) __attribute__((weak, alias("zed")));
static int aaa(int) __attribute__((alias("zed"), used));
int main(void)
{
	return abc(1) != 2;
}
