/* sizeless: nosize(), a function symbol of size 0, and go.part.0, a name
 * with a dot as the compiler makes them, both called from main(). */
__asm__(".text\n.globl nosize\n.type nosize,@function\nnosize:\n\tret\n");
void nosize(void);
__attribute__((noinline)) int part(int x) __asm__("go.part.0");
__attribute__((noinline)) int part(int x) { __asm__ volatile(""); return x + 1; }
int main(void)
{
	nosize();
	return part(1) != 2;
}
