/*
 * Expression precedence (D's ^^ sits between || and &&), assignment forms,
 * unary and postfix operators, literals, variables of every kind.
 * RUN: %dtc -d ast %s | FileCheck %s
 *
 * CHECK:      a: N_LOGICAL OP_LOR
 * CHECK-NEXT:   a: N_IDENT "a"
 * CHECK-NEXT:   b: N_LOGICAL OP_LXOR
 * CHECK-NEXT:     a: N_IDENT "b"
 * CHECK-NEXT:     b: N_LOGICAL OP_LAND
 * CHECK-NEXT:       a: N_IDENT "c"
 * CHECK-NEXT:       b: N_BINARY OP_BOR
 * CHECK-NEXT:         a: N_BINARY OP_BXOR
 * CHECK-NEXT:           a: N_IDENT "d"
 * CHECK-NEXT:           b: N_BINARY OP_BAND
 * CHECK-NEXT:             a: N_IDENT "e"
 * CHECK-NEXT:             b: N_BINARY OP_EQ
 * CHECK-NEXT:               a: N_BINARY OP_LT
 * CHECK-NEXT:                 a: N_BINARY OP_SHL
 * CHECK-NEXT:                   a: N_BINARY OP_ADD
 * CHECK-NEXT:                     a: N_IDENT "f"
 * CHECK-NEXT:                     b: N_BINARY OP_MUL
 * CHECK-NEXT:                       a: N_IDENT "g"
 * CHECK-NEXT:                       b: N_UNARY OP_NEG
 * CHECK-NEXT:                         a: N_IDENT "h"
 * CHECK-NEXT:                   b: N_INT "1" 1
 * CHECK-NEXT:                 b: N_INT "2" 2
 * CHECK-NEXT:               b: N_INT "3" 3
 * CHECK-NEXT:         b: N_IDENT "i"
 *
 * CHECK:      N_ASSIGN OP_ASSIGN
 * CHECK-NEXT:   a: N_IDENT "x"
 * CHECK-NEXT:   b: N_ASSIGN OP_SHL_ASSIGN
 * CHECK-NEXT:     a: N_IDENT "y"
 * CHECK-NEXT:     b: N_COND
 * CHECK-NEXT:       a: N_IDENT "p"
 * CHECK-NEXT:       b: N_COMMA
 * CHECK-NEXT:         a: N_IDENT "q"
 * CHECK-NEXT:         b: N_IDENT "r"
 * CHECK-NEXT:       c: N_IDENT "s"
 *
 * CHECK:      N_INDEX
 * CHECK-NEXT:   a: N_AGG "a"
 * CHECK-NEXT:   b: N_IDENT "execname"
 * CHECK-NEXT:   b: N_STRING "tab\there\n" len=9
 * CHECK-NEXT:   b: N_INT "0x1fULL" 31
 * CHECK-NEXT:   b: N_INT "017" 15
 * CHECK-NEXT:   b: N_CHAR "'\\n'" 10
 * CHECK-NEXT: b: N_CALL "quantize"
 * CHECK:      a: N_AGG "_"
 * CHECK:      N_PTR_MEMBER "ts"
 * CHECK-NEXT:   a: N_IDENT "self"
 * CHECK:      N_PTR_MEMBER "string"
 * CHECK-NEXT:   a: N_IDENT "this"
 * CHECK:      N_IDENT "`max_pfn"
 * CHECK:      N_IDENT "vmlinux`jiffies"
 * CHECK:      N_MACRO "$$1"
 * CHECK:      N_MACRO "$target"
 * CHECK:      N_MACRO "$pid"
 * CHECK:      N_INCDEC OP_POSTINC
 * CHECK-NEXT:   a: N_INDEX
 * CHECK-NEXT:     a: N_IDENT "args"
 * CHECK:      N_INCDEC OP_PREDEC
 * CHECK:      N_UNARY OP_LNOT
 * CHECK-NEXT:   a: N_UNARY OP_BNOT
 * CHECK-NEXT:     a: N_UNARY OP_DEREF
 * CHECK-NEXT:       a: N_UNARY OP_ADDR
 * CHECK:      N_MEMBER_OF "pr_pid"
 * CHECK-NEXT:   a: N_XLATE
 * CHECK-NEXT:     a: N_TYPENAME
 * CHECK-NEXT:       a: N_TYPESPEC TK_NAME "xout_t"
 * CHECK:          b: N_IDENT "curthread"
 * CHECK:      N_CAST
 * CHECK-NEXT:   a: N_TYPENAME
 * CHECK-NEXT:     a: N_TYPESPEC TK_STRUCT "task_struct"
 * CHECK-NEXT:     b: N_DECLARATOR
 * CHECK-NEXT:       a: N_DTYPE DT_PTR
 * CHECK-NEXT:   b: N_IDENT "curthread"
 * CHECK:      N_SIZEOF_TYPE
 * CHECK-NEXT:   a: N_TYPENAME
 * CHECK-NEXT:     a: N_TYPESPEC TK_NAME "unsigned long long"
 * CHECK:      N_SIZEOF_EXPR
 * CHECK:      N_OFFSETOF "b"
 * CHECK-NEXT:   a: N_TYPENAME
 * CHECK-NEXT:     a: N_TYPESPEC TK_STRUCT "s"
 * CHECK:      N_STRINGOF
 */
typedef struct xout xout_t;

BEGIN
{
	a || b ^^ c && d ^ e & f + g * -h << 1 < 2 == 3 | i;
	x = y <<= p ? q, r : s;
	@a[execname, "tab\there\n", 0x1fULL, 017, '\n'] = quantize(1);
	@ = count();
	self->ts = this->string;
	v = `max_pfn + vmlinux`jiffies + $$1 + $target + $pid;
	args[0]++; --w;
	z = !~*&k;
	n = xlate<xout_t *>(curthread).pr_pid;
	t = (struct task_struct *)curthread;
	u = sizeof (unsigned long long int) + sizeof t + offsetof(struct s, b);
	m = stringof(t);
}
