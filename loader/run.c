/*
 * run.c: the BPF side of dtrun, through libbpf.
 *
 * open (from memory) -> set .rodata load-time parameters -> autoload only the
 * programs some matched clause needs -> load -> attach -> run BEGIN/END
 * programs with BPF_PROG_TEST_RUN -> detach.  libbpf's own messages are
 * captured and shown only with -d libbpf (all) or -d verifier (the verifier
 * log of a rejected program); every failure becomes one dtrace-style line.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/perf_event.h>
#include <sched.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include "dtrun.h"

/* libbpf's messages, kept for -d verifier and for naming the failing program. */
static char lb_log[1 << 16];
static size_t lb_len;
/* the verifier's last words about the program it refused ("The sequence of
 * 8193 jumps is too complex."), kept apart: its log can be longer than
 * lb_log, which keeps only the tail of libbpf's messages */
static char lb_vreason[256];
/* the whole verifier log of the last program refused (libbpf's "PROG LOAD
 * LOG" message), for vlog_report() and -d verifier: lb_log keeps a tail */
static char *lb_vlog;
static int lb_echo;

static int lb_print(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	va_list aq;
	int n;

	if (lb_echo) {
		va_copy(aq, ap);
		vfprintf(stderr, fmt, aq);
		va_end(aq);
	}
	if (level == LIBBPF_DEBUG)
		return 0;
	if (strstr(fmt, "PROG LOAD LOG")) {
		char *m = NULL, *end, *pr, *q;

		va_copy(aq, ap);
		if (vasprintf(&m, fmt, aq) < 0)
			m = NULL;
		va_end(aq);
		/* "...\nREASON\nprocessed N insns (limit ...) ...\n-- END PROG LOAD LOG --" */
		if (m && (end = strstr(m, "-- END PROG LOAD LOG --")) != NULL &&
		    (pr = memmem(m, end - m, "\nprocessed ", 11)) != NULL) {
			for (q = pr; q > m && q[-1] != '\n'; q--)
				;
			snprintf(lb_vreason, sizeof(lb_vreason), "%.*s", (int)(pr - q), q);
		}
		free(lb_vlog);
		lb_vlog = m;
	}
	if (lb_len >= sizeof(lb_log) - 1)
		lb_len = 0; /* keep the tail: the failing program comes last */
	n = vsnprintf(lb_log + lb_len, sizeof(lb_log) - lb_len, fmt, ap);
	if (n > 0)
		lb_len += (size_t)n < sizeof(lb_log) - lb_len ? (size_t)n : sizeof(lb_log) - lb_len - 1;
	return 0;
}

/*
 * dtc_activity (.bss) from dtrun: probes attach one at a time, and a clause
 * that fires before the others are attached may make its process outrun
 * them (raise() at the first syscall, the signal handler's syscalls
 * untraced); dtrace enables all probes at once.  While dtrun attaches,
 * programs see DT_ACTIVITY_WARMUP and return at once (dt_prologue()); then
 * all become ACTIVE together.  Changed only from `from` to `to`.
 */
static int set_activity(struct dtrun *d, uint32_t from, uint32_t to)
{
	struct bpf_map *bss;
	uint32_t size, zero = 0, cur = (uint32_t)-1;
	int off = bpfvar_bss(d->obj, "dtc_activity", &bss, &size);
	char *val;

	if (off < 0 || size < sizeof(uint32_t) || !(val = malloc(bpf_map__value_size(bss))))
		return -1;
	/* nothing else writes .bss meanwhile: no program runs past its prologue */
	if (!bpf_map_lookup_elem(bpf_map__fd(bss), &zero, val)) {
		memcpy(&cur, val + off, sizeof(cur));
		if (cur == from) {
			memcpy(val + off, &to, sizeof(to));
			bpf_map_update_elem(bpf_map__fd(bss), &zero, val, BPF_ANY);
		}
	}
	free(val);
	return (int)cur;
}

static int attach_all(struct dtrun *d);

static int prog_index(const struct bpf_program *prog)
{
	const char *n = bpf_program__name(prog);
	char *end;
	long p;

	if (strncmp(n, "dtc_p", 5) != 0)
		return -1;
	p = strtol(n + 5, &end, 10);
	return *end || end == n + 5 ? -1 : (int)p;
}

