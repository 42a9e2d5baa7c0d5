/*
 * parser.y: the D grammar.  A pure (reentrant) bison parser driven by the
 * flex scanner in lexer.l; parse_file() (lexer.l) runs it over one source
 * file and every top-level item is appended to dx->program in source order.
 *
 * The grammar follows DTrace's (libdtrace/dt_grammar.y) in shape: a program
 * is a list of probe clauses, declarations, inlines, translators and
 * provider definitions.  Probe descriptions use a syntax of their own
 * (names contain '-', ':', globs), so the scanner has an outer-scope state
 * for them and an expression state for everything else; the parser switches
 * between the two with lex_begin() where a clause or declaration begins or
 * ends, exactly where DTrace calls yybegin().  Those switches sit in actions
 * that bison reduces without a lookahead token (after a closing '}' or ';'),
 * so the next token is always scanned in the right state.
 *
 * Syntax errors are reported as DTrace words them, `syntax error near "tok"`
 * [D_SYNTAX]; the first one ends the parse, as it ends DTrace's.
 */

%code requires {
#include "dtc.h"
#include "parse_decl.h"

#ifndef YY_TYPEDEF_YY_SCANNER_T
#define YY_TYPEDEF_YY_SCANNER_T
typedef void *yyscan_t;
#endif

/* A list under construction, chained through node->next. */
struct nlist {
	struct node *head, *tail;
};

/* Scanner states the parser asks for (lex_begin). */
#define LEX_OUTER 0     /* between clauses: probe descriptions, declarations */
#define LEX_EXPR 1      /* clauses, predicates, declarations, expressions */

/* The scanner's per-parse state (yyextra). */
struct lexstate {
	struct dtc *dx;
	int file;
	const char *text;       /* the file's text: tokens are offsets into it */
	int len;
	int off;                /* offset of the next unscanned byte */
	int parens, brackets;   /* nesting inside the current clause */
	int in_pred;            /* between the slashes of a predicate */
	int comment_ret;        /* scanner state to resume after a comment */
	int quiet_off;          /* offset of a token the scanner already reported */
	int slash_off;          /* offset of the last '/' scanned in an expression: dt_lex.l's
				   lookahead may leave its yytext running to the line's end */
	int nerrors0;           /* dx->nerrors when this parse began */
	int cur_tok, prev_tok;  /* the last two tokens scanned, and where */
	struct loc cur_loc, prev_loc;
	int pred_open;          /* the last token opened a predicate */
	struct loc pred_loc;    /* first token of the current predicate */
	struct node *tail;      /* last item of dx->program->a */
	/* typedef names already scanned as identifiers (libdtrace's
	 * pcb_idents): identifiers from then on */
	struct lexident {
		const char *name;
		struct lexident *next;
	} *idents;
	int runon_off;          /* a token whose "near" text runs on (lex_runon_*()), or -1 */
	struct {                /* names id_or_type() took as identifiers (pcb_idents) */
		const char **v;
		int cap, n;
	} seen;
	int in_typedef;         /* inside "typedef ... ;" */
	int spec_named;         /* a type specifier is shifted (dd_name): names are idents */
	int td_braces;          /* its braces open (a struct body) */
	struct cutstack cut;    /* the stack a syntax error left (parse_cut_items()) */
};
}

%code provides {
int yylex(YYSTYPE *yylval, YYLTYPE *yylloc, yyscan_t scanner);
void lex_begin(yyscan_t scanner, int state);
void parse_append(yyscan_t scanner, struct node *item);
void parse_probe_id(struct dtc *dx, struct node *nd);
/* parse_error.c */
void yyerror(YYLTYPE *llocp, struct dtc *dx, yyscan_t scanner, const char *msg);
int item_start(int tok);
void bodyless(struct dtc *dx, yyscan_t scanner, YYLTYPE *la, int tok, struct loc pd,
	      struct node *pdescs, struct loc at, const char *msg);
char *lex_runon_text(const struct lexstate *ls, int off, int len);
struct lexstate *yyget_extra(yyscan_t scanner);
}

