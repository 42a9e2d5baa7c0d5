/*
 * dtrun.h: shared declarations of dtrun, the loader that runs a dtc object.
 *
 * Pipeline (one file per stage; ARCHITECTURE.md has them all, by layer):
 *   obj.c      check the object's ELF structure (base.c reads it)
 *   meta.c     its ".dtc" metadata (libelf)
 *   probes.c   this host's probes, glob matching of probe descriptions,
 *              per-pair enablings (dtc_on, dtc_sys_on) and match counts
 *   run.c      libbpf: open, load, attach, BEGIN/END, stop (params.c fills
 *              the load-time parameters)
 *   consume.c  ring buffer records -> DTrace's output, errors, drops
 *   main.c     the pipeline, from the command line (cmdline.c, options.c,
 *              compile.c, list.c: cli.h) to the exit status
 * base.h is what every file may use; it uses none of them.
 */
#ifndef DTRUN_H
#define DTRUN_H

#include <stdint.h>
#include <stdio.h>
#include <stddef.h>

#include "../runtime/dtc_abi.h"
#include "../runtime/dt_family.h"
#include "../runtime/dt_pdesc.h"
#include "base.h"

#define DT_MAC_INT 1 /* struct meta macros[]: $N used as an integer */
#define DT_MAC_STR 2 /* $$N used */
#define DT_MAC_LEX 4 /* $N compiled in as its text (struct meta macro_text[]) */

struct bpf_object;
struct bpf_map;
struct bpf_link;
struct ring_buffer;

/* ---- metadata (meta.c) ---- */

enum arg_kind {
	ARG_INT, ARG_UINT, ARG_STR, ARG_PTR,
	ARG_KSTACK,              /* kN: stack() value (dtc_abi.h) */
	ARG_USTACK,              /* UN: ustack() value */
	ARG_KSYM,                /* aN yN mN: sym() func() mod() of a kernel address */
	ARG_USYM,                /* AN YN MN XN: usym() ufunc() umod() uaddr() */
	ARG_RAW,                 /* rN: N bytes of memory (tracemem) */
	ARG_FLOAT,               /* fN: float/double/long double, N bytes of raw bits */
};

struct meta_arg {
	enum arg_kind kind;
	int size;                /* N of iN/uN/sN/pN... (payload bytes) */
	int cap;                 /* M of sN/M: a char array's size, or 0 */
	char letter;             /* the descriptor's letter as written */
};

struct meta_act {
	int clause;              /* clause C the action belongs to */
	char *kind;              /* "printf", "trace", "exit", ... */
	char *fmt;               /* printf format, or "" */
	int nargs;
	struct meta_arg *args;
};

struct meta_agg;

struct meta_clause {
	int ndesc;
	char **pdesc;            /* descriptions as written */
	int *line;               /* source line of each, 0 if unknown */
	int cline;               /* the clause's first line ("cline"), 0 if unknown */
	int has_attr;            /* "cattr": its stability attributes (dt_attr.h) */
	int desc_attr, stmt_attr;
	int input;               /* "cinput": its program in meta.inputs[] (when several) */
};

/* "input": one of several programs compiled together (-s, -n...), in order */
struct meta_input {
	int script;              /* a script, else a description (-n -P -m -f) */
	char *name;              /* the script's path, or the option's text */
	unsigned long long macros; /* bit N: it uses $N or $$N ("imacros") */
	int endline;             /* a script's last line ("endline"), else 0 */
};

struct meta_prog {
	int fam;                 /* DT_FAM_* (dt_family.h), -1 if unknown */
	char *str;               /* probe name for profile/tick */
};

struct meta_pair {
	int prog;                /* P */
	int clause;              /* C */
	int dsc_off, dsc_rows, dsc_k; /* "dsc": its rows in dtc_dsc[]; dsc_k 0: none */
	int part;                /* "part": the first clause of part K of P's program */
};

struct meta_opt {
	char *name;
	char *val;
};