static int prog_enabled(const struct dtrun *d, int p)
{
	int i;

	for (i = 0; i < d->meta.npairs; i++)
		if (d->meta.pairs[i].prog == p && d->en.on[i])
			return 1;
	return 0;
}

/* Whether desc (description k of pair i's clause) came earlier in program
 * p's list: each description is named once ("BEGIN", not "BEGIN, BEGIN"). */
static int desc_listed(const struct dtrun *d, int p, int i, const char *desc, int k)
{
	for (int j = 0; j <= i; j++) {
		const struct meta_clause *cl;

		if (d->meta.pairs[j].prog != p || d->meta.pairs[j].clause >= d->meta.nclauses)
			continue;
		cl = &d->meta.clauses[d->meta.pairs[j].clause];
		for (int m = 0; m < (j == i ? k : cl->ndesc); m++)
			if (!strcmp(cl->pdesc[m], desc))
				return 1;
	}
	return 0;
}

/* Whether desc names one of program p's probes on this host (BEGIN, not
 * tick-1s, for BEGIN's program of a clause BEGIN, tick-1s). */
static int desc_reaches(const struct dtrun *d, int p, const char *desc)
{
	char f[DT_PDESC_NFIELDS][DT_PDESC_LEN];

	if (dt_pdesc_split(desc, f) <= 0)
		return 1;
	for (int k = 0; k < d->probes.n; k++)
		if (probes_in_prog(&d->probes.v[k], &d->meta, p) &&
		    probes_desc_match(&d->probes.v[k], f, d->o->instance))
			return 1;
	return 0;
}

/* The descriptions of the clauses a program serves, for messages. */
static void prog_descs(const struct dtrun *d, int p, char *buf, size_t len)
{
	size_t o = 0;
	int i, k;

	buf[0] = '\0';
	for (i = 0; i < d->meta.npairs; i++) {
		const struct meta_clause *cl;

		if (d->meta.pairs[i].prog != p || d->meta.pairs[i].clause >= d->meta.nclauses)
			continue;
		cl = &d->meta.clauses[d->meta.pairs[i].clause];
		for (k = 0; k < cl->ndesc && o < len; k++)
			if (desc_reaches(d, p, cl->pdesc[k]) && !desc_listed(d, p, i, cl->pdesc[k], k))
				o += snprintf(buf + o, len - o, "%s%s", o ? ", " : "",
					      cl->pdesc[k]);
	}
}

/* libbpf's own error numbers (LIBBPF_ERRNO__FORMAT, 4001 ...) in words too. */
static const char *lb_strerror(int err)
{
	static char buf[128];

	if (libbpf_strerror(err, buf, sizeof(buf)) != 0)
		snprintf(buf, sizeof(buf), "%s", strerror(err));
	return buf;
}

/* 1 when a program fires in interrupt context: profile-N, tick-N, cpc. */
static int irq_probes(const struct dtrun *d)
{
	for (int p = 0; p < d->meta.nprogs; p++) {
		int f = d->meta.progs[p].fam;

		if (f == DT_FAM_PROFILE || f == DT_FAM_TICK || f == DT_FAM_CPC)
			return 1;
	}
	return 0;
}

int run_open(struct dtrun *d, const void *img, size_t len, const char *name)
{
	LIBBPF_OPTS(bpf_object_open_opts, oo, .object_name = "dtc");
	struct dtrun_opts *o = d->o;
	struct bpf_program *prog;
	struct bpf_map *rb;
	char btf_path[64];
	int err;

	lb_echo = o->debug_libbpf;
	libbpf_set_print(lb_print);
	/* CO-RE against the kernel types the object names, not all (corebtf.c) */
	if (corebtf_build(img, len, btf_path, sizeof(btf_path)) == 0)
		oo.btf_custom_path = btf_path;
	d->img = img;
	d->imglen = len;
	d->obj = bpf_object__open_mem(img, len, &oo);
	if (!d->obj) {
		err = errno;
		dt_err("failed to open %s: not a valid BPF object: %s%s\n", name, lb_strerror(err),
		       d->meta.modified ? " (it changed after dtc wrote it: its checksum does "
					  "not match)" : "");
		return -1;
	}

	rb = bpf_object__find_map_by_name(d->obj, "dtc_rb");
	if (!rb) {
		dt_err("failed to open %s: no dtc_rb ring buffer: not compiled by dtc\n", name);
		return -1;
	}
	if (o->bufsize && bpf_map__set_max_entries(rb, (unsigned)o->bufsize) != 0) {
		dt_err("failed to set the buffer size to %llu bytes\n",
		       (unsigned long long)o->bufsize);
		return -1;
	}
	/* Load-time parameters (params.c, dtc_abi.h's table) */
	if (params_fill(d))
		return -1;
	if (dynvar_resize(d))
		return -1;
	startup_maps(d->obj, irq_probes(d)); /* hash maps allocated as used (startup.c) */

	/* Programs for probes nothing matched, and ERROR's, are not loaded. */
	bpf_object__for_each_program(prog, d->obj)
	{
		int p = prog_index(prog);

		if (p < 0 || p >= d->meta.nprogs)
			continue;
		if (dt_family(d->meta.progs[p].fam)->run == DT_RUN_CALLED || !prog_enabled(d, p))
			bpf_program__set_autoload(prog, false);
	}
	if (prov_before_load(d)) /* fbt: fentry or kprobes */
		return -1;
	tail_before_load(d); /* a program's parts load with it */
	return 0;
}