%code {
#include <string.h>

#define CUT(k, n, sp, s, i) cut_push(&yyget_extra(scanner)->cut, k, *yylocationp, n, sp, s, i)

#define YYLLOC_DEFAULT(cur, rhs, n)                                               \
	do {                                                                      \
		if (n) {                                                          \
			(cur) = loc_span(YYRHSLOC(rhs, 1), YYRHSLOC(rhs, n));     \
		} else {                                                          \
			(cur).file = YYRHSLOC(rhs, 0).file;                       \
			(cur).off = YYRHSLOC(rhs, 0).off + YYRHSLOC(rhs, 0).len;  \
			(cur).len = 0;                                            \
		}                                                                 \
	} while (0)

/* Once a specifier naming a type is shifted (dd_name), id_or_type() scans a
 * type name as an identifier: "(char uint32_t)" is a syntax error. */
static void spec_type(struct dtc *dx, yyscan_t scanner, struct specs *sp, struct tspec ts,
		      struct loc loc)
{
	specs_type(dx, sp, ts, loc);
	yyget_extra(scanner)->spec_named = sp->named || sp->nvoid + sp->nchar + sp->nint +
							       sp->nfloat + sp->ndouble + sp->nstring > 0;
}

static struct nlist nl_one(struct node *n)
{
	struct nlist l = { n, n };
	return l;
}

static struct nlist nl_add(struct nlist l, struct node *n)
{
	if (!n)
		return l;
	if (!l.head)
		return nl_one(n);
	l.tail->next = n;
	l.tail = n;
	return l;
}

static struct node *mk(struct dtc *dx, enum node_kind k, struct loc loc)
{
	return node_new(dx, k, loc);
}

/*
 * The value of an expression DTrace's parser folds as it builds it
 * (dt_node_op1(), dt_node_op2()): integer and character constants and
 * the unary and binary operators over them, computed in 64 bits; a cast
 * of 0.  1 and *v when n is one.
 */
static int literal_value(const struct node *n, uint64_t *v)
{
	uint64_t l, r;

	switch (n->kind) {
	case N_INT:
	case N_CHAR:
		*v = (uint64_t)n->ival;
		return 1;
	case N_CAST:
		return literal_value(n->b, v) && *v == 0;
	case N_UNARY:
		if (!literal_value(n->a, &l))
			return 0;
		switch (n->op) {
		case OP_NEG: *v = 0 - l; return 1;
		case OP_PLUS: *v = l; return 1;
		case OP_BNOT: *v = ~l; return 1;
		case OP_LNOT: *v = !l; return 1;
		default: return 0;
		}
	case N_BINARY:
	case N_LOGICAL:
		if (!literal_value(n->a, &l) || !literal_value(n->b, &r))
			return 0;
		switch (n->op) {
		case OP_LOR: *v = l || r; return 1;
		case OP_LXOR: *v = !l != !r; return 1;
		case OP_LAND: *v = l && r; return 1;
		case OP_BOR: *v = l | r; return 1;
		case OP_BXOR: *v = l ^ r; return 1;
		case OP_BAND: *v = l & r; return 1;
		case OP_EQ: *v = l == r; return 1;
		case OP_NE: *v = l != r; return 1;
		case OP_LT: *v = (int64_t)l < (int64_t)r; return 1;
		case OP_LE: *v = (int64_t)l <= (int64_t)r; return 1;
		case OP_GT: *v = (int64_t)l > (int64_t)r; return 1;
		case OP_GE: *v = (int64_t)l >= (int64_t)r; return 1;
		case OP_SHL: *v = l << (r & 63); return 1;
		case OP_SHR: *v = l >> (r & 63); return 1;
		case OP_ADD: *v = l + r; return 1;
		case OP_SUB: *v = l - r; return 1;
		case OP_MUL: *v = l * r; return 1;
		case OP_DIV: *v = r ? l / r : 0; return r != 0;
		case OP_MOD: *v = r ? l % r : 0; return r != 0;
		default: return 0;
		}
	default:
		return 0;
	}
}

static struct node *mk2(struct dtc *dx, enum node_kind k, int op, struct node *a,
			struct node *b, struct loc loc)
{
	struct node *n = node_new(dx, k, loc);
	uint64_t v;

	/* dt_node_op1/2/3() make the node once bison has read the token
	 * after the last operand: dtrace says its line (dn_line) */
	if (k == N_BINARY || k == N_LOGICAL || k == N_COND || k == N_ASSIGN || k == N_UNARY)
		n->loc = loc_after_lookahead(dx, loc);
	n->op = op;
	n->a = a;
	n->b = b;
	/* dt_node_op2() refuses a division by a constant 0 as it builds it,
	 * x /= 0 as well, before any other check */
	if ((op == OP_DIV || op == OP_MOD || op == OP_DIV_ASSIGN || op == OP_MOD_ASSIGN) &&
	    (k == N_BINARY || k == N_ASSIGN) && b && literal_value(b, &v) && v == 0)
		diag_error(dx, n->loc, "D_DIV_ZERO", "expression contains division by zero");
	return n;
}

/*
 * The callee of a call: D calls only functions by name.  Any other callee
 * gets the name "", which check_call() (sema_call.c) reports as DTrace's
 * dt_node_func() does ("function designator is not of function type",
 * D_FUNC_IDENT); an aggregation's name is an identifier, of no function.  Not here: DTrace declares types as it parses, so an
 * error in an earlier declaration (D_DECL_INCOMPLETE ...) comes first, and
 * dtc declares them in sema.
 */
static const char *call_name(struct dtc *dx, struct node *callee)
{
	if (callee->kind == N_AGG) { /* an identifier too, "@name" (dt_node_ident()) */
		const char *name = callee->str;
		size_t n = strlen(name);
		char *s = arena_alloc(dx, n + 2);

		s[0] = '@';
		memcpy(s + 1, name, n + 1);
		return s;
	}
	return callee->kind == N_IDENT ? callee->str : "";
}

/* Every call in the order it is reduced: dt_node_func() checks each one as
 * it is built, a call in a statement that a later syntax error cuts short
 * too (sema_parse.c sema_parse_orphans()). */
static void note_call(struct dtc *dx, struct node *call)
{
	if (dx->nparse_calls == dx->parse_calls_cap) { /* in the arena: freed with it */
		struct node **nc;

		dx->parse_calls_cap = dx->parse_calls_cap ? dx->parse_calls_cap * 2 : 16;
		nc = arena_alloc(dx, sizeof(*nc) * dx->parse_calls_cap);
		if (dx->nparse_calls)
			memcpy(nc, dx->parse_calls, sizeof(*nc) * dx->nparse_calls);
		dx->parse_calls = nc;
	}
	dx->parse_calls[dx->nparse_calls++] = call;
}

/* Append derivation d at the base-type end of declarator decl's chain. */
static void dtype_append(struct node *decl, struct node *d)
{
	struct node **pp = &decl->a;
	while (*pp)
		pp = &(*pp)->b;
	*pp = d;
}

static struct node *clause_new(struct dtc *dx, struct node *pdescs, struct node *pred,
			       struct node *body, struct loc loc)
{
	struct node *c = node_new(dx, N_CLAUSE, loc);
	c->a = pdescs;
	c->b = pred;
	c->c = body;
	return c;
}
}