/* "kvar": a variable holding a kernel struct or union (run.c checks its size) */
struct meta_kvar {
	char *var;               /* "self->tsk" */
	int is_union;            /* 1 union, 2 typedef (of an anonymous struct/union) */
	char *type;              /* the tag, "task_struct" */
	long size;               /* storage bytes compiled in */
};

struct meta {
	int version;
	uint32_t sum;            /* "sum" line: the object's CRC-32 */
	size_t sum_off;          /* its digits' offset in the object, 0 if none */
	int modified;            /* the sum does not match: changed since dtc */
	char *script;            /* "script" line, or NULL */
	int endline;             /* program 0's last line, a script's ("endline") */
	char *dtc_version;       /* "dtc" line: the compiler's version, or NULL */
	char *source_sha256;     /* "source sha256": the D source's hash, or NULL */
	struct meta_opt *opts;
	int nopts;
	int macros[DT_MAX_MACROS]; /* DT_MAC_INT ($N) | DT_MAC_STR ($$N) | DT_MAC_LEX, per N */
	char *macro_text[DT_MAX_MACROS]; /* DT_MAC_LEX: the argument dtc was given */
	int nmacro_max;          /* highest N in a "macro" line */
	int target;              /* $target used */
	struct meta_clause *clauses;
	int nclauses;
	struct meta_input *inputs; /* two or more, or none */
	int ninputs;
	int imacros;             /* inputs[].macros are known (an "imacros" line) */
	struct meta_prog *progs; /* indexed by P */
	int nprogs;
	struct meta_pair *pairs; /* indexed by I */
	int npairs;
	struct meta_act *acts;   /* indexed by A */
	int nacts;
	struct meta_agg *aggs;   /* indexed by aggregation ID (agg.h) */
	int naggs;
	struct meta_ptypes *ptypes; /* print()'s types (print.c) */
	struct meta_kvar *kvars;
	int nkvars;
};

/* ---- the object file (obj.c) ---- */
#define DT_OBJ_MAX_SIZE (256 << 20) /* larger than any object dtc writes (dt_read_file) */
/* The ELF structure libelf and libbpf rely on: 0, or -1 with msg set. */
int obj_check(const void *img, size_t len, char *msg, size_t msglen);
/* Whether the object changed since dtc wrote it (its "sum" line); sets
 * m->modified.  An object without one (older dtc) is taken as unchanged. */
struct meta;
int obj_modified(const void *img, size_t len, struct meta *m);

/* Section `name` of an ELF image (meta.c): 0, -1 not ELF, -2 malformed. */
int meta_elf_section(const void *img, size_t len, const char *name, const char **data,
		     size_t *size);
/* CO-RE relocation records of an image's .BTF.ext (meta.c): 1, 0 none, -1 no .BTF.ext. */
int meta_core_relos(const void *img, size_t len, const unsigned char **recs, uint32_t *rlen,
		    uint32_t *rec);
/* Reads the ".dtc" section of an ELF image; returns 0 or -1 with msg set. */
int meta_read(const void *img, size_t len, struct meta *m, char *msg, size_t msglen);
/* Parses metadata text (exposed for tests). */
int meta_parse(const char *text, struct meta *m, char *msg, size_t msglen);
void meta_free(struct meta *m);
/* A double-quoted metadata string with C escapes, malloc'd; *pp moves past it. */
char *meta_parse_str(const char **pp);
const char *meta_opt(const struct meta *m, const char *name);
/* NAME=VAL (VAL NULL: set without a value) over the object's own: 0, -1 */
int meta_opt_put(struct meta *m, const char *name, const char *val);
int meta_opt_on(const struct meta *m, const char *name, int64_t *v); /* parsed, set */
int64_t meta_opt_num(const struct meta *m, const char *name, int64_t dflt); /* strsize=1k: 1024 */
/* print() and trace() of structs/unions/arrays: the metadata (print_meta.c), the values (print.c) */
int print_meta_line(const char *line, struct meta *m); /* ptype pmember penum print */
void print_meta_free(struct meta *m);
int print_typed_item(FILE *out, const struct meta *m, const struct meta_act *a, unsigned act,
		     const char *payload, size_t len); /* 1: printed */

