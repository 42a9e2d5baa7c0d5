/*
 * "#line N "file"" renumbers the lines after it, and errors name that file
 * (dt_pragma_line(): yylineno and pcb_filetag; dt_set_errmsg() writes
 * '"file", line N: ').  Through dt_pragma()'s table, "#line N" numbers the
 * next line N + 1 (it takes back the newline already counted, then adds it
 * again); a naked cpp marker "# N "file"" numbers it N.
 * RUN: not %dtc -e %s 2>&1 | FileCheck %s
 * CHECK: foo.d:101:8: error: failed to resolve nosuchvar1: Unknown variable name [D_IDENT_UNDEF]
 * CHECK-NEXT: {{^}}	trace(nosuchvar1);
 * CHECK: bar.d:7:8: error: failed to resolve nosuchvar2
 * CHECK: bar.d:51:8: error: failed to resolve nosuchvar3
 * CHECK: line-directive.d:20:8: error: failed to resolve nosuchvar4
 * RUN: not %dtrun -e -s %s 2>&1 | FileCheck %s --check-prefix=DTRACE
 * DTRACE: dtrace: failed to compile script {{.*}}line-directive.d: "foo.d", line 101: failed to resolve nosuchvar1: Unknown variable name
 * A malformed one is D_PRAGMA_MALFORM on its own line.
 * RUN: printf 'BEGIN\n{\n#line x\n}\n' > %t.d
 * RUN: not %dtrun -e -x errtags -s %t.d 2>&1 | FileCheck %s --check-prefix=MALFORM
 * MALFORM: [D_PRAGMA_MALFORM] line 3: malformed #line <line> [ ["file"] state ]
 */
BEGIN
{
#line 100 "foo.d"
	trace(nosuchvar1);
# 7 "bar.d"
	trace(nosuchvar2);
#pragma line 50
	trace(nosuchvar3);
# 20 "<stdin>"
	trace(nosuchvar4);
}
