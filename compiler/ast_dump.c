/*
 * ast_dump.c: print an AST as an indented tree, one node per line, for
 * `dtc -d ast` and the FileCheck tests under test/lit/parse/.
 *
 * A line reads
 *	<field>: KIND [OP] ["str"] [value] @line:col+len
 * where <field> is the parent's field holding the node (a..e; every element
 * of a list is shown with its list's field), OP is the operator or kind
 * (OP_ADD, TK_STRUCT, DT_PTR), "str" is the node's string escaped as in C,
 * and value is the integer, the string length, or the storage/qualifier
 * bits by name.  The root has no field.
 */
#include <stdio.h>
#include <string.h>

#include "dtc.h"

static const char *kind_name(enum node_kind k)
{
	switch (k) {
	case N_PROGRAM: return "N_PROGRAM";
	case N_CLAUSE: return "N_CLAUSE";
	case N_PDESC: return "N_PDESC";
	case N_PRAGMA: return "N_PRAGMA";
	case N_DECL: return "N_DECL";
	case N_DECLARATOR: return "N_DECLARATOR";
	case N_INLINE: return "N_INLINE";
	case N_TRANSLATOR: return "N_TRANSLATOR";
	case N_XMEMBER: return "N_XMEMBER";
	case N_PROVIDER: return "N_PROVIDER";
	case N_TYPESPEC: return "N_TYPESPEC";
	case N_MEMBER: return "N_MEMBER";
	case N_ENUMERATOR: return "N_ENUMERATOR";
	case N_DTYPE: return "N_DTYPE";
	case N_TYPENAME: return "N_TYPENAME";
	case N_EXPR_STMT: return "N_EXPR_STMT";
	case N_EMPTY: return "N_EMPTY";
	case N_BLOCK: return "N_BLOCK";
	case N_IF: return "N_IF";
	case N_INT: return "N_INT";
	case N_FLOAT: return "N_FLOAT";
	case N_CHAR: return "N_CHAR";
	case N_STRING: return "N_STRING";
	case N_IDENT: return "N_IDENT";
	case N_MACRO: return "N_MACRO";
	case N_AGG: return "N_AGG";
	case N_BINARY: return "N_BINARY";
	case N_LOGICAL: return "N_LOGICAL";
	case N_UNARY: return "N_UNARY";
	case N_INCDEC: return "N_INCDEC";
	case N_ASSIGN: return "N_ASSIGN";
	case N_COND: return "N_COND";
	case N_CALL: return "N_CALL";
	case N_INDEX: return "N_INDEX";
	case N_MEMBER_OF: return "N_MEMBER_OF";
	case N_PTR_MEMBER: return "N_PTR_MEMBER";
	case N_CAST: return "N_CAST";
	case N_SIZEOF_TYPE: return "N_SIZEOF_TYPE";
	case N_SIZEOF_EXPR: return "N_SIZEOF_EXPR";
	case N_OFFSETOF: return "N_OFFSETOF";
	case N_STRINGOF: return "N_STRINGOF";
	case N_XLATE: return "N_XLATE";
	case N_COMMA: return "N_COMMA";
	case N_NKINDS: break;
	}
	return "N_?";
}

static const char *op_name(int op)
{
	static const char *const names[] = {
		[OP_NONE] = "OP_NONE",
		[OP_ADD] = "OP_ADD", [OP_SUB] = "OP_SUB", [OP_MUL] = "OP_MUL",
		[OP_DIV] = "OP_DIV", [OP_MOD] = "OP_MOD",
		[OP_SHL] = "OP_SHL", [OP_SHR] = "OP_SHR", [OP_BAND] = "OP_BAND",
		[OP_BOR] = "OP_BOR", [OP_BXOR] = "OP_BXOR",
		[OP_LT] = "OP_LT", [OP_LE] = "OP_LE", [OP_GT] = "OP_GT", [OP_GE] = "OP_GE",
		[OP_EQ] = "OP_EQ", [OP_NE] = "OP_NE",
		[OP_LAND] = "OP_LAND", [OP_LOR] = "OP_LOR", [OP_LXOR] = "OP_LXOR",
		[OP_NEG] = "OP_NEG", [OP_PLUS] = "OP_PLUS", [OP_BNOT] = "OP_BNOT",
		[OP_LNOT] = "OP_LNOT", [OP_DEREF] = "OP_DEREF", [OP_ADDR] = "OP_ADDR",
		[OP_PREINC] = "OP_PREINC", [OP_PREDEC] = "OP_PREDEC",
		[OP_POSTINC] = "OP_POSTINC", [OP_POSTDEC] = "OP_POSTDEC",
		[OP_ASSIGN] = "OP_ASSIGN", [OP_ADD_ASSIGN] = "OP_ADD_ASSIGN",
		[OP_SUB_ASSIGN] = "OP_SUB_ASSIGN", [OP_MUL_ASSIGN] = "OP_MUL_ASSIGN",
		[OP_DIV_ASSIGN] = "OP_DIV_ASSIGN", [OP_MOD_ASSIGN] = "OP_MOD_ASSIGN",
		[OP_SHL_ASSIGN] = "OP_SHL_ASSIGN", [OP_SHR_ASSIGN] = "OP_SHR_ASSIGN",
		[OP_AND_ASSIGN] = "OP_AND_ASSIGN", [OP_OR_ASSIGN] = "OP_OR_ASSIGN",
		[OP_XOR_ASSIGN] = "OP_XOR_ASSIGN",
	};

	if (op >= 0 && op < (int)(sizeof(names) / sizeof(names[0])) && names[op])
		return names[op];
	return "OP_?";
}

