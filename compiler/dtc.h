/*
 * dtc.h: the compiler's shared state and each pass's public entry point, in
 * pipeline order:
 *
 *   parse (lexer.l, parser.y) -> sema (sema*.c, types.c, btf.c)
 *     -> emit (emit*.c, writes C) -> clang (driver.cpp, BPF ELF in memory)
 *
 * All compiler memory comes from one arena in struct dtc and is released by
 * dtc_free().  Passes report problems with diag_error() and return; the
 * driver stops after any pass that reported an error.
 */
#ifndef DTC_H
#define DTC_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "ast.h"

struct arena_blk;

/* Where "#line N "file"" or a cpp line marker renumbers a file's lines. */
struct src_lineset {
	int off;          /* first byte of the line it numbers */
	int pline;        /* that line's own number in the text */
	int line;         /* its number from then on */
	const char *name; /* the file named (pcb_filetag), or NULL: the file's own */
};

struct src_file {
	const char *name;   /* as shown in diagnostics */
	const char *text;   /* NUL-terminated contents */
	size_t len;
	struct src_lineset *lsets; /* #line directives, in text order */
	unsigned long long macro_ref; /* bit N: $N or $$N referenced here (dtc_macro_ref()) */
	int nlsets, lsets_cap;
};

/* A growable byte buffer allocated with malloc (used for generated text). */
struct strbuf {
	char *s;
	size_t len, cap;
};

/* Options that change how a script compiles (dtc -x / #pragma D option). */
struct dopt {
	const char *name;
	const char *value;  /* "" when set without a value */
	int64_t num;        /* the value as runtime/dt_opt.c parsed it */
	struct loc loc;
	struct dopt *next;
};

/* A "#pragma D attributes" or "binding" naming an identifier (pragma.c): its
 * attributes (runtime/dt_attr.h) or D version, and whether the D library
 * set it. */
struct dpragma_id {
	const char *name;
	int binding;        /* 1: a version binding, 0: attributes */
	int64_t value;      /* the packed attributes, or the version number */
	int dlib;
	struct dpragma_id *next;
};

struct prov_ops;
struct dtc {
	struct arena_blk *arena;
	const struct prov_ops *const *provs; /* the providers (prov.c), installed by the driver */
	int nprovs;

	struct src_file *files;
	int nfiles, files_cap;
	int ndlib_files;              /* files [0, ndlib_files) are the D library (dlib.c) */

	int nerrors;
	int max_errors;
	FILE *diag_out;

