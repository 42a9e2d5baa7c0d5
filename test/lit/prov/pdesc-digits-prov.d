/*
 * A provider name of digits only names no process: dt_pid_get_pid() writes
 * D_PROC_BADPROV, but dt_pid_create_pid_probes() returns 0 on it, so what
 * dt_setcontext() says is D_PDESC_ZERO.  Such a name comes from a macro
 * ($1 = 123): written out, 123 is the probe ID 123 (dt_lex.l RGX_INT).
 * RUN: not %dtc -S -o /dev/null --btf %btf %s 123 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: [[@LINE+2]]:1: error: probe description 123:::entry does not match any probes [D_PDESC_ZERO]
 */
$1:::entry {}
pid123:::entry {}
