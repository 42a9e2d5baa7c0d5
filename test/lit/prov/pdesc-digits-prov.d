/*
 * A provider name of digits only is no provider and names no process
 * (dt_pid.c dt_pid_get_pid()): D_PROC_BADPROV, where pid123 is a pid
 * provider.
 * RUN: not %dtc -S -o /dev/null --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: [[@LINE+2]]:1: error: '123' is not a valid provider [D_PROC_BADPROV]
 */
123:::entry {}
pid123:::entry {}