/*
 * A kernel variable (`sym, compiler/ksym.c) this kernel cannot give: libbpf
 * finds no BTF variable of that name, or the verifier no address for it
 * (kallsyms without data symbols, CONFIG_KALLSYMS_ALL unset).  1 when log
 * says so and it was reported.
 */
static int ksym_failed(const char *log)
{
	static const char *const pats[] = {
		"failed to find the address for kernel symbol '", /* verifier */
		"extern (var ksym) '",                               /* libbpf */
	};

	for (int i = 0; i < 2; i++) {
		const char *s = strstr(log, pats[i]);
		int n;

		if (!s)
			continue;
		s += strlen(pats[i]);
		n = (int)strcspn(s, "'");
		if (i == 0)
			dt_err("failed to resolve `%.*s: Unknown symbol name (this kernel's "
			       "/proc/kallsyms has no address for it)\n", n, s);
		else
			dt_err("failed to resolve `%.*s: Unknown symbol name (not a variable in "
			       "this kernel's BTF)\n", n, s);
		return 1;
	}
	{ /* a typeless ksym whose name /proc/kallsyms gives several addresses */
		const char *s = strstr(log, "': resolution is ambiguous"), *q = s;

		while (q && q > log && q[-1] != '\'')
			q--;
		if (q && q - 15 >= log && !strncmp(q - 15, "extern (ksym) '", 15)) {
			dt_err("failed to resolve `%.*s: this kernel has several symbols of that "
			       "name (/proc/kallsyms lists more than one address)\n",
			       (int)(s - q), q);
			return 1;
		}
	}
	{ /* a typeless ksym (an extern's symbol): libbpf found no kallsyms address */
		const char *s = strstr(log, "' (strong): not resolved"), *q = s;
		while (q && q > log && q[-1] != '\'')
			q--;
		if (q && q - 8 >= log && !strncmp(q - 8, "extern '", 8)) {
			dt_err("failed to resolve `%.*s: Unknown symbol name (not in this kernel's "
			       "/proc/kallsyms)\n", (int)(s - q), q);
			return 1;
		}
	}
	return 0;
}

/*
 * Variables holding kernel structs (metadata "kvar", compiler/emit_var.c)
 * have the compile host's size: refuse a kernel whose type is larger (or
 * missing) before the verifier would, in one sentence.
 */
static int kvar_check(struct dtrun *d)
{
	struct btf *btf;
	int ret = 0;

	if (!d->meta.nkvars)
		return 0;
	btf = prov_vmlinux_btf(); /* loaded once, shared with the probe table */
	if (!btf)
		return 0; /* libbpf reports the missing BTF itself */
	for (int i = 0; i < d->meta.nkvars && !ret; i++) {
		const struct meta_kvar *kv = &d->meta.kvars[i];
		const char *kind = kv->is_union == 2 ? "typedef" : kv->is_union ? "union" : "struct";
		int id = btf__find_by_name_kind(btf, kv->type,
						kv->is_union == 2 ? BTF_KIND_TYPEDEF :
						kv->is_union ? BTF_KIND_UNION : BTF_KIND_STRUCT);
		long sz = id > 0 ? (long)btf__resolve_size(btf, id) : -1;

		if (id <= 0) {
			dt_err("failed to load the BPF object: %s holds a %s %s, which this "
			       "kernel's BTF does not define\n", kv->var, kind, kv->type);
			ret = -1;
		} else if (sz > kv->size) {
			dt_err("failed to load the BPF object: %s holds a %s %s of %ld bytes as "
			       "compiled, but it is %ld bytes on this kernel: compile the script "
			       "against this kernel's BTF\n", kv->var, kind, kv->type, kv->size, sz);
			ret = -1;
		}
	}
	return ret;
}

