/*
 * c ? x : y whose condition DTrace's parser folds to an integer constant is
 * the chosen operand as it is parsed (dt_node_op3()), before the call is
 * checked: a format or path so chosen is a string constant (printf(),
 * printa(), system(), freopen(), setopt()).  A condition known only later
 * (a variable) leaves a string that is not a constant.
 * RUN: not %dtc -w -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+14]]:21: error: freopen( ) argument #1 cannot be "." [D_FREOPEN_INVALID]
 * CHECK: :[[@LINE+14]]:16: error: printf( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: string constant
 * CHECK-NEXT: argument: string [D_PRINTF_ARG_FMT]
 */
BEGIN
{
	@a[1] = count();
	printf(1 ? "%d\n" : "%s\n", 10);
	printf(sizeof(int) == 4 ? 2 ? "%d\n" : "a" : "b", 3);
	printa((int)1 ? "%d %@d\n" : "", @a);
	system(0 ? "" : "echo %d", 5);
	setopt(1 ? "quiet" : "x");
}
BEGIN { freopen(1 ? "." : "x"); }
BEGIN { x = 1; printf(x ? "%d\n" : "a", 3); }