/* ---- host probes and matching (probes.c) ---- */

struct probe {
	unsigned id;             /* DTrace-style probe ID */
	const char *prov, *mod, *func, *name;
	int fam;                 /* DT_FAM_* (dt_family.h) */
	int key;                 /* syscall number, or prog index P for profile/tick */
	/* provider probes (prov.c) */
	const char *tp;          /* raw tracepoint to attach (tp, rawtp) */
	const char *tp2;         /* tp: its second one (dt_stable_tp2[]), or NULL */
	const char *path;        /* uprobe/USDT: file to attach in */
	uint64_t off;            /* uprobe: file offset */
	int pid;                 /* uprobe/USDT: process, -1 for all */
	const char *usdt_prov;   /* USDT provider name in the note */
	const char *usdt_name;   /* probe name in the note ("__" where name has "-") */
	const char *usdt_args;   /* its stapsdt arguments, "N@LOC ..." (-lv) */
	const char *alias;       /* pid: another name of func's address (a weak
				    alias) that descriptions also match */
	int soft;                /* pid offset probe from a glob: skipped if the
				    kernel refuses a uprobe on its instruction */
	const char *refused;     /* pid: why the kernel refuses a uprobe on the
				    instruction it is at (x86insn.c), or NULL */
	const uint32_t *rets;    /* pid return: offsets of the instructions that
				    leave func (pid_ret.c), owned by the pool */
	int nrets;               /* 0: a uretprobe (func did not decode);
				    -1: none (no instruction leaves func) */
};

struct probes {
	struct probe *v;
	int n;
	int sys_base;            /* index of the first syscall probe, -1 if none */
	int nsys;                /* syscall entry probes (return probes follow) */
	const char **sysname;    /* by syscall number, DT_MAX_SYSCALLS entries */
	unsigned *sys_entry_id;  /* probe ID by syscall number (0 if none) */
	unsigned *sys_return_id;
	int cap;                 /* allocated entries of v */
	char **pool;             /* strings owned by the table (prov.c) */
	int npool;
	int verbose;             /* -lv: listings print each probe's attributes and
				    argument types (probeinfo.c) */
	char dt_probe_why[8192]; /* why sdt:::dt_probe is not here, or "" */
};

/* Matching result, one entry per pair I. */
struct enabling {
	uint8_t *on;             /* dtc_on[I] */
	uint64_t (*sys_mask)[8]; /* dtc_sys_mask[I][] */
	int *clause_matches;     /* per clause: probes matched (sum over descriptions) */
	int total;               /* sum over clauses */
	char unmatched[700];     /* first description matching nothing */
	int unmatched_line;      /* its source line, 0 if unknown */
	int unmatched_clause;    /* its clause */
	char other_inst[700];    /* first description left off: another instance's */
	int (*att)[3];           /* (prog P, probe index, description) to attach:
				    cookie families */
	int natt;
	uint16_t *dsc;           /* dtc_dsc[]: the descriptions that match ("dsc") */
	int ndsc;
};

int probes_build(struct probes *ps, const struct meta *m, int want_syscalls);
void probes_free(struct probes *ps);
void probes_enabling_free(struct enabling *en);
int probes_gmatch(const char *s, const char *p);
int probes_mod_match(const char *mod, const char *pat); /* also up to a dot */
/*
 * Matches every clause's descriptions against the host probes of each of its
 * pairs.  Returns 0, or -1 with en->unmatched set to the first description
 * that matches nothing (unless zdefs).
 */
int probes_match(const struct probes *ps, const struct meta *m, const char *instance,
		 int zdefs, struct enabling *en);
const struct probe *probes_find(const struct probes *ps, const struct meta *m, int prog,
				unsigned key);
