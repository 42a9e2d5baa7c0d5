/*
 * dt_probe.c: libdtprobe, the user-space half of sdt:::dt_probe.  dtrun puts
 * a uprobe on dt_probe() in this library's file; the function itself does
 * nothing but must stay a real, uninlined, exported function with its
 * arguments in registers when it is entered.
 */
#include "dt_probe.h"

__attribute__((noinline, used, visibility("default"))) void
dt_probe(uintptr_t a0, uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t a4, uintptr_t a5)
{
	/* keep the call and its arguments: an empty asm the compiler cannot drop */
	__asm__ __volatile__("" : : "r"(a0), "r"(a1), "r"(a2), "r"(a3), "r"(a4), "r"(a5) : "memory");
}