%define api.pure full
/* Default reductions only in consistent states: the lex_begin() calls after
 * a closing '}' or ';' still run before the next token is scanned, and an
 * error inside a block is caught before "statements error" is reduced, so
 * recovery resumes at the next ';' or '}' of that block. */
%define lr.default-reduction most
%define api.location.type {struct loc}
%locations
%parse-param {struct dtc *dx}
%param {yyscan_t scanner}
%expect 0

%initial-action {
	@$.file = yyget_extra(scanner)->file;
	@$.off = 0;
	@$.len = 0;
}

%union {
	struct node *n;
	struct nlist l;
	const char *s;
	int i;
	struct specs *sp;
	struct tspec ts;
}

%token <s> IDENT TNAME
%token <n> PSPEC INT FLOAT CHAR STRING MACRO AGG
%token PTR "->" INC "++" DEC "--" SHL "<<" SHR ">>" LE "<=" GE ">=" EQ "==" NE "!="
%token LAND "&&" LOR "||" LXOR "^^" ELLIPSIS "..."
%token MUL_ASSIGN "*=" DIV_ASSIGN "/=" MOD_ASSIGN "%=" ADD_ASSIGN "+=" SUB_ASSIGN "-="
%token SHL_ASSIGN "<<=" SHR_ASSIGN ">>=" AND_ASSIGN "&=" XOR_ASSIGN "^=" OR_ASSIGN "|="
%token EPRED
%token K_AUTO K_BREAK K_CASE K_CHAR K_CONST K_CONTINUE K_COUNTER K_DEFAULT K_DO
%token K_DOUBLE K_ELSE K_ENUM K_EXTERN K_FLOAT K_FOR K_GOTO K_IF K_IMPORT K_INLINE
%token K_INT K_LONG K_OFFSETOF K_PROBE K_PROVIDER K_REGISTER K_RESTRICT K_RETURN
%token K_SELF K_SHORT K_SIGNED K_SIZEOF K_STATIC K_STRING K_STRINGOF K_STRUCT
%token K_SWITCH K_THIS K_TRANSLATOR K_TYPEDEF K_UNION K_UNSIGNED K_VOID K_VOLATILE
%token K_WHILE K_XLATE

%precedence IFX
%precedence K_ELSE

%type <n> external_declaration probe_definition probe_specifier
%type <n> declaration inline_definition translator_definition translator_member
%type <n> provider_definition provider_probe
%type <l> probe_specifier_list probe_specifiers statement_list statements
%type <l> translator_member_list provider_probe_list
%type <n> statement
%type <n> expression assignment_expression conditional_expression constant_expression
%type <n> logical_or_expression logical_xor_expression logical_and_expression
%type <n> inclusive_or_expression exclusive_or_expression and_expression
%type <n> equality_expression relational_expression shift_expression
%type <n> additive_expression multiplicative_expression cast_expression
%type <n> unary_expression postfix_expression primary_expression
%type <l> argument_expression_list
%type <i> assignment_operator unary_operator storage_class_specifier
%type <i> c_storage_class_specifier
%type <i> type_qualifier struct_or_union type_qualifier_list
%type <sp> declaration_specifiers specifier_qualifier_list parameter_declaration_specifiers
%type <ts> type_specifier
%type <n> struct_or_union_specifier enum_specifier enumerator
%type <l> struct_declaration_list enumerator_list struct_declarator_list
%type <l> init_declarator_list parameter_list parameter_type_list
%type <n> struct_declaration struct_declarator parameter_declaration
%type <n> declarator direct_declarator abstract_declarator direct_abstract_declarator
%type <n> pointer array_suffix function_suffix type_name
%type <s> any_ident

%destructor { CUT(CUT_SPECS, NULL, $$, NULL, 0); } declaration_specifiers specifier_qualifier_list
%destructor { CUT(CUT_DECLS, $$.head, NULL, NULL, 0); } init_declarator_list
%destructor { CUT(CUT_MDECLS, $$.head, NULL, NULL, 0); } struct_declarator_list
%destructor { CUT(CUT_MEMBERS, $$.head, NULL, NULL, 0); } struct_declaration_list
%destructor { CUT(CUT_ENUMS, $$.head, NULL, NULL, 0); } enumerator_list
%destructor { CUT(CUT_SOU, NULL, NULL, NULL, $$); } struct_or_union
%destructor { CUT(CUT_IDENT, NULL, NULL, $$, 0); } any_ident
%destructor { CUT(CUT_PDESCS, $$.head, NULL, NULL, 0); } probe_specifiers probe_specifier_list
%destructor { CUT(CUT_STMTS, $$.head, NULL, NULL, 0); } statements statement_list

%%

translation_unit:
		%empty
	|	translation_unit external_declaration {
			if ($2)
				parse_append(scanner, $2);
		}
	;

external_declaration:
		probe_definition
	|	declaration
	|	inline_definition
	|	translator_definition
	|	provider_definition
	;

/*
 * Probe clauses.  As in DTrace, a description with neither predicate nor
 * actions is refused when reading a program (YYERROR ends the parse).
 * These rules reduce on any token; one that cannot follow is the syntax
 * error the parser would have found without reducing.
 */

