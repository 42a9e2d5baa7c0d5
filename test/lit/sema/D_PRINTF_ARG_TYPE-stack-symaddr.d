/*
 * The types of stack()/ustack() and of sym()/func()/usym()... values carry
 * DTrace's names in printf/printa argument errors: "stack", "_symaddr"
 * and "_usymaddr" (dt_open.c's typedefs of void), as a learner sees when a
 * stack key meets %s: printa("%s %@d\n", @) of @[ustack()].
 * RUN: printf 'BEGIN { @[ustack()] = count(); printa("%%%%s %%%%@d\\n", @); }\n' > %t.1.d
 * RUN: not %dtc -S -o - --btf %btf %t.1.d 2>&1 | FileCheck %s --check-prefix=STACK
 * STACK: error: printa( ) argument #2 is incompatible with conversion #1 prototype:
 * STACK-NEXT: {{^}}	conversion: %s
 * STACK-NEXT: {{^}}	 prototype: char [] or string (or use stringof)
 * STACK-NEXT: {{^}}	  argument: stack [D_PRINTF_ARG_TYPE]
 * RUN: printf 'BEGIN { printf("%%%%s\\n", func(0)); }\n' > %t.2.d
 * RUN: not %dtc -S -o - --btf %btf %t.2.d 2>&1 | FileCheck %s --check-prefix=SYM
 * SYM: {{^}}	  argument: _symaddr [D_PRINTF_ARG_TYPE]
 * RUN: printf 'BEGIN { @[ufunc(0)] = count(); printa("%%%%s %%%%@d\\n", @); }\n' > %t.3.d
 * RUN: not %dtc -S -o - --btf %btf %t.3.d 2>&1 | FileCheck %s --check-prefix=USYM
 * USYM: {{^}}	  argument: _usymaddr [D_PRINTF_ARG_TYPE]
 */
