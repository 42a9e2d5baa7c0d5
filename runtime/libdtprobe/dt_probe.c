/*
 * dt_probe.c: libdtprobe, the user-space half of sdt:::dt_probe.  dtrun puts
 * a uprobe on dt_probe() in this library's file; the function itself does
 * nothing but must stay a real, uninlined, exported function with its
 * arguments in registers when it is entered.
 *
 * A program linked with the static libdtprobe.a has its own copy of
 * dt_probe(), in its own file, where no uprobe on libdtprobe.so.1 reaches.
 * So the function carries a USDT note (<sys/sdt.h>'s format: provider
 * libdtprobe, probe dt_probe) whose address is the function's entry and
 * whose arguments are the six argument registers: the note goes wherever
 * the function is linked, stripped programs included, and dtrun finds it
 * in the mappings of the processes it traces (loader/dtprobe_static.c).
 */
#include "dt_probe.h"

__attribute__((noinline, used, visibility("default"))) void
dt_probe(uintptr_t a0, uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t a4, uintptr_t a5)
{
	/* keep the call and its arguments: an empty asm the compiler cannot drop */
	__asm__ __volatile__("" : : "r"(a0), "r"(a1), "r"(a2), "r"(a3), "r"(a4), "r"(a5) : "memory");
}

#if defined(__x86_64__) && defined(__ELF__)
/* NT_STAPSDT (3) "stapsdt": pc, .stapsdt.base, semaphore (none), provider,
 * name, arguments; and the .stapsdt.base section the pc is relative to */
__asm__(".pushsection .note.stapsdt,\"\",\"note\"\n"
	".balign 4\n"
	".4byte 992f-991f, 994f-993f, 3\n"
	"991: .asciz \"stapsdt\"\n"
	"992: .balign 4\n"
	"993: .8byte dt_probe\n"
	".8byte _.stapsdt.base\n"
	".8byte 0\n"
	".asciz \"libdtprobe\"\n"
	".asciz \"dt_probe\"\n"
	".asciz \"8@%rdi 8@%rsi 8@%rdx 8@%rcx 8@%r8 8@%r9\"\n"
	"994: .balign 4\n"
	".popsection\n"
	".ifndef _.stapsdt.base\n"
	".pushsection .stapsdt.base,\"aG\",\"progbits\",.stapsdt.base,comdat\n"
	".weak _.stapsdt.base\n"
	".hidden _.stapsdt.base\n"
	"_.stapsdt.base: .space 1\n"
	".size _.stapsdt.base, 1\n"
	".popsection\n"
	".endif\n");
#endif