probe_definition:
		probe_specifiers {
			/* dtrace -n/-P/-m/-f text (not a file) may be a bare
			 * description: the default action, as DTrace accepts
			 * `dtrace -n BEGIN` */
			if (item_start(yychar) &&
			    !strcmp(dx->files[@1.file].name, "<command-line>")) {
				$$ = clause_new(dx, $1.head, NULL, NULL, @1);
				/* the next clause's descriptions: dt_node_clause()'s
				 * yybegin(YYS_CLAUSE) ("BEGIN END nosuch") */
				lex_begin(scanner, LEX_OUTER);
			} else {
				bodyless(dx, scanner, &yylloc, yychar, @1, $1.head, @1,
					 "expected predicate and/or actions following probe description");
				YYERROR;
			}
		}
	|	probe_specifiers '{' statement_list '}' {
			$$ = clause_new(dx, $1.head, NULL, $3.head, @$);
			lex_begin(scanner, LEX_OUTER);
		}
	|	probe_specifiers '/' expression EPRED {
			bodyless(dx, scanner, &yylloc, yychar, @1, $1.head, @3,
				 "expected actions { } following probe description and predicate");
			YYERROR;
		}
	|	probe_specifiers '/' expression EPRED '{' statement_list '}' {
			$$ = clause_new(dx, $1.head, $3, $6.head, @$);
			lex_begin(scanner, LEX_OUTER);
		}
	;

probe_specifiers:
		probe_specifier_list { $$ = $1; lex_begin(scanner, LEX_EXPR); }
	;

probe_specifier_list:
		probe_specifier { $$ = nl_one($1); }
	|	probe_specifier_list ',' probe_specifier { $$ = nl_add($1, $3); }
	;

probe_specifier:
		PSPEC { $$ = $1; parse_probe_id(dx, $1); }
	;

/*
 * Statements.  As in DTrace, the last statement of a block may omit its
 * ';' ("BEGIN { exit(0) }").
 */
statement_list:
		statements
	|	statements expression {
			struct node *s = mk(dx, N_EXPR_STMT, @2);
			s->a = $2;
			$$ = nl_add($1, s);
		}
	;

statements:
		%empty { $$.head = $$.tail = NULL; }
	|	statements statement { $$ = nl_add($1, $2); }
	;

statement:
		';' { $$ = mk(dx, N_EMPTY, @$); }
	|	expression ';' { $$ = mk(dx, N_EXPR_STMT, @$); $$->a = $1; }
	|	'{' statement_list '}' { $$ = mk(dx, N_BLOCK, @$); $$->a = $2.head; }
	|	K_IF '(' expression ')' statement %prec IFX {
			$$ = mk(dx, N_IF, @$);
			$$->a = $3;
			$$->b = $5;
		}
	|	K_IF '(' expression ')' statement K_ELSE statement {
			$$ = mk(dx, N_IF, @$);
			$$->a = $3;
			$$->b = $5;
			$$->c = $7;
		}
	;

/* Expressions, by C's precedence with D's ^^ between || and &&. */

primary_expression:
		IDENT { $$ = mk(dx, N_IDENT, @$); $$->str = $1; }
	|	AGG
	|	MACRO
	|	INT { $$ = $1; parse_int_reduced(dx, $$); }
	|	FLOAT
	|	CHAR
	|	STRING
	|	K_SELF { $$ = mk(dx, N_IDENT, @$); $$->str = "self"; }
	|	K_THIS { $$ = mk(dx, N_IDENT, @$); $$->str = "this"; }
	|	'(' expression ')' { $$ = $2; }
	;

postfix_expression:
		primary_expression
	|	postfix_expression '[' argument_expression_list ']' {
			$$ = mk2(dx, N_INDEX, OP_NONE, $1, $3.head, @$);
		}
	|	postfix_expression '(' ')' {
			$$ = mk(dx, N_CALL, @$);
			$$->str = call_name(dx, $1);
			$$->e = *$$->str ? NULL : $1; /* for D_FUNC_IDENT's position */
			note_call(dx, $$);
		}
	|	postfix_expression '(' argument_expression_list ')' {
			$$ = mk(dx, N_CALL, @$);
			$$->a = $3.head;
			$$->str = call_name(dx, $1);
			$$->e = *$$->str ? NULL : $1;
			note_call(dx, $$);
		}
	|	postfix_expression '.' any_ident {
			$$ = mk2(dx, N_MEMBER_OF, OP_NONE, $1, NULL, @$);
			$$->str = $3;
		}
	|	postfix_expression "->" any_ident {
			$$ = mk2(dx, N_PTR_MEMBER, OP_NONE, $1, NULL, @$);
			$$->str = $3;
		}
	|	postfix_expression "++" { $$ = mk2(dx, N_INCDEC, OP_POSTINC, $1, NULL, @$); }
	|	postfix_expression "--" { $$ = mk2(dx, N_INCDEC, OP_POSTDEC, $1, NULL, @$); }
	|	K_OFFSETOF '(' type_name ',' any_ident ')' {
			$$ = mk2(dx, N_OFFSETOF, OP_NONE, $3, NULL, @$);
			$$->str = $5;
		}
	|	K_XLATE '<' type_name '>' '(' expression ')' {
			$$ = mk2(dx, N_XLATE, OP_NONE, $3, $6, @$);
		}
	;

