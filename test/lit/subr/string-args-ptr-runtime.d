/*
 * A string argument of a subroutine ("const char *" in DTrace's
 * prototypes) takes a char pointer, a void pointer or the constant 0
 * (dt_node_is_argcompat()): the subroutine reads the string at the address,
 * and a NULL one faults the clause at address 0, as dt_cg_check_ptr_arg()
 * does (a bad non-NULL one reads as "": badaddr-runtime.d).  A pointer to
 * other than char is refused.
 * REQUIRES: root
 * RUN: not %dtc -C -S -o - -DBAD %s 2>&1 | FileCheck %s --check-prefix=BAD
 * BAD: error: strlen( ) argument #1 is incompatible with prototype:
 * BAD-NEXT: prototype: char *
 * BAD-NEXT: argument: int * [D_PROTO_ARG]
 * RUN: %dtc -C -o %t.o %s
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.out --implicit-check-not=value
 * RUN: FileCheck %s --input-file %t.err --check-prefix=ERR
 * CHECK: AB 2 ABx xAB AB ab B 0 1 -1
 * CHECK-DAG: ERROR 0x0 strlen
 * CHECK-DAG: ERROR 0x0 strjoin
 * CHECK-DAG: ERROR 0x0 basename
 * CHECK-DAG: ERROR 0x0 substr
 * CHECK-DAG: ERROR 0x0 index
 * ERR: (dtrace:::BEGIN): invalid address (0x0)
 */
#pragma D option quiet
#ifdef BAD
BEGIN { trace(strlen((int *)0)); }
#else
BEGIN
{
	p = (char *)alloca(4);
	p[0] = 'A'; p[1] = 'B'; p[2] = 0;
	v = (void *)p;
	printf("%s %d %s %s %s %s %s %d %d %d\n", stringof(p), strlen(p), strjoin(p, "x"),
	    strjoin("x", v), toupper(v), tolower(p), substr(p, 1), index(p, "A"),
	    index(v, "B"), strstr(p, "C") == NULL ? -1 : 0);
}
BEGIN { w = "strlen"; printf("value %d\n", strlen(0)); }
BEGIN { w = "strjoin"; printf("value %s\n", strjoin("a", (char *)0)); }
BEGIN { w = "basename"; printf("value %s\n", basename(NULL)); }
BEGIN { w = "substr"; printf("value %s\n", substr((char *)0, 1)); }
BEGIN { w = "index"; printf("value %d\n", index((void *)0, "a")); }
BEGIN { exit(0); }
ERROR { printf("ERROR 0x%x %s\n", arg5, w); }
#endif