void probes_list(const struct probes *ps, FILE *out, char **descs, int ndescs);
void probes_print_info(FILE *out, const struct probe *p);  /* -lv (probeinfo.c) */
/* dtrace -e -v: each description of clauses [c0, c1) and its block (probeinfo.c) */
void probes_stmt_info(const struct probes *ps, const struct meta *m, const char *instance,
		      int c0, int c1, FILE *out);
/* DTrace's statement number (dt_clause_N) of clause c when probe p fired */
unsigned probes_stmt_id(const struct meta *m, const struct probe *p, unsigned c,
			const char *instance);
/* probe p matches description fields f (instance, provider, module, function, name) */
/* Whether probe p is one of program prog's (its family; its name, its key). */
int probes_in_prog(const struct probe *p, const struct meta *m, int prog);
int probes_desc_match(const struct probe *p, char f[DT_PDESC_NFIELDS][DT_PDESC_LEN],
		      const char *instance);
/* one attribute block of -v and -lv reports (probeinfo.c) */
void probeinfo_print_attr(FILE *out, const char *title, int a);
/* dtrace -l -s: the probes the object's enabled clauses match. */
void probes_list_enabled(const struct probes *ps, const struct meta *m, const char *instance,
			 FILE *out);
void probes_list_instance(const struct probes *ps, FILE *out, char **descs, int ndescs,
			  const char *instance);
/* Appends a probe (growing the table); NULL when out of memory. */
struct probe *probes_add(struct probes *ps, const char *prov, const char *mod, const char *func,
			 const char *name, int fam, int key);

/* ---- provider probes (prov.c) ---- */

struct dtrun_opts;
/* A string the probe table owns. */
const char *prov_str(struct probes *ps, const char *s);
void *prov_keep(struct probes *ps, void *mem); /* the pool frees mem; NULL: freed now */
/* prov_profile.c: the online CPUs' numbers, n of them, or -1 */
int prov_online_cpus(int *cpus, int max);
/* pid_ret.c: offsets of func's instructions that leave it (*sites, malloc'd);
 * 0 when it decodes and has none, -1 when it does not decode */
int pid_return_sites(const char *path, uint64_t off, uint64_t size, uint32_t **sites);
/*
 * Adds this host's probes of the provider families: proc/sched/io, every
 * tracepoint (rawtp, sdt) when want_tp, sdt:::dt_probe, fbt, and the pid and
 * USDT probes the object's descriptions name.  $target in descriptions is
 * replaced by o->target first.  Returns 0 or -1 with a message printed.
 */
int prov_probes_add(struct probes *ps, struct meta *m, const struct dtrun_opts *o, int want_tp);
struct btf;
/* This host's kernel BTF, loaded once (NULL where there is none). */
struct btf *prov_vmlinux_btf(void);
/* tracefs's events directory, or NULL where tracefs is not mounted. */
const char *prov_events_dir(void);
/* -l -p/-c: every USDT probe of process pid. 0, or -1 out of memory. */
int prov_usdt_all(struct probes *ps, const struct dtrun_opts *o, int pid);
/* gen.c: dtrace -h / -G on dtrun's command line run dtc with it; 0 when
 * neither is there, else the exit status */
int dtrun_gen_exec(int argc, char **argv, const char *dtc);
/* dtprobe_static.c: sdt:::dt_probe in the copies of dt_probe() that programs
 * linked with libdtprobe.a carry (not the file shared_path): the -c/-p
 * target's, and with all those of every process running */
int prov_dt_probe_static(struct probes *ps, const struct dtrun_opts *o, const char *shared_path,
			 int all);
