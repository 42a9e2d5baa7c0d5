/*
 * dt_probe.h: fire sdt:::dt_probe from any program, privileged or not.
 *
 *	#include <dt_probe.h>
 *	dt_probe(1, 2, 3, 4, 5, 6);
 *
 * dtrun traces every process that calls it (`dtrun -n 'sdt:::dt_probe {
 * trace(arg0); }'`) with a uprobe on this library's dt_probe() symbol; the
 * six arguments arrive untouched as arg0..arg5.  Link with -ldtprobe
 * (pkg-config libdtprobe).  When nothing traces it, a call costs a function
 * call.
 */
#ifndef DT_PROBE_H
#define DT_PROBE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

void dt_probe(uintptr_t a0, uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t a4,
	      uintptr_t a5);

#ifdef __cplusplus
}
#endif

#endif