static void put_str(FILE *out, const char *s, size_t len)
{
	struct strbuf sb = { 0 };

	sb_put_cstr(&sb, s, len);
	fprintf(out, " \"%s\"", sb.s ? sb.s : "");
	sb_free(&sb);
}

static void put_bits(FILE *out, int64_t v, const int *bits, const char *const *names, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (v & bits[i])
			fprintf(out, " %s", names[i]);
}

static void dump_line(struct dtc *dx, struct node *n, FILE *out)
{
	static const int ds_bits[] = { DS_EXTERN, DS_STATIC, DS_SELF, DS_THIS,
				       DS_TYPEDEF, DS_REGISTER, DS_AUTO };
	static const char *const ds_names[] = { "extern", "static", "self", "this",
						"typedef", "register", "auto" };
	static const int tq_bits[] = { TQ_CONST, TQ_VOLATILE, TQ_RESTRICT, TS_HAS_BODY };
	static const char *const tq_names[] = { "const", "volatile", "restrict", "body" };
	static const char *const tk_names[] = { "TK_NAME", "TK_STRUCT", "TK_UNION", "TK_ENUM" };
	static const char *const dt_names[] = { "DT_?", "DT_PTR", "DT_ARRAY", "DT_FUNC" };
	int line, col;

	fputs(kind_name(n->kind), out);
	if (n->kind == N_BINARY || n->kind == N_LOGICAL || n->kind == N_UNARY ||
	    n->kind == N_INCDEC || n->kind == N_ASSIGN)
		fprintf(out, " %s", op_name(n->op));
	else if (n->kind == N_TYPESPEC)
		fprintf(out, " %s", n->op >= 0 && n->op <= 3 ? tk_names[n->op] : "TK_?");
	else if (n->kind == N_DTYPE)
		fprintf(out, " %s", n->op >= 0 && n->op <= 3 ? dt_names[n->op] : "DT_?");
	if (n->str)
		put_str(out, n->str, n->kind == N_STRING ? (size_t)n->ival : strlen(n->str));
	if (n->kind == N_INT || n->kind == N_CHAR)
		fprintf(out, " %lld", (long long)n->ival);
	else if (n->kind == N_STRING)
		fprintf(out, " len=%lld", (long long)n->ival);
	else if (n->kind == N_DECL)
		put_bits(out, n->ival, ds_bits, ds_names, 7);
	else if (n->kind == N_TYPESPEC || n->kind == N_DTYPE)
		put_bits(out, n->ival, tq_bits, tq_names, 4);
	loc_linecol(dx, n->loc, &line, &col);
	if (line)
		fprintf(out, " @%d:%d+%d", line, col, n->loc.len);
	fputc('\n', out);
}

static void dump(struct dtc *dx, struct node *n, FILE *out, int depth, char field, int list)
{
	for (; n; n = list ? n->next : NULL) {
		fprintf(out, "%*s", depth * 2, "");
		if (field)
			fprintf(out, "%c: ", field);
		dump_line(dx, n, out);
		dump(dx, n->a, out, depth + 1, 'a', 1);
		dump(dx, n->b, out, depth + 1, 'b', 1);
		dump(dx, n->c, out, depth + 1, 'c', 1);
		dump(dx, n->d, out, depth + 1, 'd', 1);
		dump(dx, n->e, out, depth + 1, 'e', 1);
	}
}

void ast_dump(struct dtc *dx, struct node *n, FILE *out)
{
	dump(dx, n, out, 0, 0, 0);
}
