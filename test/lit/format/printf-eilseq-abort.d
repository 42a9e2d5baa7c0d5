/*
 * A printf() the C library cannot print (%lc of a value the C locale has
 * no character for: vfprintf() fails with EILSEQ) ends tracing as dtrace
 * does: dt_printf() sets the error, dt_consume_one_probe() returns
 * DTRACE_WORKSTATUS_ERROR, and cmd/dtrace.c's dfatal("processing aborted")
 * prints libdtrace's message and exits 1 without END or the aggregations;
 * what came before the failing conversion is out.  dtrun printed "dtrace: "
 * with no message and went on (gen_d.py, seed 1212).
 * REQUIRES: root
 * RUN: sh -c '%dtrun -qs %s > %t.out 2> %t.err; test $? -eq 1'
 * RUN: FileCheck %s --check-prefix=OUT --match-full-lines --strict-whitespace --implicit-check-not=never < %t.out
 * RUN: FileCheck %s --check-prefix=ERR --match-full-lines --implicit-check-not=dtrace: < %t.err
 * OUT:a x b
 * OUT-NEXT:c
 * ERR:dtrace: processing aborted: Invalid or incomplete multibyte or wide character
 */
BEGIN
{
	@never = count();
	printf("a %lc b\n", 'x');
	printf("c%lcd\n", 200);
	printf("never: after the failed printf\n");
}

BEGIN
{
	printf("never: a later clause\n");
}

END
{
	printf("never: END\n");
}

tick-1s
{
	exit(0);
}