/*
 * A map the kernel refuses as too large (a per-CPU value past its 32 KB
 * unit: strings of a large strsize in this-> variables or strtok()'s
 * state): DTrace's words when its own 'mem' map is (dt_bpf.c
 * map_create_error(), dtrace.c's "could not enable tracing").  1 when log
 * says so and it was reported.
 */
static int map_too_big(const char *log, int err)
{
	const char *s = strstr(log, "map '"), *e;

	if (err != E2BIG || !s || !(e = strstr(s + 5, "': failed to create")))
		return 0;
	dt_err("could not enable tracing: failed to create BPF map '%.*s': Too big\n",
	       (int)(e - s - 5), s + 5);
	return 1;
}

/*
 * Before load: a strsize past dtc's, whose strings no per-CPU map value
 * holds (dtc compiled it as DT_MAX_STRSIZE, its tuples as the option's),
 * refused where dtrace refuses its 'mem' map, after the aggs and specs maps
 * and before the dvars map (dt_bpf_gmap_create()).
 */
int run_mem_check(struct dtrun *d)
{
	if (meta_opt_num(&d->meta, "strsize", 256) <= DT_MAX_STRSIZE)
		return 0;
	fflush(d->o->out);
	dt_err("could not enable tracing: failed to create BPF map 'dtc_tmp': Too big\n");
	return -1;
}

/* A kernel older than Linux 6.4, without the iterators a strsize above
 * 1024 loops with (runtime/dt_core.bpf.h DT_FOR()). */
static int no_iters(const char *log)
{
	if (!strstr(log, "extern (func ksym) 'bpf_iter_num_"))
		return 0;
	dt_err("failed to load the BPF object: its string loops at a strsize above 1024 are "
	       "open-coded iterators (bpf_iter_num), which need Linux 6.4 or later; compile "
	       "it with a smaller strsize for this kernel\n");
	return 1;
}