/* After "DESC matches nothing": why a probe DESC could match is missing here (prov_ops.why_none). */
void prov_why_none(const struct probes *ps, const char *desc);
struct dtrun;
struct bpf_program;
int prov_attach(struct dtrun *d, struct bpf_program *prog, int p);
/* fbt: fentry targets or kprobe twins; refuses a kernel with neither */
int prov_before_load(struct dtrun *d);
int prov_fbt_twin_loaded(struct dtrun *d, int p);
int prov_after_load(struct dtrun *d);   /* fills dtc_pnames */
int kglue_setup(struct dtrun *d);       /* the tracer's kernel frames (kglue.c) */
/* tail.c: a program's parts, reached by tail calls (compiler/emit_split.c) */
int tail_part_of(const char *name, int *k);
void tail_before_load(struct dtrun *d);
int tail_after_load(struct dtrun *d);

/* ---- options (options.c, cmdline.c) ---- */

/* A -c or -p process, started or grabbed (main.c): pid descriptions name it
 * before a -c child's exec by its command (uproc.c). */
struct tproc {
	int pid;
	const char *cmd;         /* -c's command; NULL for -p */
};

struct dtrun_opts {
	int quiet;
	int testing;             /* _DTRACE_TESTING: no CPU/ID columns */
	int zdefs;               /* -Z, -x zdefs: a description may match nothing */
	int zflag;               /* -Z itself (dtrace.c's g_cflags): no probe at all is fine */
	int errtags;             /* -xerrtags */
	int droptags;            /* -xdroptags: [DTRACEDROP_*] before drop reports */
	int rawbytes;            /* -xrawbytes: trace() values, printa() string keys as hex dumps */
	int defaultargs;         /* -xdefaultargs: unset $N are 0 / "" */
	int argref;              /* -xargref: unreferenced macro arguments are fine */
	int destructive;         /* -w, -xdestructive at load time */
	int debug_libbpf;        /* -d libbpf */
	int debug_verifier;      /* -d verifier */
	uint64_t switchrate_ns;
	int switchrate_set;      /* -x switchrate given: records are read only at
				    switch ticks, BEGIN's too (consume.c) */
	uint64_t statusrate_ns;  /* -x statusrate: exit() is seen at the next status tick */
	uint64_t bufsize;
	uint64_t bufsize_req;    /* bufsize as given (bufsize: pages, rounded) */
	uint64_t bufsize_round;  /* bufsize_req rounded up to a power-of-two of pages */
	int bufsize_given;       /* -b or -x bufsize: bufsize_req is the user's */
	int cpu;                 /* -x cpu: the one CPU probes fire on; -1: all */
	uint64_t dynvarsize;     /* -x dynvarsize (or the object's), 0 if neither:
				    bounds assocs and self-> at load (run.c) */
	int dynvarsize_zero;     /* -x dynvarsize=0: no room for any dynamic variable */
	uint64_t aggrate_ns;     /* -x aggrate given: printa() shows a snapshot
				    taken at most once per aggrate (agg.c) */
	int aggsortkey, aggsortrev; /* -x aggsortkey, aggsortrev: printa()'s order */
	int aggsortpos, aggsortkeypos; /* -x aggsortpos=N, aggsortkeypos=N; 0 unset */
	int aggpercpu;           /* -x aggpercpu: printa() shows each CPU's value */
	const char *instance;
	const struct tproc *procs; /* the -c/-p processes, in command-line order */
	int nprocs;
	int evaltime_exec;       /* -x evaltime=exec: the -c command's probes are
				    enabled before it execs, not at its entry
				    point (proc.c) */
	char **macro_args;       /* $1.. */
	int nmacro_args;
	const char *macro0;      /* $0 */
	int target;              /* $target, 0 if none */
	const char *desc_kind;   /* "script" or "description" */
	const char *desc_name;   /* name in messages */
	char **nspecs;           /* -n arguments, for per-description messages */
	int nnspecs;
	char **list_descs;       /* dtrun -l -n: the descriptions listed */
	int nlist_descs;
	FILE *out;
	/* output drivers (out.h) */
	int oformat;             /* OFMT_TEXT, OFMT_JSON: -x oformat, -O */
	int stackfmt_folded;     /* -x stackfmt=folded: stack keys folded (flame.c) */
	const char *folded;      /* --folded FILE (flame.c) */
	const char *flamegraph;  /* --flamegraph FILE.svg (flame.c) */
	const char *metrics;     /* --metrics ADDR:PORT (metrics.c) */
	const char *textfile;    /* --metrics-textfile DIR (metrics.c) */
	int drop_caps;           /* --drop-caps: none left once attached (caps.c) */
};


