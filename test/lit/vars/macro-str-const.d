/*
 * dt_lex.l: $$N is a string token of argument N's text (escapes converted,
 * quotes kept), so it may be a printf() format or a setopt() name, where a
 * string constant must stand.  dtc makes it one when given the arguments
 * (dtrun's one-step mode gives them); without them it is a load-time
 * string, and a format needs a constant.
 * RUN: %dtc -e %s -- 'v=%%d %%s\n' quiet
 * RUN: %dtc -S -o - %s -- 'v=%%d %%s\n' quiet | FileCheck %s --check-prefix=C
 * C: "macro 1 l \"v=%d %s\\\\n\"\n"
 * RUN: not %dtc -e %s 2>&1 | FileCheck %s --check-prefix=NOARGS
 * NOARGS: error: printf( ) argument #1 is incompatible with prototype:
 * NOARGS: note: $$1 is a string constant when dtc is given the arguments: dtc {{.*}}macro-str-const.d -- ARGS
 * A format that does not fit the arguments is checked as a literal is.
 * RUN: not %dtc -e %s -- '%%s\n' quiet 2>&1 | FileCheck %s --check-prefix=CONV
 * CONV: error: printf( ) argument #2 is incompatible with conversion #1 prototype:
 */
BEGIN
{
	setopt($$2);
	printf($$1, 5, "five");
	exit(0);
}
