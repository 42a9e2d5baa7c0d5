/*
 * A short-lived process for ustack(): main -> so_outer -> vers_fn ->
 * so_inner, which calls getppid() once (through libc's syscall(), which
 * keeps no frame: so_inner is not in the stack), then exits at once, long
 * before dtrun reads the record.  vers_fn is a versioned symbol (vers_fn@@VERS_1 in .symtab, as
 * libc's memcpy@@GLIBC_2.14): link with -Wl,--version-script of
 * stack-once.map.  Built with frame pointers.
 */
#include <unistd.h>
#include <sys/syscall.h>

__asm__(".symver vers_impl, vers_fn@@VERS_1");

__attribute__((noinline)) int so_inner(void)
{
	return (int)syscall(SYS_getppid);
}

__attribute__((noinline)) int vers_impl(void)
{
	return so_inner() + 1;
}

__attribute__((noinline)) int so_outer(void)
{
	return vers_impl() + 1;
}

int main(void)
{
	return so_outer() < 0;
}