/* ---- BPF side (run.c) ---- */

struct dtrun {
	struct meta meta;
	struct probes probes;
	struct enabling en;
	struct dtrun_opts *o;
	struct bpf_object *obj;
	const void *img;         /* the object's bytes, while loading (main.c owns them) */
	size_t imglen;
	struct bpf_link **links;
	int nlinks;
	int *perf_fds;
	int nperf;
	struct ring_buffer *rb;
	int stat_fd;
	int spec_fd;               /* dtc_spec, whose drained speculations dtrun frees; -1: none,
				    or an object whose BPF side frees them (spec.c) */

	/* consumer state (consume.c) */
	int heading;             /* header printed */
	int exited;              /* an exit() record was seen */
	int begin_exit;          /* BEGIN called exit(): END runs before BEGIN's records are read */
	int status;              /* exit status */
	char aborted[256];       /* set: processing aborted, and why (consume_abort()) */
	uint64_t *last_stat;     /* per CPU x DT_STAT_NUM, last reported */
	struct agg_state *agg;   /* aggregations (agg.c) */
	int ncpus;
	struct fast_act *fast;   /* per action, decoded once (fastfmt.c) */
	struct consume_fast *cf; /* line buffer, probe-column cache (consume.c) */
	const struct dt_rec_hdr *rec; /* the data record being consumed */
	int begin_split;         /* BEGIN called exit(): its records go first (consume.c) */
	int64_t vmax;            /* dt_vmax, the D version setopt() may only lower; 0: unread */
	int drain_live;          /* probes attached: a pending stop signal ends a drain
				    (consume.c on_ring_record()) */
	uint64_t drain_checked;  /* when that was last checked (ns, monotonic) */
	const uint64_t *rb_pos;  /* the ring's consumer and producer positions, [0] and
				    [page / 8] (read-only mapping; NULL: none) */
	void *rb_pages;          /* that mapping, two pages */
	uint64_t rec_pos;        /* where the record being consumed starts in the
				    ring (UINT64_MAX: unknown), consume.c */
	unsigned drain_delay_ms; /* DTRUN_DRAIN_DELAY_MS: a test's pause after a
				    drain's snapshot, before its records */

	/* what the output drivers and the health metrics report (out.h) */
	uint64_t nrecords;       /* data records consumed */
	uint64_t nerrors;        /* error records (faults) consumed */
	uint64_t drops[DT_STAT_NUM]; /* drops reported so far, summed over CPUs */
	uint64_t spec_cdrops_due;    /* the consumer's speculative drops, for the next status */
	struct out_state *outs;  /* the drivers' state (out_json.c) */
	struct metrics *metrics; /* --metrics, --metrics-textfile (metrics.c) */
};

/* ---- the object's globals (bpfvar.c) and load-time parameters (params.c) ---- */

/* A .rodata variable's size, 0 when the object has none. */
size_t bpfvar_rodata_size(struct bpf_object *obj, const char *name);
/* Sets a .rodata variable before load (at most its size); 0, or -1 if absent. */
int bpfvar_rodata_set(struct bpf_object *obj, const char *name, const void *val, size_t size);
int bpfvar_rodata_get(struct bpf_object *obj, const char *name, void *val, size_t size);
/* A .bss variable's offset in the loaded .bss map (*bss) and its size; -1 if absent. */
int bpfvar_bss(struct bpf_object *obj, const char *name, struct bpf_map **bss, uint32_t *size);
/* Every DT_RODATA_PARAMS parameter the object has, filled (run_open()). */
int params_fill(struct dtrun *d);