argument_expression_list:
		assignment_expression { $$ = nl_one($1); }
	|	argument_expression_list ',' assignment_expression { $$ = nl_add($1, $3); }
	;

unary_expression:
		postfix_expression
	|	"++" unary_expression { $$ = mk2(dx, N_INCDEC, OP_PREINC, $2, NULL, @$); }
	|	"--" unary_expression { $$ = mk2(dx, N_INCDEC, OP_PREDEC, $2, NULL, @$); }
	|	unary_operator cast_expression { $$ = mk2(dx, N_UNARY, $1, $2, NULL, @$); }
	|	K_SIZEOF unary_expression { $$ = mk2(dx, N_SIZEOF_EXPR, OP_NONE, $2, NULL, @$); }
	|	K_SIZEOF '(' type_name ')' { $$ = mk2(dx, N_SIZEOF_TYPE, OP_NONE, $3, NULL, @$); }
	|	K_STRINGOF unary_expression { $$ = mk2(dx, N_STRINGOF, OP_NONE, $2, NULL, @$); }
	;

unary_operator:
		'&' { $$ = OP_ADDR; }
	|	'*' { $$ = OP_DEREF; }
	|	'+' { $$ = OP_PLUS; }
	|	'-' { $$ = OP_NEG; }
	|	'~' { $$ = OP_BNOT; }
	|	'!' { $$ = OP_LNOT; }
	;

cast_expression:
		unary_expression
	|	'(' type_name ')' cast_expression { $$ = mk2(dx, N_CAST, OP_NONE, $2, $4, @$); }
	;

multiplicative_expression:
		cast_expression
	|	multiplicative_expression '*' cast_expression {
			$$ = mk2(dx, N_BINARY, OP_MUL, $1, $3, @$);
		}
	|	multiplicative_expression '/' cast_expression {
			$$ = mk2(dx, N_BINARY, OP_DIV, $1, $3, @$);
		}
	|	multiplicative_expression '%' cast_expression {
			$$ = mk2(dx, N_BINARY, OP_MOD, $1, $3, @$);
		}
	;

additive_expression:
		multiplicative_expression
	|	additive_expression '+' multiplicative_expression {
			$$ = mk2(dx, N_BINARY, OP_ADD, $1, $3, @$);
		}
	|	additive_expression '-' multiplicative_expression {
			$$ = mk2(dx, N_BINARY, OP_SUB, $1, $3, @$);
		}
	;

shift_expression:
		additive_expression
	|	shift_expression "<<" additive_expression {
			$$ = mk2(dx, N_BINARY, OP_SHL, $1, $3, @$);
		}
	|	shift_expression ">>" additive_expression {
			$$ = mk2(dx, N_BINARY, OP_SHR, $1, $3, @$);
		}
	;

relational_expression:
		shift_expression
	|	relational_expression '<' shift_expression {
			$$ = mk2(dx, N_BINARY, OP_LT, $1, $3, @$);
		}
	|	relational_expression '>' shift_expression {
			$$ = mk2(dx, N_BINARY, OP_GT, $1, $3, @$);
		}
	|	relational_expression "<=" shift_expression {
			$$ = mk2(dx, N_BINARY, OP_LE, $1, $3, @$);
		}
	|	relational_expression ">=" shift_expression {
			$$ = mk2(dx, N_BINARY, OP_GE, $1, $3, @$);
		}
	;

equality_expression:
		relational_expression
	|	equality_expression "==" relational_expression {
			$$ = mk2(dx, N_BINARY, OP_EQ, $1, $3, @$);
		}
	|	equality_expression "!=" relational_expression {
			$$ = mk2(dx, N_BINARY, OP_NE, $1, $3, @$);
		}
	;

and_expression:
		equality_expression
	|	and_expression '&' equality_expression {
			$$ = mk2(dx, N_BINARY, OP_BAND, $1, $3, @$);
		}
	;

exclusive_or_expression:
		and_expression
	|	exclusive_or_expression '^' and_expression {
			$$ = mk2(dx, N_BINARY, OP_BXOR, $1, $3, @$);
		}
	;

inclusive_or_expression:
		exclusive_or_expression
	|	inclusive_or_expression '|' exclusive_or_expression {
			$$ = mk2(dx, N_BINARY, OP_BOR, $1, $3, @$);
		}
	;

logical_and_expression:
		inclusive_or_expression
	|	logical_and_expression "&&" inclusive_or_expression {
			$$ = mk2(dx, N_LOGICAL, OP_LAND, $1, $3, @$);
		}
	;

logical_xor_expression:
		logical_and_expression
	|	logical_xor_expression "^^" logical_and_expression {
			$$ = mk2(dx, N_LOGICAL, OP_LXOR, $1, $3, @$);
		}
	;

logical_or_expression:
		logical_xor_expression
	|	logical_or_expression "||" logical_xor_expression {
			$$ = mk2(dx, N_LOGICAL, OP_LOR, $1, $3, @$);
		}
	;

conditional_expression:
		logical_or_expression
	|	logical_or_expression '?' expression ':' conditional_expression {
			$$ = mk2(dx, N_COND, OP_NONE, $1, $3, @$);
			$$->c = $5;
		}
	;

constant_expression:
		conditional_expression
	;

assignment_expression:
		conditional_expression
	|	unary_expression assignment_operator assignment_expression {
			$$ = mk2(dx, N_ASSIGN, $2, $1, $3, @$);
		}
	;

