/*
 * dt_pragma.c reads a control line's tokens as dt_lex.l's S3 state scans
 * them (blank-separated words; a quoted string is a string; a word that is
 * all an integer, 12 or 0x1fUL, an integer): attributes, binding and
 * depends_on read the first two and ignore any after them; a string or an
 * integer where a word goes is D_PRAGMA_MALFORM (and "1.0" or 12abc are
 * words); option takes one word only.
 * RUN: not %dtc -S -o /dev/null %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: pragma-tokens.d:[[@LINE+22]]:1: error: malformed #pragma attributes <attributes> <ident> [D_PRAGMA_MALFORM]
 * CHECK: pragma-tokens.d:[[@LINE+22]]:1: error: malformed #pragma attributes <attributes> <ident> [D_PRAGMA_MALFORM]
 * CHECK: pragma-tokens.d:[[@LINE+22]]:1: error: malformed #pragma attributes <attributes> <ident> [D_PRAGMA_MALFORM]
 * CHECK: pragma-tokens.d:[[@LINE+22]]:1: error: malformed #pragma binding "version" <ident> [D_PRAGMA_MALFORM]
 * CHECK: pragma-tokens.d:[[@LINE+22]]:1: error: malformed #pragma depends_on <class> <name> [D_PRAGMA_MALFORM]
 * CHECK: pragma-tokens.d:[[@LINE+22]]:1: error: malformed #pragma depends_on <class> <name> [D_PRAGMA_MALFORM]
 * RUN: printf '#pragma D option 12\nBEGIN { }\n' > %t.int.d
 * RUN: not %dtc -S -o /dev/null %t.int.d 2>&1 | FileCheck %s --check-prefix=OPTINT
 * OPTINT: error: malformed #pragma option <option>=<val> [D_PRAGMA_MALFORM]
 * RUN: printf '#pragma D option 12abc\nBEGIN { }\n' > %t.word.d
 * RUN: not %dtc -S -o /dev/null %t.word.d 2>&1 | FileCheck %s --check-prefix=OPTWORD
 * OPTWORD: error: failed to set option '12abc': Invalid option name [D_PRAGMA_OPTSET]
 * RUN: printf '#pragma D option quiet=a"b"\nBEGIN { }\n' > %t.str.d
 * RUN: not %dtc -S -o /dev/null %t.str.d 2>&1 | FileCheck %s --check-prefix=OPTSTR
 * OPTSTR: error: superfluous arguments specified for #pragma option [D_PRAGMA_MALFORM]
 * RUN: printf '#pragma D attributes Stable/Stable/Common 1.0\nBEGIN { }\n' > %t.unused.d
 * RUN: not %dtc -S -o /dev/null %t.unused.d 2>&1 | FileCheck %s --check-prefix=UNUSED
 * UNUSED: error: unused #pragma attributes [D_PRAGMA_UNUSED]
 */
#pragma D attributes Evolving/Evolving/ISA foo extra "words" 12
#pragma D binding "1.0" foo more 12
#pragma D depends_on provider syscall extra
#pragma D attributes "Stable/Stable/Common" foo
#pragma D attributes Stable/Stable/Common 12
#pragma D attributes Stable/Stable/Common 0x1fUL
#pragma D binding "1.0" "foo"
#pragma D depends_on provider "syscall"
#pragma D depends_on "provider" syscall
inline int foo = 3;
BEGIN
{
	exit(0);
}
