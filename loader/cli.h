/*
 * cli.h: dtrun's top layer, what main.c's pipeline calls before and around
 * tracing: the command line (cmdline.c), the options it and the object set
 * (options.c), one-step compilation with dtc (compile.c) and the -l listing
 * modes (list.c).  Nothing below calls these.
 */
#ifndef DTRUN_CLI_H
#define DTRUN_CLI_H

#include <sys/types.h>

#include "dtrun.h"

struct procset;

/* One -c or -p process. */
struct cl_proc {
	const char *cmd;         /* -c's command; NULL for -p */
	pid_t pid;               /* -p's pid */
};

/* The command line, parsed (cmdline.c). */
struct cmdline {
	struct strv ops;         /* operands: OBJECT or script, then $1.. */
	struct strv dtc;         /* dtc's arguments, one step (-s, -n, -x, -C ...) */
	struct strv xopts;       /* -x NAME VALUE pairs in order (VALUE NULL: none) */
	struct strv specs;       /* -n/-P/-m/-f descriptions, completed */
	struct strv shown;       /* the same as the user wrote them, for messages */
	const char *spec_err;    /* the first -P/-m/-f description dtrun could not
				    read: dtrace's message (compile.c's dtc says it) */
	struct strv owned;       /* strings made here, freed by cmdline_free() */
	struct strv list_descs;  /* -l -n: the descriptions listed, split (list.c) */
	struct strv shebang;     /* argv with a "#!" line's options split (cmdline.c) */
	const char *ofile;       /* -o */
	struct cl_proc *procs;   /* -c and -p, in command-line order (dtrace's g_psv[]) */
	int nprocs;
	const char *script;      /* -s, or a script given as the first operand */
	int one_step;            /* -s, -n, -P...: dtc compiles first */
	int no_program;          /* -Z with no program: one step, nothing to trace */
	const char *cpp_flag;    /* the first of -C -D -U -I, or NULL */
	int instances;           /* --instance or -M: a description's fifth field is
				    an instance (dtc --instances) */
	int compile_only;        /* -e */
	int list;                /* -l */
	int list_verbose;        /* -v with -l: argument types (dtrace -lv) */
	int dry_run;             /* --dry-run */
	int merge;               /* --merge */
	int check;               /* --check */
	int info;                /* --info */
	int version_mode;        /* -V */
	int buffered;            /* -B */
	int modes;               /* how many of -l -V (dtrace: one of -G -h -l -V) */
	int64_t version;         /* -x version, as dt_opt_version() encodes it; 0: none */
};

/* dtrun's defaults (options.c). */
void opts_init(struct dtrun_opts *o);
/*
 * Parses argv into cl and o: -1 to go on, else the exit status to return
 * (--help, --version, -V, a bad option after its message).
 */
int cmdline_parse(int argc, char **argv, struct cmdline *cl, struct dtrun_opts *o);
/* The first operand without -s/-n: an object, or a script as -s would
 * take it; shifted off the operands.  -1 to go on, else the exit status. */
int cmdline_operand(struct cmdline *cl, const char **objpath);
int operand_is_file(const char *path);
/* -i ID and -n ID: the probe -l numbers ID, as its description (list.c).
 * -1 to go on, else the exit status. */
int list_resolve_ids(struct dtrun *d, struct cmdline *cl);
/* The probe description part of a -n argument (before "{", "/" or ";"). */
const char *cmdline_crop_spec(const char *spec, char *buf, size_t len);
/* The refusal of a probe ID token (dt_pspec_token()'s) given where -P, -m
 * or -f (what) take parts, or anywhere when too large: the message after
 * "invalid probe specifier SPEC: ", in buf; NULL when none. */
const char *cmdline_id_error(const char *tok, size_t n, unsigned long long id, int err, char bad,
			     const char *what, char *buf, size_t len);
/* A probe specifier's next token after p (dt_pspec_token()'s kind, length
 * in *n, value...), at *tp; the blanks before it are written to f.
 * DT_PST_NONE at the end of the descriptions. */
int cmdline_pspec_next(FILE *f, const char *p, const char **tp, size_t *n,
		       unsigned long long *id, int *err, char *bad);
void cmdline_free(struct cmdline *cl);
int cmdline_usage(void);

/* One -x option (from the command line, the object or --merge): 0 or -1
 * after a message. */
int opts_set(struct dtrun_opts *o, const char *name, const char *val);
/* -x options dtrun acts on: the object's, then the command line's (which
 * win); then the output file and macro arguments.  0 or -1 after a message
 * (options.c). */
int opts_apply(struct dtrun *d, const struct cmdline *cl);
int opts_open_output(const struct cmdline *cl, struct dtrun_opts *o);
int opts_check_cpu(const struct dtrun_opts *o);

/*
 * One step: runs dtc on the command line's script or descriptions, writing
 * the object into a memory file; *fd is that file (or -1), path its
 * /dev/fd name.  A script that names probes by ID is compiled twice: dtc
 * notes the IDs, dtrun gives it their descriptions (d's host).  Returns
 * dtc's exit status, -1 if it could not run (compile.c).
 */
int compile_object(struct dtrun *d, const struct cmdline *cl, int *fd, char *path, size_t len);
/* A script's probe IDs dtc noted, as dtc's --probe-id arguments (list.c). */
int list_script_ids(struct dtrun *d, const char *ids, struct strv *av, struct strv *owned);
/* dtc: $DTC if set, else next to dtrun's own executable, else on $PATH. */
const char *compile_dtc_path(char *buf, size_t len);

/* -l without a program: this host's probes (the USDT probes of the -c/-p
 * processes too, made in ps).  Returns the exit status (list.c). */
int list_host(struct dtrun *d, const struct cmdline *cl, struct procset *ps);
/* -l -n DESCS: listed from the host's table, or -1 when some description
 * names probes made on demand (then compiled and listed as -l -s does). */
int list_descs(struct dtrun *d, struct cmdline *cl);

#endif
