/*
 * With -C, an error of the C preprocessor fails the compilation.
 * RUN: not %dtc -C -S -o - %s 2>&1 | FileCheck %s
 * CHECK: unterminated #if
 * CHECK: dtc: failed to compile script {{.*}}cpp-error.d: Preprocessor failed to process input program
 */
#if 1
BEGIN
{
	exit(0);
}