/* dynvar.c: a dynvarsize too small for one element of some dynamic variable */
int dynvar_check(struct dtrun *d);
/* dynvar.c: a map of size bytes holds one entry of elem bytes, 2^27 at most */
int gmap_fits(struct dtrun *d, uint64_t size, uint64_t elem, const char *map);
/* dynvar.c: before load, the maps and self-> space sized to o->dynvarsize */
int dynvar_resize(struct dtrun *d);

/* corebtf.c: the kernel types the object's CO-RE relocations need, for
 * btf_custom_path (0 and PATH set, or -1: libbpf reads vmlinux BTF itself) */
int corebtf_build(const void *img, size_t len, char *path, size_t pathlen);
void corebtf_release(void); /* after load: libbpf read it */
/* startup.c: before load, hash maps allocated as used where the kernel allows */
void startup_maps(struct bpf_object *obj, int irq); /* irq: probes in interrupt context */
void startup_warm_maps(struct bpf_object *obj); /* after load: the per-CPU caches filled */

/* Opens the object, sets the ring buffer's size and the load-time
 * parameters, and marks the programs nothing matched not to load. */
int run_open(struct dtrun *d, const void *img, size_t len, const char *name);
/* vlog.c: a verifier rejection as "x.d:LINE:COL: error: ...", from the
 * verifier's log and the object's "sline" lines: 0, or -1 if no D line found */
int vlog_report(struct dtrun *d, const char *log, const char *reason);
int run_mem_check(struct dtrun *d); /* strsize past dtc's: 'dtc_tmp' Too big */
int run_load(struct dtrun *d);
int run_add_link(struct dtrun *d, struct bpf_link *l); /* links.c */
int run_family(struct dtrun *d, int fam);  /* runs BEGIN or END programs */
int run_begin_attached(struct dtrun *d);    /* attach, then BEGIN, then activate */
void run_detach(struct dtrun *d);
void run_close(struct dtrun *d);

/* ---- consumer (consume.c) ---- */

struct dt_val;
/* An item decoded (at most 32 values; free strs[0..n-1]); returns n (fastfmt.c). */
int fast_decode(const struct meta_act *a, const char *payload, size_t len, struct dt_val *vals,
		char **strs);

int consume_init(struct dtrun *d);
void consume_free(struct dtrun *d);
/* The largest bufsize DTrace maps: a perf ring of 1 GiB per CPU (dt_pebs_init()). */
#define DT_BUFSIZE_MAX (1ULL << 30)
/* bufsize too small for the largest record, or too large: DTrace's message, -1. */
int consume_bufsize_check(struct dtrun *d);
/* -x bufsize not given: DTrace's 4 MB, less for a BEGIN/END-only program. */
uint64_t consume_default_bufsize(const struct dtrun *d);
int consume_poll_fd(struct dtrun *d);
struct dt_item;
struct dt_val;
/* A record the C library cannot print ends processing (act_output.c). */
void consume_abort(struct dtrun *d, const char *why);
/* An item printed as the text output does, to d->o->out (and its action
 * carried out: system(), exit(), the aggregation actions ...). */
void consume_print_item(struct dtrun *d, const struct dt_item *it, const char *payload,
			size_t len);
int consume_drain(struct dtrun *d);
/* drops since the last report; status: the speculation and dynamic
 * variable drops too (at each status tick, as dtrace_status() reads them) */
void consume_drops(struct dtrun *d, int status); /* 0, 1: a status tick, 2: the last */

/* ---- dtrun --info (info.c) ---- */

/* What the object img does, nothing loaded: 0, or -1 after a message. */
int info_print(FILE *out, const struct meta *m, const void *img, size_t len, const char *path);

/* ---- capabilities (caps.c) ---- */

/* Which of CAP_BPF/CAP_PERFMON this process lacks, as words, or "". */
void caps_missing(char *buf, size_t len);
/* --drop-caps: every capability dropped for good; 0 or -1 after a message. */
int caps_drop_all(void);

#endif