assignment_operator:
		'=' { $$ = OP_ASSIGN; }
	|	"*=" { $$ = OP_MUL_ASSIGN; }
	|	"/=" { $$ = OP_DIV_ASSIGN; }
	|	"%=" { $$ = OP_MOD_ASSIGN; }
	|	"+=" { $$ = OP_ADD_ASSIGN; }
	|	"-=" { $$ = OP_SUB_ASSIGN; }
	|	"<<=" { $$ = OP_SHL_ASSIGN; }
	|	">>=" { $$ = OP_SHR_ASSIGN; }
	|	"&=" { $$ = OP_AND_ASSIGN; }
	|	"^=" { $$ = OP_XOR_ASSIGN; }
	|	"|=" { $$ = OP_OR_ASSIGN; }
	;

expression:
		assignment_expression
	|	expression ',' assignment_expression { $$ = mk2(dx, N_COMMA, OP_NONE, $1, $3, @$); }
	;

/*
 * Declarations (top level only in D).  A typedef is made known to the
 * scanner's typedef-name test as soon as its ';' is reduced, before the
 * next token is read.
 */
declaration:
		declaration_specifiers ';' {
			$$ = specs_decl(dx, $1, NULL, @$);
			lex_begin(scanner, LEX_OUTER);
		}
	|	declaration_specifiers init_declarator_list ';' {
			struct node *d;
			$$ = specs_decl(dx, $1, $2.head, @$);
			if ($1->storage & DS_TYPEDEF) {
				for (d = $2.head; d; d = d->next)
					if (d->str)
						sema_declare_typedef(dx, d->str);
			}
			lex_begin(scanner, LEX_OUTER);
		}
	;

declaration_specifiers:
		storage_class_specifier { $$ = specs_new(dx, @1); specs_storage(dx, $$, $1, @1); }
	|	type_specifier { $$ = specs_new(dx, @1); spec_type(dx, scanner, $$, $1, @1); }
	|	type_qualifier { $$ = specs_new(dx, @1); $$->quals |= $1; }
	|	declaration_specifiers storage_class_specifier {
			$$ = $1;
			specs_storage(dx, $$, $2, @2);
		}
	|	declaration_specifiers type_specifier { $$ = $1; spec_type(dx, scanner, $$, $2, @2); }
	|	declaration_specifiers type_qualifier {
			$$ = $1;
			$$->quals |= $2;
			$$->loc = loc_span($$->loc, @2);
		}
	;

/* Parameters take C's storage classes only: "self" there would be the
 * start of an expression (array sizes are expressions). */
parameter_declaration_specifiers:
		c_storage_class_specifier { $$ = specs_new(dx, @1); specs_storage(dx, $$, $1, @1); }
	|	type_specifier { $$ = specs_new(dx, @1); spec_type(dx, scanner, $$, $1, @1); }
	|	type_qualifier { $$ = specs_new(dx, @1); $$->quals |= $1; }
	|	parameter_declaration_specifiers c_storage_class_specifier {
			$$ = $1;
			specs_storage(dx, $$, $2, @2);
		}
	|	parameter_declaration_specifiers type_specifier {
			$$ = $1;
			spec_type(dx, scanner, $$, $2, @2);
		}
	|	parameter_declaration_specifiers type_qualifier {
			$$ = $1;
			$$->quals |= $2;
			$$->loc = loc_span($$->loc, @2);
		}
	;

specifier_qualifier_list:
		type_specifier { $$ = specs_new(dx, @1); spec_type(dx, scanner, $$, $1, @1); }
	|	type_qualifier { $$ = specs_new(dx, @1); $$->quals |= $1; }
	|	specifier_qualifier_list type_specifier { $$ = $1; spec_type(dx, scanner, $$, $2, @2); }
	|	specifier_qualifier_list type_qualifier {
			$$ = $1;
			$$->quals |= $2;
			$$->loc = loc_span($$->loc, @2);
		}
	;

storage_class_specifier:
		c_storage_class_specifier
	|	K_SELF { $$ = DS_SELF; }
	|	K_THIS { $$ = DS_THIS; }
	;

c_storage_class_specifier:
		K_AUTO { $$ = DS_AUTO; }
	|	K_REGISTER { $$ = DS_REGISTER; }
	|	K_STATIC { $$ = DS_STATIC; }
	|	K_EXTERN { $$ = DS_EXTERN; }
	|	K_TYPEDEF { $$ = DS_TYPEDEF; }
	;

type_specifier:
		K_VOID { $$.kw = TSK_VOID; $$.n = NULL; }
	|	K_CHAR { $$.kw = TSK_CHAR; $$.n = NULL; }
	|	K_SHORT { $$.kw = TSK_SHORT; $$.n = NULL; }
	|	K_INT { $$.kw = TSK_INT; $$.n = NULL; }
	|	K_LONG { $$.kw = TSK_LONG; $$.n = NULL; }
	|	K_FLOAT { $$.kw = TSK_FLOAT; $$.n = NULL; }
	|	K_DOUBLE { $$.kw = TSK_DOUBLE; $$.n = NULL; }
	|	K_SIGNED { $$.kw = TSK_SIGNED; $$.n = NULL; }
	|	K_UNSIGNED { $$.kw = TSK_UNSIGNED; $$.n = NULL; }
	|	K_STRING { $$.kw = TSK_STRING; $$.n = NULL; }
	|	TNAME {
			$$.kw = 0;
			$$.n = mk(dx, N_TYPESPEC, @1);
			$$.n->op = TK_NAME;
			$$.n->str = $1;
		}
	|	struct_or_union_specifier { $$.kw = 0; $$.n = $1; }
	|	enum_specifier { $$.kw = 0; $$.n = $1; }
	;

