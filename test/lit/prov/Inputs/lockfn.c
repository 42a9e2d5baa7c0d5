/* lockfn: calls spin(), whose first instruction is lock-prefixed (Linux
 * refuses a uprobe there), and add(), N times. */
#include <stdlib.h>
__asm__(".text\n.globl spin\n.type spin,@function\nspin:\n\tlock incl (%rdi)\n\tret\n"
	".size spin, .-spin\n");
void spin(int *p);
__attribute__((noinline)) int add(int a, int b) { __asm__ volatile(""); return a + b; }
int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 1, v = 0, s = 0;
	for (int i = 0; i < n; i++) {
		spin(&v);
		s += add(i, v);
	}
	return s == -1;
}
