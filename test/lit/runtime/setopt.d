/*
 * setopt() while tracing runs, as dt_consume.c's dt_setopt(): a dynamic
 * option changes (quiet on and off; no value means "1"), while a load-time
 * option, an unknown name or a bad value is a library error of the probe,
 * reported in dtrace's words, and tracing goes on.  -x stackindent sets the
 * indent of stack() frames (of a system call of dtrun's: BEGIN has none).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -x stackindent=3 %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s < %t.out
 * RUN: FileCheck %s --check-prefix=ERR < %t.err
 * (the first record's heading is out before its setopt() turns quiet on,
 * and the record that turns it off again ends with its newline, as dtrace)
 * CHECK: :BEGIN firstquiet now
 * CHECK-NEXT: {{^}}after errors
 * CHECK-EMPTY:
 * CHECK-NEXT: :BEGIN loud again
 * CHECK: {{^}}   {{[a-z_].*}}
 * ERR: dtrace: error in dt_clause_1 for probe ID 1 (dtrace:::BEGIN): couldn't set option "bufsize" to "1m": Operation illegal when tracing is active
 * ERR: dtrace: error in dt_clause_1 for probe ID 1 (dtrace:::BEGIN): couldn't set option "nosuchoption" to "1": Invalid option name
 * ERR: dtrace: error in dt_clause_1 for probe ID 1 (dtrace:::BEGIN): couldn't set option "quiet" to "maybe": Invalid value for specified option
 */
BEGIN { printf("first"); setopt("quiet"); }
BEGIN
{
	printf("quiet now\n");
	setopt("bufsize", "1m");
	setopt("nosuchoption");
	setopt("quiet", "maybe");
	printf("after errors\n");
	setopt("quiet", "no");
}
BEGIN { printf("loud again"); }
syscall:::entry /pid == $pid && !done/ { done = 1; stack(); exit(0); }