	/* inputs */
	const char *script_name;      /* for metadata: "script 'x' matched" */
	const char *btf_path;         /* --btf or NULL for /sys/kernel/btf/vmlinux */
	const char *tracefs;          /* --tracefs or NULL: where syscall args[] types
					 are read (prov_syscall_args.c) */
	struct dopt *opts;            /* -x and pragmas, in order */
	const char *macro_argv[64];   /* $0..$63 bound at compile time (or NULL);
					 DT_MAX_MACROS in dtc_abi.h */
	char macro_lexed[64];         /* $N replaced by its text at compile time (dt_lex.l) */
	int macro_bound;              /* 0, or 1 + number of macro args given to dtc */
	const struct node *macro_undef; /* the first $N/$$N past macro_bound the lexer
					   scanned in the program (dt_lex.l's D_MACRO_UNDEF) */
	int instances;                /* --instances: a description's fifth field is
					 an instance (dt_pdesc.h), not DTrace's
					 "Overspecified probe description" */
	int pdesc_at_load;            /* --pdesc-at-load: descriptions of unknown providers
					 are dtrun's to report (one-step mode) */
	int target_pid;               /* --target-pid N: dtrun's $target, known as it
					 compiles (-1: not, a -c command's) */
	int unused_at_load;           /* --unused-args-at-load: dtrun reports macro
					 arguments never referenced (D_MACRO_UNUSED) */
	unsigned macvars[8];          /* --macro-vars: $pid ... $sid (DT_MACVAR_NAMES) */
	int macvars_known;
	int int_args_lexed;           /* --int-args-lexed: an integer $N argument is the
					 constant it reads as (dtrun's one step), not a
					 load-time parameter */
	int destructive_at_load;      /* --destructive-at-load: dtrun (one-step mode)
					 decides on destructive actions at load, as
					 dtrace does, not dtc */
	const char *probe_ids_out;    /* --probe-ids-out FILE: dtrun resolves a
					 script's probe IDs (lexer.l lex_probe_id()) */
	const char **probe_id_descs;  /* --probe-id N=DESC: the host's probe N ("": none) */
	unsigned long long *probe_ids;
	int nprobe_ids;
	FILE *ids_pending;            /* IDs dtrun has yet to resolve: diagnostics wait */
	const char *pid_descs_out;    /* --pid-descs-out FILE: where dtc notes the pid
					 descriptions of live processes dtrun is to
					 check (prov_pid.c) */
	FILE *pids_pending;           /* noted: diagnostics wait (DTC_EXIT_PID_DESCS) */
	const char **pid_results;     /* --pid-desc-result: what dtrun found of each
					 noted description, "" or "TAG message" */
	int npid_results;
	int npid_checks;              /* the live pid descriptions met so far */
	int dtrace_diags;             /* --dtrace-diags: errors in dtrace(1)'s words,
					 the first only (util.c diag_dtrace) */
	const char **spec_names;      /* --spec-name: each -n as the user wrote it,
					 for "invalid probe specifier NAME" */
	int nspec_names;
	const char *diag_region;      /* "predicate", "action list" or NULL: where
					 sema is, as libdtrace's yylabel() */
	int cg_defer;                 /* sema is in a clause: the errors libdtrace
					 finds as it generates the clause's code wait
					 for its cooking's (util.c diag_cg_flush()) */
	struct cg_diag *cg_diags;
	int ncg_diags, cg_diags_cap;
	struct diag_hold *hold;       /* the diagnostics held now, or NULL */
	struct loc parse_err;         /* the parse's first error (sema_parse_all()) */
	struct node **parse_calls;    /* every call, as the parser reduced it: the
					 ones a syntax error cut out of a statement
					 are checked too (sema_parse.c) */
	int nparse_calls, parse_calls_cap;
	int presyntax;                /* sema of what precedes a syntax error:
					 the declarations DTrace makes as it parses
					 (sema_parse_all()) */
	struct node *combo_item;      /* the declaration of a body a specifier after it
					 does not combine with (parse_decl.c) */
	int cg_noted;                 /* the last error was deferred: its note too */
	int quiet;
	const char *dlib_dir;         /* D library directory, NULL for none */
	struct dpragma_id *pragma_ids; /* #pragma D attributes/binding, latest first */
	int attr_reported;            /* a D_ATTR_MIN was reported (sema_attr.c) */
	int split_nodes;              /* emit: a clause's statements split into functions
					 of this many nodes, 0: not split (bpf_fit.c) */

	/* pass results */
	struct node *program;         /* parse */
	void *sema;                   /* struct sema_state *, owned by sema.c */
	void *types;                  /* struct types_cache *, owned by types.c */
	struct btf *btf;              /* kernel BTF, loaded on demand */
	void *btf_cache;              /* struct btf_cache *, owned by btf.c */
	void *types_sema;             /* struct st_types *, owned by sema_types.c */
	void *inlines;                /* struct st_inline *, owned by sema_inline.c */
	struct strbuf c_out;          /* emit: generated C */

	/* parser/lexer state (reentrant) */
	void *scanner;
	int cur_file;
	int idepth;                   /* #include depth from cpp's line markers (pcb_idepth) */
};

