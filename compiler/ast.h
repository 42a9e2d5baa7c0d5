/*
 * ast.h: the D abstract syntax tree.
 *
 * The parser (parser.y) builds it; sema (sema.c) annotates it in place with
 * types and symbol references; the emitter (emit*.c) walks it to write C.
 * Every node carries a span.  Lists (clauses, statements, arguments, probe
 * descriptions, declarators, struct members) are chained through `next`.
 */
#ifndef DTC_AST_H
#define DTC_AST_H

#include <stdint.h>

struct dtype;
struct sym;

/* A source span: file index into dx->files, byte offset and length. */
struct loc {
	int file;
	int off;
	int len;
};

enum node_kind {
	/* top level */
	N_PROGRAM,      /* a: list of top-level items */
	N_CLAUSE,       /* a: N_PDESC list, b: predicate or NULL, c: statement list */
	N_PDESC,        /* str: description as written, e.g. "syscall::open*:entry" */
	N_PRAGMA,       /* str: text after "#pragma", e.g. "D option quiet" */
	N_DECL,         /* a: N_TYPESPEC, b: N_DECLARATOR list; ival: DS_* storage bits */
	N_DECLARATOR,   /* str: name or NULL (abstract); a: N_DTYPE derivation chain;
			   b: initializer (inline) or NULL; c: bitfield width or NULL */
	N_INLINE,       /* a: N_TYPESPEC, b: N_DECLARATOR (with b = value expr) */
	N_TRANSLATOR,   /* a: output N_TYPESPEC+N_DECLARATOR (in b), str: input param
			   name, c: input N_TYPESPEC, d: input N_DECLARATOR;
			   e: N_XMEMBER list */
	N_XMEMBER,      /* translator member: str: member name, a: expr */
	N_PROVIDER,     /* provider definition: str: name, a: N_DECL list of probes
			   (each b: N_DECLARATOR str: probe name, a: DT_FUNC of
			   the native arguments, d: DT_FUNC of the translated
			   arguments after ':' or NULL) */

	/* types */
	N_TYPESPEC,     /* str: base name ("int", "unsigned long", "foo_t",
			   "struct task_struct"); ival: TQ_* qualifier bits;
			   a: N_MEMBER list for an inline struct/union body
			   (then ival also has TS_HAS_BODY), or N_ENUMERATOR list;
			   op: TK_* kind below */
	N_MEMBER,       /* struct/union member: a: N_TYPESPEC, b: N_DECLARATOR list */
	N_ENUMERATOR,   /* str: name, a: value expr or NULL */
	N_DTYPE,        /* declarator derivation, innermost last:
			   op: DT_PTR (ival: qualifiers), DT_ARRAY (a: size expr or
			   NULL; for associative declarations a: N_TYPENAME list of
			   key types), DT_FUNC (a: parameter list of N_TYPENAME);
			   chain through `b` toward the base type */
	N_TYPENAME,     /* a type in an expression (cast, sizeof, xlate):
			   a: N_TYPESPEC, b: abstract N_DECLARATOR or NULL */

	/* statements */
	N_EXPR_STMT,    /* a: expression */
	N_EMPTY,        /* ; */
	N_BLOCK,        /* a: statement list */
	N_IF,           /* a: condition, b: then, c: else or NULL */

	/* expressions */
	N_INT,          /* ival: value; str: spelling (suffixes matter for type) */
	N_FLOAT,        /* str: spelling (D rejects floating point in most places) */
	N_CHAR,         /* ival: value; str: spelling */
	N_STRING,       /* str: decoded contents; ival: length */
	N_IDENT,        /* str: name (includes `kernel-symbol spelling with the
			   backquote, e.g. "`max_pfn" or "vmlinux`jiffies") */
	N_MACRO,        /* str: "$1", "$$2", "$target", "$pid", "$0" ... */
	N_AGG,          /* str: aggregation name without '@' ("_" for plain @) */
	N_BINARY,       /* op: one of the operator tokens below; a, b */
	N_LOGICAL,      /* op: OP_LAND, OP_LOR, OP_LXOR; a, b */
	N_UNARY,        /* op: OP_NEG OP_PLUS OP_BNOT OP_LNOT OP_DEREF OP_ADDR; a */
	N_INCDEC,       /* op: OP_PREINC OP_PREDEC OP_POSTINC OP_POSTDEC; a */
	N_ASSIGN,       /* op: OP_ASSIGN or a compound OP_ADD_ASSIGN...; a = b */
	N_COND,         /* a ? b : c */
	N_CALL,         /* str: function name; a: argument list; b: the callee
			   expression when it is not a name (str NULL; sema
			   reports D_FUNC_IDENT) */
	N_INDEX,        /* a: base (N_IDENT, N_AGG, array expr); b: key/index list */
	N_MEMBER_OF,    /* a.str */
	N_PTR_MEMBER,   /* a->str (self->x and this->x are this form with a =
			   N_IDENT "self"/"this") */
	N_CAST,         /* a: N_TYPENAME, b: expression */
	N_SIZEOF_TYPE,  /* a: N_TYPENAME */
	N_SIZEOF_EXPR,  /* a: expression */
	N_OFFSETOF,     /* a: N_TYPENAME, str: member */
	N_STRINGOF,     /* a: expression */
	N_XLATE,        /* a: N_TYPENAME, b: expression */
	N_COMMA,        /* a, b */

	N_NKINDS
};