type_qualifier:
		K_CONST { $$ = TQ_CONST; }
	|	K_RESTRICT { $$ = TQ_RESTRICT; }
	|	K_VOLATILE { $$ = TQ_VOLATILE; }
	;

any_ident:
		IDENT
	|	TNAME
	;

struct_or_union_specifier:
		struct_or_union '{' struct_declaration_list '}' {
			$$ = sou_new(dx, $1, NULL, $3.head, @$);
		}
	|	struct_or_union any_ident '{' struct_declaration_list '}' {
			$$ = sou_new(dx, $1, $2, $4.head, @$);
		}
	|	struct_or_union any_ident { $$ = sou_new(dx, $1, $2, NULL, @$); }
	;

struct_or_union:
		K_STRUCT { $$ = TK_STRUCT; }
	|	K_UNION { $$ = TK_UNION; }
	;

struct_declaration_list:
		struct_declaration { $$ = nl_one($1); }
	|	struct_declaration_list struct_declaration { $$ = nl_add($1, $2); }
	;

struct_declaration:
		specifier_qualifier_list struct_declarator_list ';' {
			$$ = mk(dx, N_MEMBER, @$);
			$$->a = specs_finish(dx, $1);
			$$->b = $2.head;
		}
	;

struct_declarator_list:
		struct_declarator { $$ = nl_one($1); }
	|	struct_declarator_list ',' struct_declarator { $$ = nl_add($1, $3); }
	;

struct_declarator:
		declarator
	|	':' constant_expression { $$ = mk(dx, N_DECLARATOR, @$); $$->c = $2; }
	|	declarator ':' constant_expression { $$ = $1; $$->c = $3; $$->loc = @$; }
	;

enum_specifier:
		K_ENUM '{' enumerator_list '}' { $$ = sou_new(dx, TK_ENUM, NULL, $3.head, @$); }
	|	K_ENUM '{' enumerator_list ',' '}' {
			$$ = sou_new(dx, TK_ENUM, NULL, $3.head, @$);
		}
	|	K_ENUM any_ident '{' enumerator_list '}' {
			$$ = sou_new(dx, TK_ENUM, $2, $4.head, @$);
		}
	|	K_ENUM any_ident '{' enumerator_list ',' '}' {
			$$ = sou_new(dx, TK_ENUM, $2, $4.head, @$);
		}
	|	K_ENUM any_ident { $$ = sou_new(dx, TK_ENUM, $2, NULL, @$); }
	;

enumerator_list:
		enumerator { $$ = nl_one($1); }
	|	enumerator_list ',' enumerator { $$ = nl_add($1, $3); }
	;

enumerator:
		any_ident { $$ = mk(dx, N_ENUMERATOR, @$); $$->str = $1; }
	|	any_ident '=' constant_expression {
			$$ = mk(dx, N_ENUMERATOR, @$);
			$$->str = $1;
			$$->a = $3;
		}
	;

init_declarator_list:
		declarator { $$ = nl_one($1); }
	|	init_declarator_list ',' declarator { $$ = nl_add($1, $3); }
	;

/*
 * Declarators build an N_DECLARATOR whose `a` chain of N_DTYPE reads from
 * the name toward the base type: "int *a[4]" is ARRAY(4) -> PTR -> int.
 * Suffixes append at the base end; a pointer prefix applies after them.
 */
declarator:
		direct_declarator
	|	pointer direct_declarator {
			$$ = $2;
			dtype_append($$, $1);
			$$->loc = @$;
		}
	;

direct_declarator:
		IDENT { $$ = mk(dx, N_DECLARATOR, @$); $$->str = $1; }
	|	'(' declarator ')' { $$ = $2; $$->loc = @$; }
	|	direct_declarator array_suffix { $$ = $1; decl_array_suffix($$, $2); $$->loc = @$; }
	|	direct_declarator function_suffix {
			$$ = $1;
			dtype_append($$, $2);
			$$->loc = @$;
		}
	;

/* "* const * p": the leftmost '*' is nearest the base type. */
pointer:
		'*' {
			$$ = mk(dx, N_DTYPE, @$);
			$$->op = DT_PTR;
		}
	|	'*' type_qualifier_list {
			$$ = mk(dx, N_DTYPE, @$);
			$$->op = DT_PTR;
			$$->ival = $2;
		}
	|	'*' pointer {
			struct node *p = mk(dx, N_DTYPE, @1);
			struct node **pp = &$2;
			p->op = DT_PTR;
			while (*pp)
				pp = &(*pp)->b;
			*pp = p;
			$$ = $2;
		}
	|	'*' type_qualifier_list pointer {
			struct node *p = mk(dx, N_DTYPE, loc_span(@1, @2));
			struct node **pp = &$3;
			p->op = DT_PTR;
			p->ival = $2;
			while (*pp)
				pp = &(*pp)->b;
			*pp = p;
			$$ = $3;
		}
	;

type_qualifier_list:
		type_qualifier
	|	type_qualifier_list type_qualifier { $$ = $1 | $2; }
	;

array_suffix:
		'[' ']' { $$ = mk(dx, N_DTYPE, @$); $$->op = DT_ARRAY; }
	|	'[' constant_expression ']' {
			$$ = mk(dx, N_DTYPE, @$);
			$$->op = DT_ARRAY;
			$$->a = $2;
		}
	|	'[' parameter_type_list ']' {
			$$ = mk(dx, N_DTYPE, @$);
			$$->op = DT_ARRAY;
			$$->a = $2.head;
		}
	;

