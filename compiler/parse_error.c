/*
 * parse_error.c: the parser's syntax errors, in DTrace's words (yyerror()),
 * and the clause without a body that its grammar refuses as it reduces.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"
#include "sema.h"

/* What may follow a clause without a body: the end or the next item (the
 * bare rules reduce on any token; the others are syntax errors). */
int item_start(int t)
{
	static const int k[] = { YYEOF, TNAME, PSPEC, K_AUTO, K_CHAR, K_CONST, K_DOUBLE,
		K_ENUM, K_EXTERN, K_FLOAT, K_INLINE, K_INT, K_LONG, K_PROVIDER, K_REGISTER,
		K_RESTRICT, K_SELF, K_SHORT, K_SIGNED, K_STATIC, K_STRING, K_STRUCT, K_THIS,
		K_TRANSLATOR, K_TYPEDEF, K_UNION, K_UNSIGNED, K_VOID, K_VOLATILE };

	for (size_t i = 0; i < sizeof(k) / sizeof(k[0]); i++)
		if (t == k[i])
			return 1;
	return 0;
}

/* A clause without a body: its descriptions were reduced, and checked in
 * DTrace (cut_push()); the error is DTrace's words where the token after
 * may follow a clause, else the syntax error that token is. */
void bodyless(struct dtc *dx, yyscan_t scanner, YYLTYPE *la, int tok, struct loc pd,
	      struct node *pdescs, struct loc at, const char *msg)
{
	struct lexstate *ls = yyget_extra(scanner);

	cut_push(&ls->cut, CUT_PDESCS, pd, pdescs, NULL, NULL, 0);
	if (!item_start(tok)) {
		yyerror(la, dx, scanner, "syntax error");
	} else {
		ls->cut.ok = dx->nerrors == ls->nerrors0;
		diag_error(dx, at, "D_SYNTAX", "%s", msg);
	}
}
/*
 * A name the program or the D library declared before as a variable or an
 * inline (dt_idstack_lookup(&yypcb->pcb_globals) in id_or_type(), which
 * then reads no further): not a typedef name, which is no global.
 */
static int declared_global(struct dtc *dx, const char *t, int len)
{
	char name[128];

	if (*t == '/' || len <= 0 || len >= (int)sizeof(name))
		return 0;
	memcpy(name, t, (size_t)len);
	name[len] = '\0';
	if (sema_is_typedef_name(dx, name))
		return 0;
	for (struct node *it = dx->program ? dx->program->a : NULL; it; it = it->next) {
		if (it->kind == N_INLINE && it->b && it->b->str && !strcmp(it->b->str, name))
			return 1;
		if (it->kind == N_DECL)
			for (struct node *d = it->b; d; d = d->next)
				if (d->str && !strcmp(d->str, name))
					return 1;
	}
	return 0;
}

/*
 * DTrace's wording: syntax error near "tok", where tok is the lookahead
 * token as written.
 */
void yyerror(YYLTYPE *llocp, struct dtc *dx, yyscan_t scanner, const char *msg)
{
	struct lexstate *ls = yyget_extra(scanner);
	const char *t;
	int n;

	if (llocp->off == ls->quiet_off)
		return;
	ls->cut.ok = dx->nerrors == ls->nerrors0; /* bison's own, the parse's first */
	if (strcmp(msg, "memory exhausted") == 0) {
		/* bison's stack (YYMAXDEPTH, 10000 states) filled */
		diag_error(dx, *llocp, "D_SYNTAX",
			   "expressions and statements nest more than %d levels deep", DTC_MAX_NEST);
		return;
	}
	if (strcmp(msg, "syntax error") != 0) {
		diag_error(dx, *llocp, "D_SYNTAX", "%s", msg);
		return;
	}
	/* DTrace's words for a clause missing its body (see probe_definition),
	 * where what follows could be read on (a probe description's
	 * characters, RGX_PSPEC, or digits); a character dt_lex.l has no token
	 * for after a description (BEGIN = 1, x[0] = "a";) is its own error */
	if (ls->prev_tok == PSPEC && llocp->off == ls->cur_loc.off && llocp->off < ls->len &&
	    !isalnum((unsigned char)ls->text[llocp->off]) &&
	    !strchr("-$:_.?*\\[]!", ls->text[llocp->off])) {
		diag_error(dx, *llocp, "D_SYNTAX", "syntax error near \"%c\"", ls->text[llocp->off]);
		return;
	}
	if (ls->prev_tok == PSPEC && llocp->off == ls->cur_loc.off) {
		diag_error(dx, ls->prev_loc, "D_SYNTAX",
			   "expected predicate and/or actions following probe description");
		return;
	}
	if (ls->prev_tok == EPRED && llocp->off == ls->cur_loc.off) {
		diag_error(dx, loc_span(ls->pred_loc, ls->prev_loc), "D_SYNTAX",
			   "expected actions { } following probe description and predicate");
		return;
	}
	if (llocp->len == 0 || llocp->off >= ls->len) {
		diag_error(dx, *llocp, "D_SYNTAX", "syntax error near end of input");
		return;
	}
	t = ls->text + llocp->off;
	if (llocp->off == ls->runon_off && !declared_global(dx, t, llocp->len)) {
		char *r = lex_runon_text(ls, llocp->off, llocp->len);

		diag_error(dx, *llocp, "D_SYNTAX", "syntax error near \"%s\"", r);
		free(r);
		return;
	}
	if (llocp->off == ls->slash_off) {
		/* dt_lex.l's "/" looks ahead with input(), which leaves a NUL
		 * where each blank it skips was, and unput(), which puts the
		 * last character back: yytext is "/" after a blank, else it
		 * runs on to the line's end.  input() counts the newlines it
		 * skips: yylineno is the line of the character put back. */
		struct loc at = *llocp;
		int k = 1;
		char *r;

		while (llocp->off + k < ls->len && t[k] && strchr(" \f\n\r\t\v", t[k]))
			k++;
		at.off += k;
		at.len = 0;
		r = k == 1 ? lex_runon_text(ls, llocp->off, 1) : NULL;
		diag_error_at(dx, *llocp, at, "D_SYNTAX", "syntax error near \"%s\"", r ? r : "/");
		free(r);
		return;
	}
	for (n = 0; n < llocp->len && n < 40 && t[n] != '\n'; n++)
		;
	diag_error(dx, *llocp, "D_SYNTAX", "syntax error near \"%.*s\"", n, t);
}