/* util.c */
struct dtc *dtc_new(void);
void dtc_free(struct dtc *dx);
void *arena_alloc(struct dtc *dx, size_t n);   /* zeroed */
char *arena_strdup(struct dtc *dx, const char *s);
char *arena_strndup(struct dtc *dx, const char *s, size_t n);
char *arena_printf(struct dtc *dx, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
struct node *node_new(struct dtc *dx, enum node_kind kind, struct loc loc);
struct loc loc_span(struct loc a, struct loc b);  /* from a's start to b's end */
/* --dtrace-diags: the token after loc, where dtrace(1) reports errors about a
 * node reduced after a lookahead ((type)expr); loc otherwise. */
struct loc loc_after_lookahead(struct dtc *dx, struct loc loc);
/* --dtrace-diags: loc's last character, where dtrace(1) reports errors about
 * a node reduced at its last token (a translator at its ';'); loc otherwise. */
struct loc loc_last_token(struct dtc *dx, struct loc loc);
int dtc_add_file(struct dtc *dx, const char *name, const char *text, size_t len);
/* A file of the D library, or an item parsed from one, rather than the script's. */
int dtc_is_dlib_file(const struct dtc *dx, int file);
void dtc_macro_ref(struct dtc *dx, int file, long n); /* $N used in file: its program's */
int dtc_is_dlib_item(const struct dtc *dx, const struct node *n);

/*
 * Diagnostics: "file:line:col: error: message [TAG]", the source line and a
 * caret under the span.  tag is DTrace's error tag without brackets
 * ("D_SYNTAX") or NULL.
 */
void diag_cg_flush(struct dtc *dx);
/* Diagnostics held back while a part of a clause is checked, to be said in
 * the order DTrace would find them (sema.c check_clause()). */
struct diag_hold {
	FILE *out, *mem;
	char *text;
	size_t len;
	int nerrors0, nerrs;  /* dx->nerrors before; errors found while held */
	const char *tag;      /* the first error's tag ("" for none), or NULL */
	struct loc loc;       /* and where it is */
};
void diag_hold_begin(struct dtc *dx, struct diag_hold *h);
void diag_hold_end(struct dtc *dx, struct diag_hold *h);
void diag_hold_say(struct dtc *dx, struct diag_hold *h, int say);
long diag_cg_first(const struct dtc *dx);
void diag_error_cg(struct dtc *dx, struct loc loc, const char *tag, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void diag_error_cg_at(struct dtc *dx, struct loc loc, struct loc at, const char *tag,
		      const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void diag_error_at(struct dtc *dx, struct loc loc, struct loc at, const char *tag,
		   const char *fmt, ...) __attribute__((format(printf, 5, 6))); /* dtrace's line: at */
void diag_error(struct dtc *dx, struct loc loc, const char *tag, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void diag_note(struct dtc *dx, struct loc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* An error with no source position (options, files): "dtc: error: ..." */
void diag_file(struct dtc *dx, int file, const char *tag, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void diag_plain(struct dtc *dx, const char *tag, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* An error dtrace meets as it enables tracing: "dtrace: could not enable ..." */
void diag_enable(struct dtc *dx, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/*
 * An error libdtrace reports by its errno (EDT_*) rather than as a D
 * compiler error: no tag; dtc points at loc, DTrace's words give no line.
 */
void diag_error_edt(struct dtc *dx, struct loc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void loc_linecol(struct dtc *dx, struct loc loc, int *line, int *col);
/* The file name diagnostics give for loc: a #line's, else its file's. */
const char *loc_file_name(struct dtc *dx, struct loc loc);
/* A #line directive or cpp marker (dt_pragma_line()): from the line that
 * starts at byte off of file on, lines are numbered from line, in name
 * (NULL: the name an earlier #line gave; "": the file's own name). */
void loc_set_line(struct dtc *dx, int file, int off, int line, const char *name);
/* The line number of a line of file that the text numbers pline (#line). */
int loc_mapped_line(struct dtc *dx, int file, int off, int pline);
_Noreturn void dtc_bug_at(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
#define dtc_bug(...) dtc_bug_at(__FILE__, __LINE__, __VA_ARGS__)

void sb_putc(struct strbuf *sb, char c);
void sb_puts(struct strbuf *sb, const char *s);
void sb_putn(struct strbuf *sb, const char *s, size_t n);
void sb_printf(struct strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(struct strbuf *sb, const char *fmt, va_list ap);
void sb_free(struct strbuf *sb);
/* Append s as a C string literal body (escaped, no quotes). */
void sb_put_cstr(struct strbuf *sb, const char *s, size_t len);

/* Deepest nesting of D expressions and statements (lexer.l nest_check()). */
#define DTC_MAX_NEST 1000

/* parse.c / parser.y: parse file index `file` of dx->files, appending its
 * top-level items to dx->program.  Returns 0 or -1 on syntax errors. */
int parse_file(struct dtc *dx, int file);
/* A hook the lexer uses to tell type names from identifiers (the C lexer
 * hack): true when name is a typedef visible to the script. */
int sema_is_typedef_name(struct dtc *dx, const char *name);
int sema_is_scoped_type_name(struct dtc *dx, const char *name); /* obj`name */
/* The parser calls this for each name a script's typedef declares, as soon
 * as the declaration's ';' is parsed, so later tokens see it as a type name.
 * (sema.c implements it.) */
void sema_declare_typedef(struct dtc *dx, const char *name);
/* pragma.c: the lexer calls pragma_scanned() for each "#pragma" line as it
 * is scanned (DTrace checks "#pragma D attributes|binding|depends_on" in its
 * lexer, before any later syntax error); sema_check() calls pragma_check()
 * for each in source order ("#pragma D option"), and pragma_ident() names the
 * identifier an attributes or binding pragma applies to (0: none). */
void pragma_scanned(struct dtc *dx, struct node *n);
void pragma_check(struct dtc *dx, struct node *n);
int pragma_directive(struct dtc *dx, struct loc loc, const char *word, size_t wlen,
		     const char *rest, size_t rlen);
void pragma_linemarker(struct dtc *dx, struct loc loc, const char *s, size_t n);
struct loc pragma_next_line(const struct dtc *dx, struct loc l);
int pragma_ident(const struct node *n, char *word, size_t wsize, char *name, size_t nsize);
/* dlib.c: the D library's files, added before the script's. */
void dlib_load(struct dtc *dx);
/* ast_dump.c: print the tree rooted at n, one node per line, indented
 * (what `dtc -d ast` shows). */
void ast_dump(struct dtc *dx, struct node *n, FILE *out);

/* sema.c */
int sema_check(struct dtc *dx);
/* parse_file() of every file; the errors DTrace finds as it parses before
 * the first syntax error are said before it (sema.c) */
void sema_parse_all(struct dtc *dx);

/* emit.c */
int emit_c(struct dtc *dx);

/* driver.cpp: compile C text to a BPF ELF object in memory.  DTC_C_NAME is
 * the C file's name there (its #line directives name it, emit_line.c). */
#define DTC_C_NAME "dtc_script.bpf.c"
int clang_compile(const char *c_text, size_t len, const char *include_dir,
		  const char *name, int verbose, char **obj, size_t *obj_len, char **errors);
/* bpf_fit.c: whether the object's jumps reach once the verifier has patched
 * it (bpf_fit_reach() > BPF_FIT_REACH: not), and compiling again when not:
 * the stage dtc runs at (0: first; 3: BPF CPU v4), the nodes of D per
 * function it splits clauses into, a copy of a script read from stdin, and
 * dtc run again at the next stage (returns only when there is none). */
#define BPF_FIT_REACH 32767
long bpf_fit_reach(const void *obj, size_t len, long *insns);
int bpf_fit_stage(void);
int bpf_fit_split_nodes(void);
void bpf_fit_keep_stdin(const char *text, size_t len);
void bpf_fit_retry(void);
/* SHA-256 of n bytes as 64 hex digits (driver.cpp, LLVM's implementation). */
void dtc_sha256_hex(const void *p, size_t n, char out[65]);

/* Paths of installed / build-tree resources, resolved at startup. */
const char *dtc_runtime_dir(void);
const char *dtc_dlib_dir(void);

/* Integer constants (lexer.l): the rank of dt_node_int()'s type, its
 * D_INT_OFLOW, raised as the parser reduces one (parse_int_reduced()) */
int lex_int_rank(const struct node *n);
struct node *macvar_const(struct dtc *dx, const char *text, struct loc loc); /* parse_consts.c */
void lex_int_oflow(struct dtc *dx, const struct node *n);
void parse_int_reduced(struct dtc *dx, struct node *n);

#endif
