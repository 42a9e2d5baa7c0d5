/*
 * Probe clauses: descriptions kept as written, lists across lines,
 * predicates whose '/' divides, empty bodies, a last statement without ';'.
 * RUN: %dtc -d ast %s | FileCheck %s
 *
 * CHECK:      a: N_CLAUSE @[[@LINE+16]]:1
 * CHECK-NEXT:   a: N_PDESC "syscall::read:entry" @[[@LINE+15]]:1+19
 * CHECK-NEXT:   a: N_PDESC "pid$target:libc.so.6:malloc:entry" @[[@LINE+15]]:1+33
 * CHECK-NEXT:   a: N_PDESC "fbt::vfs_*:entry"
 * CHECK-NEXT:   a: N_PDESC ":::BEGIN"
 * CHECK-NEXT:   a: N_PDESC "syscall::[rw]*read?:entry"
 * CHECK-NEXT:   a: N_PDESC "host:proc:::exec-success"
 * CHECK-NEXT:   b: N_BINARY OP_GT
 * CHECK-NEXT:     a: N_BINARY OP_DIV
 * CHECK-NEXT:       a: N_IDENT "arg0"
 * CHECK-NEXT:       b: N_INT "2" 2
 * CHECK-NEXT:     b: N_MACRO "$1"
 * CHECK-NEXT:   c: N_EXPR_STMT
 * CHECK-NEXT:     a: N_CALL "trace"
 * CHECK-NEXT:       a: N_IDENT "arg0"
 */
syscall::read:entry,
pid$target:libc.so.6:malloc:entry, fbt::vfs_*:entry,
:::BEGIN,
syscall::[rw]*read?:entry,
host:proc:::exec-success
/arg0 / 2 > $1/
{
	trace(arg0)
}

/*
 * CHECK:      a: N_CLAUSE
 * CHECK-NEXT:   a: N_PDESC "profile-97"
 * CHECK-NEXT:   a: N_PDESC "tick-1s"
 * CHECK-NEXT:   a: N_PDESC "pid1234::main:entry"
 * CHECK-NEXT: a: N_CLAUSE
 * CHECK-NEXT:   a: N_PDESC "BEGIN"
 * CHECK-NEXT:   c: N_EXPR_STMT
 * CHECK-NEXT:     a: N_CALL "exit"
 * CHECK-NEXT:       a: N_INT "0" 0
 * CHECK-NEXT: a: N_CLAUSE
 * CHECK-NEXT:   a: N_PDESC "END"
 * CHECK-NEXT:   b: N_IDENT "x"
 * CHECK-NEXT:   c: N_EMPTY
 */
profile-97, tick-1s, pid1234::main:entry {}
BEGIN{exit(0)}
END/x/{;}
