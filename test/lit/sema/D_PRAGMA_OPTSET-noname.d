/*
 * A control line's words are any runs of non-blanks (dt_lex.l's <S3>), so
 * "#pragma D option =1" has one argument, whose option name is empty:
 * dtrace_setopt("", "1") is EDT_BADOPTNAME; only a pragma with no argument
 * at all is malformed (dt_pragma_option()).
 * RUN: not %dtc -S -o /dev/null --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+5]]:1: error: failed to set option '' to '1': Invalid option name [D_PRAGMA_OPTSET]
 * CHECK: :[[@LINE+5]]:1: error: failed to set option '' to '': Invalid option name [D_PRAGMA_OPTSET]
 * CHECK: :[[@LINE+5]]:1: error: failed to set option '' to 'quiet=1': Invalid option name [D_PRAGMA_OPTSET]
 * CHECK: :[[@LINE+5]]:1: error: malformed #pragma option <option>=<val> [D_PRAGMA_MALFORM]
 */
#pragma D option =1
#pragma D option =
#pragma D option =quiet=1
#pragma D option
BEGIN { exit(0); }