int run_load(struct dtrun *d)
{
	struct bpf_map *stat;
	const char *s;
	int err;

	if (kvar_check(d))
		return -1;
	lb_len = 0;
	lb_log[0] = '\0';
	lb_vreason[0] = '\0';
	free(lb_vlog);
	lb_vlog = NULL;
	err = bpf_object__load(d->obj);
	corebtf_release();
	if (err) {
		char descs[512] = "";
		int p = -1, part = 0;

		err = -err;
		/* libbpf names the failing program: "prog 'dtc_pN': ..." */
		if ((s = strstr(lb_log, "prog 'dtc_p")) != NULL) {
			char name[32];

			p = atoi(s + 11);
			/* a part dtc_pP_tK (tail.c): its clauses from pair "part" K on */
			if (sscanf(s + 6, "%31[a-z0-9_]", name) == 1 && tail_part_of(name, &part) < 0)
				part = 0;
		}
		if (p >= 0)
			prog_descs(d, p, descs, sizeof(descs));
		if (ksym_failed(lb_log) || map_too_big(lb_log, err) || no_iters(lb_log))
			return -1;
		/* the verifier's log is lb_vlog: a log longer than lb_log's tail
		 * leaves lb_log only libbpf's last line, and the refusal read
		 * as a permission problem of the host (EACCES) */
		if (p >= 0 && lb_vlog && d->meta.modified) {
			dt_err("failed to load the program for %s: the kernel verifier rejected "
			       "it; the object changed after dtc wrote it (its checksum does not "
			       "match): compile it again%s\n", descs[0] ? descs : "a clause",
			       d->o->debug_verifier ? "" : " (-d verifier shows the log)");
			if (d->o->debug_verifier && !d->o->debug_libbpf)
				fputs(lb_log, stderr);
		} else if (p >= 0 && err == E2BIG) {
			/* the verifier's size or complexity limits, not a wrong
			 * program: name the clause and its line */
			char loc[300] = "";
			int c = -1, line = 0;

			for (int i = 0, k = 0; i < d->meta.npairs && c < 0; i++) {
				if (d->meta.pairs[i].prog != p)
					continue;
				k = d->meta.pairs[i].part ? d->meta.pairs[i].part : k;
				if (k == part && d->meta.pairs[i].clause < d->meta.nclauses)
					c = d->meta.pairs[i].clause;
			}
			if (c >= 0)
				line = d->meta.clauses[c].cline;
			if (line)
				snprintf(loc, sizeof(loc), " at %s:%d",
					 d->meta.script ? d->meta.script : "line", line);
			/* the clauses of one probe are one program: splitting a
			 * clause lessens neither the maps they name together nor
			 * the verifier's walk of them all; named by its first
			 * statement, as dtrace numbers them (dt_clause_N) */
			dt_err("failed to load the program for %s: the kernel refused dt_clause_%u%s "
			       "as too large or too complex for its verifier (%s); %s\n",
			       descs[0] ? descs : "a clause",
			       c < 0 ? 0 : probes_stmt_id(&d->meta, NULL, (unsigned)c, d->o->instance),
			       loc, lb_vreason[0] ? lb_vreason : strerror(err),
			       strstr(lb_vreason, "number of maps")
				       ? "use fewer associative arrays in the clauses of this probe"
				       : "the clauses of one probe are one program: do less in them "
					 "(string subroutines cost the verifier most)");
			if (d->o->debug_verifier && !d->o->debug_libbpf)
				fputs(lb_log, stderr);
		} else if (p >= 0 && lb_vlog) {
			/* x.d:3:2: error: the kernel's verifier rejected this
			 * clause: ... (vlog.c), else the probe it was for */
			if (vlog_report(d, lb_vlog, lb_vreason) != 0)
				dt_err("failed to load the program for %s: the kernel verifier "
				       "rejected it; this is a dtc bug, please report it%s\n",
				       descs[0] ? descs : "a clause",
				       d->o->debug_verifier ? "" : " (-d verifier shows the log)");
			if (d->o->debug_verifier && !d->o->debug_libbpf)
				fputs(lb_vlog ? lb_vlog : lb_log, stderr);
		} else if (err == EPERM || err == EACCES) {
			char caps[64];

			caps_missing(caps, sizeof(caps));
			if (*caps)
				dt_err("failed to load the BPF programs: this process lacks %s, "
				       "which loading and attaching tracing programs needs (run "
				       "dtrun as root, or with CAP_BPF and CAP_PERFMON)\n",
				       caps);
			else if (geteuid() != 0)
				dt_err("failed to load the BPF programs: permission denied; "
				       "run dtrun as root (or with CAP_BPF and CAP_PERFMON)\n");
			else
				dt_err("failed to load the BPF programs: permission denied "
				       "(%s); is BPF restricted on this host "
				       "(kernel.unprivileged_bpf_disabled, lockdown)?\n",
				       strerror(err));
			return -1;
		} else {
			dt_err("failed to load the BPF object: %s%s\n", lb_strerror(err),
			       d->o->debug_libbpf ? "" : " (-d libbpf shows libbpf's messages)");
		}
		return -1;
	}
	if (prov_after_load(d) || kglue_setup(d) || tail_after_load(d))
		return -1;
	startup_warm_maps(d->obj); /* elements ready for interrupt context (startup.c) */
	d->stat_fd = -1;
	stat = bpf_object__find_map_by_name(d->obj, "dtc_stat");
	if (stat)
		d->stat_fd = bpf_map__fd(stat);
	/* objects of dtc before speculation generations (a 16-byte dt_spec)
	 * free a speculation at commit() themselves */
	d->spec_fd = -1;
	stat = bpf_object__find_map_by_name(d->obj, "dtc_spec");
	if (stat && bpf_map__value_size(stat) == sizeof(struct dt_spec))
		d->spec_fd = bpf_map__fd(stat);
	return 0;
}

/*
 * DTrace enables every probe, then fires BEGIN, and the other probes' clauses
 * wait for BEGIN to finish: what BEGIN makes the consumer do (print its
 * records, system()) is traced (builtinvar/tst.errno2.d).  The probes attach
 * while DT_ACTIVITY_WARMUP, BEGIN runs (its programs run in any state,
 * prov_dtrace.c), and all become active unless BEGIN called exit().
 * If it did, dtrace is stopped (END has run, on BEGIN's CPU) when it first
 * reads the buffers, and dt_consume_begin() prints BEGIN's records first,
 * then the others (the ERROR clauses BEGIN's faults fired): begin_split.
 */