/* Operators (node->op). */
enum op {
	OP_NONE,
	OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD,
	OP_SHL, OP_SHR, OP_BAND, OP_BOR, OP_BXOR,
	OP_LT, OP_LE, OP_GT, OP_GE, OP_EQ, OP_NE,
	OP_LAND, OP_LOR, OP_LXOR,
	OP_NEG, OP_PLUS, OP_BNOT, OP_LNOT, OP_DEREF, OP_ADDR,
	OP_PREINC, OP_PREDEC, OP_POSTINC, OP_POSTDEC,
	OP_ASSIGN, OP_ADD_ASSIGN, OP_SUB_ASSIGN, OP_MUL_ASSIGN, OP_DIV_ASSIGN,
	OP_MOD_ASSIGN, OP_SHL_ASSIGN, OP_SHR_ASSIGN, OP_AND_ASSIGN,
	OP_OR_ASSIGN, OP_XOR_ASSIGN,
};

/* Declaration storage bits (N_DECL ival). */
#define DS_EXTERN 0x01
#define DS_STATIC 0x02
#define DS_SELF 0x04
#define DS_THIS 0x08
#define DS_TYPEDEF 0x10
#define DS_REGISTER 0x20
#define DS_AUTO 0x40
/* N_DECL's op: declared inside a cpp #include file, which DTrace puts in its
 * "C" container, the parent of the "D" one that holds D's own typedefs */
#define DECL_CDEFS 1

/* Type specifier kinds (N_TYPESPEC op). */
#define TK_NAME 0     /* builtin or typedef name in str */
#define TK_STRUCT 1   /* str: tag or NULL */
#define TK_UNION 2
#define TK_ENUM 3

/* Type qualifier bits (N_TYPESPEC ival). */
#define TQ_CONST 0x01
#define TQ_VOLATILE 0x02
#define TQ_RESTRICT 0x04
#define TS_HAS_BODY 0x100

/* Declarator derivation kinds (N_DTYPE op). */
#define DT_PTR 1
#define DT_ARRAY 2
#define DT_FUNC 3

struct node {
	enum node_kind kind;
	struct loc loc;
	int op;
	int64_t ival;
	const char *str;
	struct node *a, *b, *c, *d, *e;
	struct node *next;     /* list chaining */

	/* filled in by sema */
	struct dtype *type;    /* type of an expression */
	struct sym *sym;       /* variable / inline / builtin referenced */
	struct dmember *member; /* struct/union member (sema_types.c) */
	int flags;             /* sema scratch: NF_* */
	int id;                /* sema: clause index, action index, ... */
	struct dtype *xltype;  /* sema: a translated member's declared type (its sizeof) */
	int attr;              /* sema: stability attributes (sema_attr.c), 0 if none */
};

#define NF_LVALUE 0x01    /* stored through (v.m = x, v[i]++): the base variable node */
#define NF_CONST 0x02     /* integer constant expression; value in ival */
#define NF_TMPCOPY 0x04   /* string operand copied into temporary `id` first */
#define NF_XLPTR 0x08     /* a translated member reached with -> (xltype set): an lvalue
			     DTrace never writes (sema_types.c) */
#define NF_PROBE_ID 0x10  /* an N_PDESC scanned as a probe ID: looked up as it is reduced */
#define NF_CUT 0x20       /* an item a syntax error cut short (parse_cut_items()): all of
			     it was reduced before the error */
#define NF_CHARARR 0x100  /* char array (ival elements) or stringof() pointer in
			     memory, read as a string into temporary `id` */
#define NF_BITFIELD 0x200 /* a bit-field member */
#define NF_MEM 0x400      /* designates memory read through a pointer (sema_types.c) */
#define NF_XLSTR 0x800    /* a translator's string member made from a char array: traced as
                           * the string, though casts and & still see the array */
#define NF_INLINED 0x1000 /* a string constant an inline stands for: sizeof sees the
			     inline's type, string, not the constant's bytes */
#define NF_BVAR 0x2000    /* an element of a built-in array, args[i] or uregs[i]: a variable
			     in DTrace (DT_NODE_VAR), neither writable nor addressable */
#define NF_ARRSUM 0x4000  /* a char array in memory plus or minus an integer (p->comm + 1): a
			     string here, the array (ival elements) to trace() and sizeof */
#define NF_STRCAST 0x8000 /* an N_STRINGOF that was a cast (string)p: no NULL check of its
			   own, so a key faults at 128 + i (emit_str_key()) */
#define NF_NONASSIGN 0x10000 /* an alloca-derived value not to be assigned to a variable: a
				 ?: of alloca and other branches (DT_NF_NONASSIGN, sema_mem.c) */
#define NF_CASTOUT 0x20000 /* what a cast to its own type (string, struct) was: the cast made
			      no writable lvalue (DT_NF_WRITABLE, sema_types.c) */
#define NF_ALLOCA 0x40000 /* alloca'd: a pointer value into scratch, or (with NF_MEM)
			     memory there (sema_mem.c) */
#define NF_PARSED_BAD 0x100000 /* an error DTrace finds as it parses, said already
				 (sema_parse.c): cooking it says nothing more */
#define NF_NOPROV 0x80000 /* a probe description no provider matches: reported already
			     (dtc), or one with no glob or PID dtrun would report at load */
#define NF_PARSE_SEEN 0x400000 /* a call sema_parse.c checked in its clause */
#define NF_PDESC_MACROS 0x200000 /* a probe description whose macros were expanded as
				   parsed (sema_pdesc_macros()) */
#define NF_STRADDR 0x800000 /* a string operand of + or - as its characters' address
			       (str_as_ptr()): an array of strsize chars to DTrace */
#define NF_CMPNULL 0x1000000 /* the string at a pointer compared with a string: a NULL pointer
				is compared as a pointer, no string read (dt_cg_compare_op()) */

#endif
