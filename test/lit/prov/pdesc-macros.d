/*
 * Macro references in probe descriptions, dtrace_xstr2desc()'s rule: the
 * first '$' of a field and the rest of it; $N followed by more text is
 * argument N's text then that text (a second '$' is text); $$N is $N.  dtc substitutes them when
 * given the arguments (dtrun's one-step mode gives them) and records the
 * text; $target and dtrace's own process variables are dtrun's, at load.
 * RUN: %dtc -S -o - %s -- re syscall | FileCheck %s --implicit-check-not=error:
 * CHECK: "macro 1 l \"re\"\n"
 * CHECK: "macro 2 l \"syscall\"\n"
 * CHECK: "pdesc 0 \"syscall::read:entry\" {{[0-9]+}}\n"
 * CHECK: "pdesc 1 \"syscall::read:return\" {{[0-9]+}}\n"
 * CHECK: "pdesc 2 \"pid$target::main:entry\" {{[0-9]+}}\n"
 * An argument past the last, or an unknown name: EDT_BADSPCV.
 * RUN: not %dtc -e %s -- re 2>&1 | FileCheck %s --check-prefix=UNDEF
 * UNDEF: error: invalid probe description "$2::$$1ad:return": Undefined macro variable in probe description [D_PDESC_INVAL]
 * A second '$' in a field is text: "$1$2" is "re$2", and $2 is not used.
 * RUN: not %dtc -e -n 'syscall::$1$2:entry' -- re x 2>&1 | FileCheck %s --check-prefix=TEXT
 * TEXT: error: extraneous argument 'x' ($2 is not referenced) [D_MACRO_UNUSED]
 * RUN: not %dtc -e -n 'syscall::$bogus:entry' 2>&1 | FileCheck %s --check-prefix=NAME
 * NAME: error: invalid probe description "syscall::$bogus:entry": Undefined macro variable in probe description [D_PDESC_INVAL]
 * More than five fields (dtc's fifth is the instance): EDT_BADSPEC.
 * RUN: not %dtc -e -n 'a:syscall::read:entry:x' 2>&1 | FileCheck %s --check-prefix=OVER
 * OVER: error: invalid probe description "a:syscall::read:entry:x": Overspecified probe description [D_PDESC_INVAL]
 */
syscall::$1ad:entry {}
$2::$$1ad:return {}
pid$$target::main:entry {}
