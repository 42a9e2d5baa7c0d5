/*
 * A tuple key that cannot be read (dt_cg_arglist()): a string key faults
 * with 128 + the key's index as its address, also a NULL one given by a
 * cast (only stringof() checks for NULL first, at 0: DT_TOK_STRINGOF's
 * dt_cg_check_notnull()); a key held by reference (a struct) at 0.
 * Associative arrays, thread-local ones and aggregations alike.  (The
 * ERROR clause's output comes after the last BEGIN clause's, as dtrace
 * prints it.)
 * REQUIRES: root
 * RUN: %dtc -o %t.o %s
 * RUN: %dtrun %t.o 2>/dev/null | FileCheck %s --strict-whitespace
 * CHECK: {{^}}done{{$}}
 * CHECK-NEXT: {{^}}1 80{{$}}
 * CHECK-NEXT: {{^}}1 81{{$}}
 * CHECK-NEXT: {{^}}1 82{{$}}
 * CHECK-NEXT: {{^}}1 80{{$}}
 * CHECK-NEXT: {{^}}1 80{{$}}
 * CHECK-NEXT: {{^}}1 0{{$}}
 * CHECK-NEXT: {{^}}1 0{{$}}
 * CHECK-NEXT: {{^}}1 10{{$}}
 */
#pragma D option quiet

BEGIN { a[(string)16] = 1; }
BEGIN { a2[1, stringof((char *)16)] = 1; }
BEGIN { @[1, 2, stringof((char *)16)] = count(); }
BEGIN { self->b[stringof((char *)16)] = 1; }
BEGIN { @c[(string)0] = count(); }
BEGIN { d[stringof((char *)0)] = 1; }
BEGIN { e[*(struct timespec64 *)16] = 1; }
BEGIN { x = stringof((char *)16); }
BEGIN { printf("done\n"); exit(0); }

ERROR { printf("%d %x\n", arg4, arg5); }
