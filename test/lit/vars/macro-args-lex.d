/*
 * dt_lex.l's rule for $N: an argument that is an integer is an integer
 * constant (a sign may lead; too large is D_MACRO_OFLOW); one that is an
 * identifier is that identifier (a variable, or a type name); anything else
 * is a string, with one pair of surrounding quotes stripped and escapes
 * converted.  dtc applies the rule when the arguments are given at compile
 * time (dtrun's one-step mode gives them); the object then records the
 * text it was compiled with, and dtrun refuses to run it with another.
 * RUN: %dtc -e %s -- 'hello world' total -3 '"quoted\tq"' x
 * RUN: %dtc -S -o - %s -- 'hello world' total -3 '"quoted\tq"' x | FileCheck %s --check-prefix=C
 * C: "hello world"
 * Identifier $2 names the global `total`; -3 stays a load-time integer.
 * C: dtc_mac_3
 * RUN: not %dtc -e %s -- 'a b' 99999999999999999999999 1 2 x 2>&1 | FileCheck %s --check-prefix=OFLOW
 * OFLOW: error: macro argument $2 constant 99999999999999999999999 results in integer overflow [D_MACRO_OFLOW]
 * An identifier that is not declared: D_IDENT_UNDEF, as dtrace reports it.
 * RUN: not %dtc -e %s -- 'a b' nosuchvar 1 2 x 2>&1 | FileCheck %s --check-prefix=UNDEF
 * UNDEF: error: failed to resolve nosuchvar: Unknown variable name [D_IDENT_UNDEF]
 * RUN: %dtc -o %t.o %s -- 'hello world' total -3 '"quoted\tq"' x
 * RUN: %dtrun --info %t.o | FileCheck %s --check-prefix=INFO
 * INFO: $1{{.*}}hello world
 */
#pragma D option quiet
int total;

BEGIN
{
	total = 41;
	printf("%s|%d|%d|%s|%s\n", $1, $2 + 1, $3, $4, $$5);
	exit(0);
}