int run_begin_attached(struct dtrun *d)
{
	int r;

	set_activity(d, DT_ACTIVITY_ACTIVE, DT_ACTIVITY_WARMUP);
	r = attach_all(d);
	if (!r)
		r = run_family(d, DT_FAM_BEGIN);
	/* not after exit() */
	if (set_activity(d, DT_ACTIVITY_WARMUP, DT_ACTIVITY_ACTIVE) == DT_ACTIVITY_DRAINING)
		d->begin_split = d->begin_exit = 1;
	return r;
}

static int attach_all(struct dtrun *d)
{
	struct bpf_program *prog;
	int pass;

	/*
	 * User-space probes (pid, USDT, dt_probe) first: a kernel probe's
	 * clause may make the traced process call them (raise(), -c), and
	 * they take longest to attach.  They go in reverse: the kernel runs a
	 * uprobe's consumers newest first, and clauses must run in script order.
	 * Return probes go before the others (pass 0): one at a ret is a
	 * uprobe at the address of that instruction's offset probe, and must
	 * run after it, as the return probe fires once the ret has executed
	 * (a uretprobe in DTrace, after the instruction in fasttrap).
	 */
	for (pass = 0; pass < 3; pass++)
	for (prog = pass == 2 ? bpf_object__next_program(d->obj, NULL)
			      : bpf_object__prev_program(d->obj, NULL);
	     prog; prog = pass == 2 ? bpf_object__next_program(d->obj, prog)
				    : bpf_object__prev_program(d->obj, prog))
	{
		int p = prog_index(prog);
		const struct meta_prog *pg;
		int user;

		if (p < 0 || p >= d->meta.nprogs ||
		    (!bpf_program__autoload(prog) && !prov_fbt_twin_loaded(d, p)))
			continue;
		pg = &d->meta.progs[p];
		user = dt_family(pg->fam)->user;
		if (user != (pass < 2) || (user && dt_family(pg->fam)->ret != (pass == 0)))
			continue;
		/* BEGIN, END: run by dtrun; ERROR: called from clauses */
		if (dt_family(pg->fam)->run == DT_RUN_ATTACH && prov_attach(d, prog, p))
			return -1;
	}
	return 0;
}

/* Runs the BEGIN or END programs on this CPU, as the probe would fire, or
 * on -x cpu's CPU, as DTrace runs them there (dt_work.c). */
int run_family(struct dtrun *d, int fam)
{
	struct bpf_program *prog;
	uint64_t ctx[8];

	bpf_object__for_each_program(prog, d->obj)
	{
		int p = prog_index(prog), cpu = d->o->cpu >= 0 ? d->o->cpu : sched_getcpu();
		LIBBPF_OPTS(bpf_test_run_opts, t, .ctx_in = ctx, .ctx_size_in = sizeof(ctx),
			    .flags = BPF_F_TEST_RUN_ON_CPU, .cpu = cpu < 0 ? 0 : (unsigned)cpu);

		if (p < 0 || p >= d->meta.nprogs || d->meta.progs[p].fam != fam ||
		    !bpf_program__autoload(prog))
			continue;
		memset(ctx, 0, sizeof(ctx));
		if (bpf_prog_test_run_opts(bpf_program__fd(prog), &t) != 0) {
			dt_err("failed to run the %s probe: %s\n",
			       fam == DT_FAM_BEGIN ? "dtrace:::BEGIN" : "dtrace:::END",
			       strerror(errno));
			return -1;
		}
	}
	return 0;
}

void run_detach(struct dtrun *d)
{
	int i;

	for (i = 0; i < d->nlinks; i++)
		bpf_link__destroy(d->links[i]);
	free(d->links);
	d->links = NULL;
	d->nlinks = 0;
	for (i = 0; i < d->nperf; i++)
		close(d->perf_fds[i]);
	free(d->perf_fds);
	d->perf_fds = NULL;
	d->nperf = 0;
}

void run_close(struct dtrun *d)
{
	corebtf_release();
	run_detach(d);
	if (d->rb)
		ring_buffer__free(d->rb);
	d->rb = NULL;
	bpf_object__close(d->obj);
	d->obj = NULL;
	d->img = NULL;
	free(lb_vlog);
	lb_vlog = NULL;
}