function_suffix:
		'(' ')' { $$ = mk(dx, N_DTYPE, @$); $$->op = DT_FUNC; }
	|	'(' parameter_type_list ')' {
			$$ = mk(dx, N_DTYPE, @$);
			$$->op = DT_FUNC;
			$$->a = $2.head;
		}
	;

parameter_type_list:
		parameter_list
	|	"..." {
			struct node *n = mk(dx, N_TYPENAME, @1);
			n->str = "...";
			$$ = nl_one(n);
		}
	|	parameter_list ',' "..." {
			struct node *n = mk(dx, N_TYPENAME, @3);
			n->str = "...";
			$$ = nl_add($1, n);
		}
	;

parameter_list:
		parameter_declaration { $$ = nl_one($1); }
	|	parameter_list ',' parameter_declaration { $$ = nl_add($1, $3); }
	;

/* A parameter may be declared register, no other storage class
 * (DTrace's dt_decl_pop_param(), D_DECL_PARMCLASS). */
parameter_declaration:
		parameter_declaration_specifiers {
			specs_param_class(dx, $1);
			$$ = specs_typename(dx, $1, NULL, @$);
		}
	|	parameter_declaration_specifiers declarator {
			specs_param_class(dx, $1);
			$$ = specs_typename(dx, $1, $2, @$);
		}
	|	parameter_declaration_specifiers abstract_declarator {
			specs_param_class(dx, $1);
			$$ = specs_typename(dx, $1, $2, @$);
		}
	;

/* A type name ends its declaration (dt_decl_pop()): names after it are
 * types again, "translator struct foo < pid_t p >" too, where the struct
 * specifier is reduced only once '<' is read. */
type_name:
		specifier_qualifier_list {
			$$ = specs_typename(dx, $1, NULL, @$);
			yyget_extra(scanner)->spec_named = 0;
		}
	|	specifier_qualifier_list abstract_declarator {
			$$ = specs_typename(dx, $1, $2, @$);
			yyget_extra(scanner)->spec_named = 0;
		}
	;

abstract_declarator:
		pointer { $$ = mk(dx, N_DECLARATOR, @$); $$->a = $1; }
	|	direct_abstract_declarator
	|	pointer direct_abstract_declarator {
			$$ = $2;
			dtype_append($$, $1);
			$$->loc = @$;
		}
	;

direct_abstract_declarator:
		'(' abstract_declarator ')' { $$ = $2; $$->loc = @$; }
	|	direct_abstract_declarator array_suffix {
			$$ = $1;
			decl_array_suffix($$, $2);
			$$->loc = @$;
		}
	|	array_suffix { $$ = mk(dx, N_DECLARATOR, @$); $$->a = $1; }
	|	direct_abstract_declarator function_suffix {
			$$ = $1;
			dtype_append($$, $2);
			$$->loc = @$;
		}
	|	function_suffix { $$ = mk(dx, N_DECLARATOR, @$); $$->a = $1; }
	;

/* inline type name = expr; */
inline_definition:
		K_INLINE declaration_specifiers declarator '=' assignment_expression ';' {
			$$ = mk(dx, N_INLINE, @$);
			$$->ival = $2->storage; /* dt_node_inline(): none is allowed */
			$$->a = specs_finish(dx, $2);
			$$->b = $3;
			$3->b = $5;
			lex_begin(scanner, LEX_OUTER);
		}
	;

/* translator out-type < in-type name > { member = expr; ... }; */
translator_definition:
		K_TRANSLATOR type_name '<' type_name IDENT '>' '{' translator_member_list '}' ';' {
			$$ = mk(dx, N_TRANSLATOR, @$);
			$$->a = $2->a;
			$$->b = $2->b;
			$$->str = $5;
			$$->c = $4->a;
			$$->d = $4->b;
			$$->e = $8.head;
			lex_begin(scanner, LEX_OUTER);
		}
	;

translator_member_list:
		%empty { $$.head = $$.tail = NULL; }
	|	translator_member_list translator_member { $$ = nl_add($1, $2); }
	;

translator_member:
		any_ident '=' assignment_expression ';' {
			$$ = mk(dx, N_XMEMBER, @$);
			$$->str = $1;
			$$->a = $3;
		}
	;

/* provider name { probe name(args) [: (xargs)]; ... }; */
provider_definition:
		K_PROVIDER any_ident '{' provider_probe_list '}' ';' {
			$$ = mk(dx, N_PROVIDER, @$);
			$$->str = $2;
			$$->a = $4.head;
			lex_begin(scanner, LEX_OUTER);
		}
	;

provider_probe_list:
		%empty { $$.head = $$.tail = NULL; }
	|	provider_probe_list provider_probe { $$ = nl_add($1, $2); }
	;

provider_probe:
		K_PROBE any_ident function_suffix ';' {
			struct node *d = mk(dx, N_DECLARATOR, loc_span(@2, @3));
			d->str = $2;
			d->a = $3;
			$$ = mk(dx, N_DECL, @$);
			$$->b = d;
		}
	|	K_PROBE any_ident function_suffix ':' function_suffix ';' {
			struct node *d = mk(dx, N_DECLARATOR, loc_span(@2, @5));
			d->str = $2;
			d->a = $3;
			d->d = $5;
			$$ = mk(dx, N_DECL, @$);
			$$->b = d;
		}
	;

%%

