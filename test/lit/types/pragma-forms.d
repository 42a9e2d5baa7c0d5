/*
 * #pragma D attributes, binding and depends_on are checked for form and
 * otherwise accepted.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: pragma-forms.d:[[@LINE+5]]:1: error: malformed #pragma attributes <attributes> <ident> [D_PRAGMA_MALFORM]
 * CHECK: pragma-forms.d:[[@LINE+5]]:1: error: invalid attributes specified by #pragma attributes [D_PRAGMA_INVAL]
 * CHECK: pragma-forms.d:[[@LINE+8]]:1: error: malformed #pragma binding "version" <ident> [D_PRAGMA_MALFORM]
 * CHECK: pragma-forms.d:[[@LINE+8]]:1: error: invalid class planet specified by #pragma depends_on [D_PRAGMA_INVAL]
 */
#pragma D attributes Stable/Stable/Common
#pragma D attributes Rock/Solid foo
#pragma D attributes Evolving/Evolving/ISA foo
#pragma D binding "1.0" foo
#pragma D depends_on provider syscall
#pragma D binding "1.0"
#pragma D depends_on planet earth
inline int foo = 3;
BEGIN
{
	exit(0);
}
