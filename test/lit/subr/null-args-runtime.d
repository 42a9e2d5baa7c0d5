/*
 * NULL and invalid arguments of subroutines and actions at run time: the
 * clause faults with DTrace's message, ERROR fires with the fault and its
 * address, and no value is recorded (DTrace's DTRACEFLT_BADADDR for a NULL
 * pointer, DTRACEFLT_ILLOP for a bad base or link type).  tracemem()
 * checks nothing (tracemem-badaddr.d).
 * REQUIRES: root
 * RUN: %dtc -o %t.o %s
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.out --implicit-check-not=value
 * RUN: FileCheck %s --input-file %t.err --check-prefix=ERR
 * CHECK-DAG: ERROR 1 0x0 d_path
 * CHECK-DAG: ERROR 1 0x0 inet_ntoa6
 * CHECK-DAG: ERROR 1 0x0 link_ntop
 * CHECK-DAG: ERROR 1 0x0 inet_ntop
 * CHECK-DAG: ERROR 3 0x0 lltostr
 * CHECK-DAG: ERROR 3 0x0 strtoll
 * CHECK-DAG: ERROR 1 0x10 copyin
 * ERR-DAG: (dtrace:::BEGIN): invalid address (0x0)
 * ERR-DAG: (dtrace:::BEGIN): illegal operation
 * ERR-DAG: (dtrace:::BEGIN): invalid address (0x10)
 */
#pragma D option quiet
BEGIN { w = "d_path"; printf("value %s\n", d_path((struct path *)0)); }
BEGIN { w = "inet_ntoa6"; printf("value %s\n", inet_ntoa6((struct in6_addr *)0)); }
BEGIN { w = "link_ntop"; printf("value %s\n", link_ntop(1, (void *)0)); }
BEGIN { w = "lltostr"; printf("value %s\n", lltostr(10, 37)); }
BEGIN { w = "strtoll"; printf("value %d\n", strtoll("12", 1)); }
BEGIN { w = "inet_ntop"; printf("value %s\n", inet_ntop(2, (void *)0)); }
BEGIN { w = "copyin"; x = (int *)copyin(16, 8); printf("value %d\n", *x); }
BEGIN { exit(0); }
ERROR { printf("ERROR %d 0x%x %s\n", arg4, arg5, w); }
