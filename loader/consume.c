/*
 * consume.c: turns ring-buffer records into DTrace's output.
 *
 * Last stage of dtrun.  A DT_REC_DATA record is one firing of one clause:
 * dtrace(1) prints the "CPU ID FUNCTION:NAME" heading once, then per record
 * the probe columns, each item (printf, trace, ...) through format.c, and a
 * newline; quiet mode prints only the items (Oracle cmd/dtrace.c: chew() and
 * chewrec()).  DT_REC_ERROR records and the dtc_stat drop counters become
 * DTrace's error and drop messages on stderr.
 */
#include <errno.h>
#include <stdarg.h>
#include <signal.h>
#include <time.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/epoll.h>
#include <sys/mman.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "dt_opt.h"
#include "dtrun.h"
#include "format.h"
#include "agg.h"
#include "spec.h"
#include "actions.h"
#include "stack.h"
#include "sym.h"
#include "fastfmt.h"
#include "out.h"

/* dtrace_faultstr(): DTrace's fault names by DTRACEFLT_* code. */
static const char *fault_str(uint64_t f)
{
	switch (f) {
	case DTRACEFLT_BADADDR: return "invalid address";
	case DTRACEFLT_BADALIGN: return "invalid alignment";
	case DTRACEFLT_ILLOP: return "illegal operation";
	case DTRACEFLT_DIVZERO: return "divide-by-zero";
	case DTRACEFLT_NOSCRATCH: return "out of scratch space";
	case DTRACEFLT_KPRIV: return "invalid kernel access";
	case DTRACEFLT_UPRIV: return "invalid user access";
	case DTRACEFLT_TUPOFLOW: return "tuple stack overflow";
	case DTRACEFLT_BADSTACK: return "bad stack";
	case DTRACEFLT_BADSIZE: return "invalid size";
	case DTRACEFLT_BADINDEX: return "index out of bounds";
	}
	return "unknown fault";
}

/*
 * Oracle's BPF-based DTrace (dt_handle.c, dt_handle_err()) reports a fault as
 *   error in dt_clause_C for probe ID N (prv:mod:fun:prb): FAULT[ (0xADDR)] at BPF pc PC
 * and so do we.  Our error record has no BPF pc; in its place we print the
 * fault site, the line of the generated C (dtc -S) that faulted.  It only
 * locates the fault; the ERROR probe sees the same number as arg3.
 */
static void print_error(struct dtrun *d, const struct dt_rec_hdr *h, const void *payload,
			size_t len)
{
	const struct probe *p = probes_find(&d->probes, &d->meta, h->prog, h->probe);
	unsigned stmt = probes_stmt_id(&d->meta, p, h->clause, d->o->instance);
	struct dt_err_rec e;
	char details[40] = "";

	memset(&e, 0, sizeof(e));
	memcpy(&e, payload, len < sizeof(e) ? len : sizeof(e));
	/* the statement that faulted, where the object says it (dtc_abi.h) */
	if (e.act >> 32)
		stmt = (unsigned)(e.act >> 32) - 1;
	switch (e.fault) {
	case DTRACEFLT_BADADDR:
		if ((int64_t)e.addr == -1)
			break;
		/* fallthrough */
	case DTRACEFLT_BADALIGN:
	case DTRACEFLT_BADSTACK:
	case DTRACEFLT_BADSIZE:
		snprintf(details, sizeof(details), " (0x%llx)", (unsigned long long)e.addr);
		break;
	case DTRACEFLT_BADINDEX:
		snprintf(details, sizeof(details), " (%lld)", (long long)e.addr);
		break;
	}
	if (d->o->oformat != OFMT_TEXT) {
		char m[700];

		snprintf(m, sizeof(m), "error in dt_clause_%u for probe ID %u (%s:%s:%s:%s): %s%s "
			 "at BPF pc %llu", stmt, p ? p->id : 0, p ? p->prov : "?",
			 p ? p->mod : "?", p ? p->func : "?", p ? p->name : "?",
			 fault_str(e.fault), details,
			 (unsigned long long)e.pc);
		out_json_error(d, h, p, e.fault, fault_str(e.fault), e.addr,
			       e.pc, m);
	}
	fflush(d->o->out);
	dt_err("error in dt_clause_%u for probe ID %u (%s:%s:%s:%s): %s%s at BPF pc %llu\n",
	       stmt, p ? p->id : 0, p ? p->prov : "?", p ? p->mod : "?", p ? p->func : "?",
	       p ? p->name : "?", fault_str(e.fault), details,
	       (unsigned long long)e.pc);
}

/*
 * trace() with the rawbytes option: dt_print_trace() hands every value to
 * dt_print_rawbytes(), its record's bytes: an integer's size, a string's
 * strsize + 1 bytes, zero after its NUL.  0 when the value is not one of these.
 */
static int trace_rawbytes(struct dtrun *d, const struct meta_arg *ma, const char *payload,
			  size_t len)
{
	unsigned char buf[DT_MAX_STRSIZE + 1];
	size_t n, i;

	memset(buf, 0, sizeof(buf));
	switch (ma->kind) {
	case ARG_STR:
		n = (size_t)meta_opt_num(&d->meta, "strsize", 256) + 1;
		if (n > sizeof(buf))
			n = sizeof(buf);
		for (i = 0; i < n && i < (size_t)ma->size && i < len && payload[i]; i++)
			buf[i] = (unsigned char)payload[i];
		break;
	case ARG_INT:
	case ARG_UINT:
	case ARG_PTR:
	case ARG_FLOAT:
		n = ma->kind == ARG_PTR ? 8 : (size_t)ma->size;
		if (n > len || n > 16)
			return 0;
		memcpy(buf, payload, n);
		break;
	default:
		return 0;
	}
	stk_print_bytes(d->o->out, buf, n);
	return 1;
}

/* One item: its action's arguments decoded per the descriptors, then printed. */
static void lib_error(struct dtrun *d, const struct dt_rec_hdr *h, const char *msg);
static void setopt_action(struct dtrun *d, const struct dt_rec_hdr *h, const struct dt_val *vals,
			  int n);

void consume_print_item(struct dtrun *d, const struct dt_item *it, const char *payload, size_t len)
{
	struct dt_val vals[32];
	char *strs[32];
	const struct meta_act *a;
	int i, n;

	if (it->act >= (unsigned)d->meta.nacts)
		return;
	a = &d->meta.acts[it->act];
	if (print_typed_item(d->o->out, &d->meta, a, it->act, payload, len))
		return; /* print(), trace() of structs and arrays (print.c) */
	if (strcmp(a->kind, "pcap") == 0 && act_pcap(d->o->out, a, payload, len))
		return; /* act_pcap.c */
	if (stk_print_item(d->o->out, a, payload, len))
		return; /* stacks, symbols, tracemem (stack.c) */
	if (strcmp(a->kind, "trace") == 0 && a->nargs == 1 && d->o->rawbytes &&
	    trace_rawbytes(d, &a->args[0], payload, len))
		return;
	n = fast_decode(a, payload, len, vals, strs);

	if (strcmp(a->kind, "system") == 0) {
		act_system(d->o->out, a->fmt, vals, n,
			   (size_t)meta_opt_num(&d->meta, "strsize", 256)); /* act_system.c */
	} else if (strcmp(a->kind, "freopen") == 0) {
		char why[PATH_MAX + 300];

		if (act_freopen(&d->o->out, a->fmt, vals, n,
				(size_t)meta_opt_num(&d->meta, "strsize", 256), why, sizeof(why)) < 0)
			lib_error(d, d->rec, why); /* the record on_record() is at */
	} else if (strcmp(a->kind, "ftruncate") == 0) {
		act_ftruncate(d->o->out);
	} else if (strcmp(a->kind, "printf") == 0) {
		char err[256];

		int r = dt_format_printf(d->o->out, a->fmt, vals, n, err, sizeof(err));

		if (r == DT_FORMAT_LIBC)
			consume_abort(d, err);
		else if (r < 0)
			dt_err("%s\n", err);
	} else if (strcmp(a->kind, "trace") == 0) {
		/* dt_print_trace(): a float is its bits as an unsigned integer of
		 * its size; a long double (16 bytes) is printed as raw bytes */
		if (n > 0 && vals[0].kind == DT_VAL_FLOAT && vals[0].size > 8)
			stk_print_bytes(d->o->out, (const unsigned char *)vals[0].str, 16);
		else if (n > 0)
			dt_format_trace(d->o->out, &vals[0], d->o->quiet);
	} else if (strcmp(a->kind, "setopt") == 0) {
		setopt_action(d, d->rec, vals, n); /* the record on_record() is at */
	} else if (agg_action(d, a, vals, n)) {
		/* printa clear trunc normalize denormalize (agg.c) */
	} else if (strcmp(a->kind, "exit") == 0) {
		d->status = n > 0 ? (int)(int32_t)vals[0].ival : 0;
		d->exited = 1;
		dtrun_stop = 1;
	}
	/* Other kinds (printa, stack, ...) are printed by later stages. */
	for (i = 0; i < n; i++)
		free(strs[i]);
}

/*
 * The fast path's state: one record is rendered into line and written with
 * one fwrite; the output FILE gets a large buffer, flushed once per drain
 * (consume_drain()) and before anything goes to stderr (dt_err()), so a
 * high event rate costs one write(2) per drain, not per record.  cols
 * caches the "ID FUNCTION:NAME " columns by (program, probe key).
 */
#define COLS_N 64
struct consume_fast {
	struct lbuf line;
	int flowindent;          /* -F: act_output.c prints the columns */
	int epfd;                /* the ring buffer, edge-triggered; -1: libbpf's */
	struct {
		int prog;        /* -1: empty */
		unsigned key;
		char s[300];     /* "%6u %32s " (or "%32s " testing) */
		size_t len;
	} cols[COLS_N];
	char *defer;             /* begin_split: the records held back, each */
	size_t ndefer, capdefer; /* a size_t length and its bytes, 8-aligned */
};

/*
 * A library error of the probe whose record is h (dt_handle.c's
 * dt_handle_liberr()): dtrace's error handler prints it with a newline.
 */
static void lib_error(struct dtrun *d, const struct dt_rec_hdr *h, const char *msg)
{
	const struct probe *p = h ? probes_find(&d->probes, &d->meta, h->prog, h->probe) : NULL;

	fflush(d->o->out);
	dt_err("error in dt_clause_%u for probe ID %u (%s:%s:%s:%s): %s\n",
	       h ? probes_stmt_id(&d->meta, p, h->clause, d->o->instance) : 0,
	       p ? p->id : 0, p ? p->prov : "?", p ? p->mod : "?", p ? p->func : "?",
	       p ? p->name : "?", msg);
}

/*
 * setopt(name[, value]) as dt_consume.c's dt_setopt(): the option is set as
 * dtrace_setopt() sets it while tracing runs (no value: "1"); a run-time
 * option fixed at load, an unknown name or a bad value is reported as a
 * library error of the probe, and tracing goes on.
 */
static void setopt_action(struct dtrun *d, const struct dt_rec_hdr *h, const struct dt_val *vals,
			  int n)
{
	const char *name = n > 0 && vals[0].kind == DT_VAL_STR ? vals[0].str : "";
	const char *val = n > 1 && vals[1].kind == DT_VAL_STR ? vals[1].str : "1";
	int64_t v;
	enum dt_opt_err e = dt_opt_set(name, val, DT_OPTC_ACTIVE, &v);
	const char *why = NULL;

	/* dt_reduce(): the handle's version, which -x version and the
	 * program's pragmas lowered, may only be lowered again */
	if (e == DT_OPTE_OK && !strcmp(name, "version")) {
		const char *was = meta_opt(&d->meta, "version");

		if (!d->vmax && (!was || dt_opt_version(was, &d->vmax) != DT_OPTE_OK))
			d->vmax = (int64_t)2 << 24; /* DT_VERS_LATEST, 2.0 */
		if (v > d->vmax)
			why = "Requested version conflicts with earlier setting";
		else
			d->vmax = v;
	}
	if (e != DT_OPTE_OK || why) {
		char msg[600];

		/* dt_setopt()'s fault ends in "\n", and dtrace's error handler
		 * adds one */
		snprintf(msg, sizeof(msg), "couldn't set option \"%s\" to \"%s\": %s\n", name, val,
			 why ? why : dt_opt_errmsg(e, v));
		lib_error(d, h, msg);
		return;
	}
	/* the dynamic options dtrun acts on; the others change nothing once
	 * the program runs, as in dtrace (aggsort* and the like: agg.c) */
	if (!strcmp(name, "quiet"))
		d->o->quiet = v != DT_OPT_UNSET;
	else if (!strcmp(name, "flowindent"))
		d->cf->flowindent = v != DT_OPT_UNSET;
	else if (!strcmp(name, "rawbytes"))
		d->o->rawbytes = v != DT_OPT_UNSET;
	else if (!strcmp(name, "stackindent"))
		stk_set_indent(v == DT_OPT_UNSET ? -1 : (int)v);
	else if (!strcmp(name, "switchrate") && v > 0)
		d->o->switchrate_ns = (uint64_t)v;
	else if (!strcmp(name, "aggrate") && v > 0)
		d->o->aggrate_ns = (uint64_t)v;
	agg_setopt(d, name, val);
}

/* The probe columns after the CPU: "%6u %32s " as dtrace's chew() prints them. */
static void put_columns(struct dtrun *d, struct lbuf *b, const struct dt_rec_hdr *h)
{
	struct consume_fast *cf = d->cf;
	unsigned slot = (h->prog * 31u + h->probe) % COLS_N;
	const struct probe *p;
	char name[256];
	int n;

	if (cf->cols[slot].prog != h->prog || cf->cols[slot].key != h->probe) {
		p = probes_find(&d->probes, &d->meta, h->prog, h->probe);
		snprintf(name, sizeof(name), "%s:%s", p ? p->func : "?", p ? p->name : "?");
		if (d->o->testing)
			n = snprintf(cf->cols[slot].s, sizeof(cf->cols[slot].s), "%32s ", name);
		else
			n = snprintf(cf->cols[slot].s, sizeof(cf->cols[slot].s), "%6u %32s ",
				     p ? p->id : 0, name);
		if (n < 0)
			n = 0;
		cf->cols[slot].len = (size_t)n < sizeof(cf->cols[slot].s)
					     ? (size_t)n : sizeof(cf->cols[slot].s) - 1;
		cf->cols[slot].prog = h->prog;
		cf->cols[slot].key = h->probe;
	}
	if (!d->o->testing) {
		fast_put_int(b, h->cpu, 3);
		lbuf_put(b, " ", 1);
	}
	lbuf_put(b, cf->cols[slot].s, cf->cols[slot].len);
}

/* Writes the rendered part of the record (before an item the general path prints). */
static void line_flush(struct dtrun *d)
{
	struct lbuf *b = &d->cf->line;

	if (b->len)
		fwrite_unlocked(b->p, 1, b->len, d->o->out);
	b->len = 0;
}

/*
 * dt_consume_begin(): when tracing has stopped by the time dtrace first
 * reads the buffers (BEGIN called exit(), and END ran on BEGIN's CPU), the
 * records of dtrace:::BEGIN and the faults of its clauses are consumed
 * first, then the rest of that buffer in order: the ERROR clauses BEGIN's
 * faults fired, END's records.  Whether r is one of the first.
 */
static int rec_of_begin(struct dtrun *d, const struct dt_rec_hdr *h)
{
	const struct probe *p = probes_find(&d->probes, &d->meta, h->prog, h->probe);

	return p && !strcmp(p->prov, "dtrace") && !strcmp(p->name, "BEGIN");
}

/* Keeps a copy of a record for after BEGIN's; 0, or -1 when out of memory. */
static int defer_record(struct consume_fast *cf, const void *data, size_t size)
{
	size_t need = sizeof(size_t) + ((size + 7) & ~(size_t)7);

	if (cf->ndefer + need > cf->capdefer) {
		size_t cap = cf->capdefer ? cf->capdefer * 2 : 1 << 16;
		char *p;

		while (cap < cf->ndefer + need)
			cap *= 2;
		if (!(p = realloc(cf->defer, cap)))
			return -1;
		cf->defer = p;
		cf->capdefer = cap;
	}
	memcpy(cf->defer + cf->ndefer, &size, sizeof(size));
	memcpy(cf->defer + cf->ndefer + sizeof(size_t), data, size);
	cf->ndefer += need;
	return 0;
}

static int on_record(void *ctx, void *data, size_t size)
{
	struct dtrun *d = ctx;
	const struct dt_rec_hdr *h = data;
	const char *base = data;
	struct lbuf *b = &d->cf->line;
	size_t off;

	if (size < sizeof(*h) || h->size > size || d->aborted[0])
		return 0;
	if (d->begin_split && !rec_of_begin(d, h) && defer_record(d->cf, data, size) == 0)
		return 0;
	if (h->kind == DT_REC_ERROR) {
		d->nerrors++;
		print_error(d, h, base + sizeof(*h), h->size - sizeof(*h));
		return 0;
	}
	if (h->kind == DT_REC_SPEC || h->kind == DT_REC_SPEC_COMMIT ||
	    h->kind == DT_REC_SPEC_DISCARD)
		return spec_record(d, d->spec_fd, data, size, on_record); /* spec.c */
	if (h->kind != DT_REC_DATA)
		return 0;
	d->nrecords++;
	d->rec = h; /* for setopt()'s errors */
	if (d->o->oformat != OFMT_TEXT)
		return out_json_record(d, h, data, consume_print_item); /* out_json.c */

	if (d->cf->flowindent) {
		/* -F: "CPU FUNCTION" and -> / <- indentation (act_output.c),
		 * quiet or not: dtrace's chew() tests quiet only without -F */
		act_flow_columns(d->o->out, d->o->testing, !d->heading, h->cpu, h->clause,
				 probes_find(&d->probes, &d->meta, h->prog, h->probe));
		d->heading = 1;
	}
	if (!d->heading) {
		if (!d->o->quiet) {
			if (d->o->testing)
				fprintf(d->o->out, "%32s\n", "FUNCTION:NAME");
			else
				fprintf(d->o->out, "%3s %6s %32s\n", "CPU", "ID", "FUNCTION:NAME");
		}
		d->heading = 1;
	}
	b->len = 0;
	if (!d->o->quiet && !d->cf->flowindent)
		put_columns(d, b, h);
	for (off = sizeof(*h); off + sizeof(struct dt_item) <= h->size;) {
		const struct dt_item *it = (const void *)(base + off);
		const char *payload = base + off + sizeof(*it);

		if (it->size < sizeof(*it) || off + it->size > h->size)
			break;
		if (!fast_item(d, b, it->act, payload, it->size - sizeof(*it))) {
			line_flush(d);
			consume_print_item(d, it, payload, it->size - sizeof(*it));
			if (d->aborted[0])
				return 0; /* nothing more, not even the newline */
		}
		off += (it->size + 7) & ~7u;
	}
	if (!d->o->quiet)
		lbuf_put(b, "\n", 1);
	line_flush(d);
	return 0;
}

/*
 * ring_buffer__consume() reads until the ring is empty: a producer faster
 * than the consumer (trunc() of every event, printa() per tick...) keeps
 * it going, and SIGINT or SIGTERM, waiting in the signalfd, would never be
 * seen: dtrace reads its buffers once per switchrate and stops on either.
 * While probes are attached, every 10 ms a pending stop signal ends
 * the drain (libbpf stops on a negative return, this record consumed);
 * after they are detached a drain is finite and goes to the end.
 */
static int on_ring_record(void *ctx, void *data, size_t size)
{
	struct dtrun *d = ctx;
	struct timespec ts;
	sigset_t set;
	uint64_t now;
	int r;

	/* libbpf stores the consumer position after each record: while this
	 * one is handled, it is where the record starts */
	d->rec_pos = d->rb_pos ? __atomic_load_n(&d->rb_pos[0], __ATOMIC_ACQUIRE) : UINT64_MAX;
	r = on_record(ctx, data, size);

	if (r < 0 || !d->drain_live || clock_gettime(CLOCK_MONOTONIC_COARSE, &ts))
		return r;
	now = (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
	if (now - d->drain_checked < 10000000ULL) /* every 10 ms (vDSO clock) */
		return r;
	d->drain_checked = now;
	if (!sigpending(&set) && (sigismember(&set, SIGINT) || sigismember(&set, SIGTERM)))
		return -EINTR;
	return r;
}

int consume_init(struct dtrun *d)
{
	struct bpf_map *rb = bpf_object__find_map_by_name(d->obj, "dtc_rb");

	static char obuf[1 << 18]; /* lives as long as the process: stdout's */
	int i;

	d->cf = calloc(1, sizeof(*d->cf));
	if (!d->cf)
		return -1;
	d->cf->epfd = -1;
	if (fast_init(d))
		return -1;
	d->cf->flowindent = meta_opt_on(&d->meta, "flowindent", NULL);
	for (i = 0; i < COLS_N; i++)
		d->cf->cols[i].prog = -1;
	/* one write(2) per drain, not per 4 KB (flushed by consume_drain()) */
	if (d->o->out && !isatty(fileno(d->o->out)))
		setvbuf(d->o->out, obuf, _IOFBF, sizeof(obuf));
	d->ncpus = libbpf_num_possible_cpus();
	if (d->ncpus <= 0)
		d->ncpus = 1;
	d->last_stat = calloc((size_t)d->ncpus * DT_STAT_NUM, sizeof(uint64_t));
	dt_format_set_symbolizer(sym_format_hook, &d->o->target);
	dt_format_set_stack_printer(stk_print_stack); /* %k */
	stk_set_target(d->o->target);
	stk_set_noresolve(meta_opt_on(&d->meta, "noresolve", NULL));
	if (!rb || !d->last_stat)
		return -1;
	d->rb = ring_buffer__new(bpf_map__fd(rb), on_ring_record, d, NULL);
	if (!d->rb) {
		dt_err("failed to map the ring buffer: %s\n", strerror(errno));
		return -1;
	}
	/* the positions, for agg.c's snapshots: a record at or past the
	 * producer position read as a snapshot began came after it */
	d->rb_pages = mmap(NULL, 2 * (size_t)getpagesize(), PROT_READ, MAP_SHARED,
			   bpf_map__fd(rb), 0);
	if (d->rb_pages == MAP_FAILED)
		d->rb_pages = NULL;
	d->rb_pos = d->rb_pages;
	d->rec_pos = UINT64_MAX;
	if (getenv("DTRUN_DRAIN_DELAY_MS"))
		d->drain_delay_ms = (unsigned)atoi(getenv("DTRUN_DRAIN_DELAY_MS"));
	d->cf->epfd = epoll_create1(EPOLL_CLOEXEC);
	if (d->cf->epfd >= 0) {
		struct epoll_event ev = { .events = EPOLLIN | EPOLLET };

		if (epoll_ctl(d->cf->epfd, EPOLL_CTL_ADD, bpf_map__fd(rb), &ev) != 0) {
			close(d->cf->epfd);
			d->cf->epfd = -1;
		}
	}
	return 0;
}

/*
 * Each clause's largest record: struct dt_rec_hdr plus an item per action
 * (struct dt_item, then 8 bytes per integer, strings and other values
 * rounded up to 8); 0 for a clause without actions, which writes nothing.
 * A malloc'd array by clause, NULL when out of memory.
 */
static uint64_t *clause_rec_sizes(const struct dtrun *d)
{
	uint64_t *rec = calloc((size_t)(d->meta.nclauses > 0 ? d->meta.nclauses : 1), sizeof(*rec));
	int i, j;

	if (!rec)
		return NULL;
	for (i = 0; i < d->meta.nacts; i++) {
		const struct meta_act *a = &d->meta.acts[i];
		uint64_t sz = sizeof(struct dt_item);

		if (a->clause < 0 || a->clause >= d->meta.nclauses)
			continue;
		for (j = 0; j < a->nargs; j++) {
			const struct meta_arg *ma = &a->args[j];

			sz += ma->kind == ARG_STR || ma->kind >= ARG_KSTACK
				      ? ((uint64_t)ma->size + 7) & ~(uint64_t)7 : 8;
		}
		if (!rec[a->clause])
			rec[a->clause] = sizeof(struct dt_rec_hdr);
		rec[a->clause] += sz;
	}
	return rec;
}

/* A record's bytes in the ring: the ring buffer's 8-byte header, 8-aligned. */
static uint64_t framed(uint64_t len)
{
	return len ? 8 + ((len + 7) & ~(uint64_t)7) : 0;
}

/*
 * DTrace's record layout (dt_cg.c), which sizes dtrace_go()'s check: a
 * clause's record is a 16-byte header (size, speculation, probe and
 * statement IDs: DBUF_DATA) and a field per value, at its alignment
 * (dt_rec_add()): an integer or float its own size, a string strsize + 1
 * bytes, a usym()/uaddr()/umod() 16 bytes, an aggregation ID 4 bytes, a
 * struct, array or memory dump its size (alignment 2), a stack its frames.
 * dtrun's own records differ (an item header per action, 8-byte payloads),
 * but its ring is whole pages: the check is about what DTrace refuses.
 */
#define DT_DBUF_DATA 16
#define DT_ERRREC_LEN (DT_DBUF_DATA + 5 * 8) /* dtrace_handle_err()'s clause */

static uint64_t dtrace_field(const struct meta_arg *ma, uint64_t strsize, uint64_t *align)
{
	switch (ma->kind) {
	case ARG_INT:
	case ARG_UINT:
	case ARG_FLOAT:
		if (ma->letter == '@') {
			*align = 4;
			return 4;
		}
		*align = ma->size >= 8 ? 8 : (uint64_t)ma->size;
		return (uint64_t)ma->size;
	case ARG_PTR:
	case ARG_KSYM:
		*align = 8;
		return 8;
	case ARG_USYM:
		*align = 8;
		return 16;
	case ARG_STR:
		*align = 1;
		return strsize + 1;
	case ARG_RAW:
		*align = 2;
		return (uint64_t)ma->size;
	case ARG_KSTACK:
	case ARG_USTACK:
		*align = 8;
		return (uint64_t)ma->size;
	}
	*align = 1;
	return (uint64_t)ma->size;
}

/*
 * dtrace_go() (dt_work.c): tracing does not start (EDT_BUFTOOSMALL) when
 * bufsize cannot hold one perf_event_header (8 bytes) and the largest
 * record of any clause, DTrace's layout.  dtrace(1) always installs an
 * error handler, whose ERROR clause traces arg1..arg5 (dt_handle.c): no
 * buffer under 8 + 16 + 40 = 64 bytes runs, and 0 never does.  The check
 * is against the bufsize asked for, not the page-rounded ring dtrun maps.
 * A bufsize that is not a power-of-two number of pages is rounded up, and
 * said so on stderr in dt_pebs_init()'s words, without "dtrace: "; past
 * 1 GiB, tracing does not start.
 */
int consume_bufsize_check(struct dtrun *d)
{
	uint64_t strsize = (uint64_t)meta_opt_num(&d->meta, "strsize", 256);
	uint64_t *rec, max = DT_ERRREC_LEN;
	int i, j;

	if (!d->o->bufsize_given)
		return 0;
	rec = calloc((size_t)(d->meta.nclauses > 0 ? d->meta.nclauses : 1), sizeof(*rec));
	if (!rec)
		return 0;
	for (i = 0; i < d->meta.nacts; i++) {
		const struct meta_act *a = &d->meta.acts[i];

		if (a->clause < 0 || a->clause >= d->meta.nclauses)
			continue;
		if (!rec[a->clause])
			rec[a->clause] = DT_DBUF_DATA;
		for (j = 0; j < a->nargs; j++) {
			uint64_t al, sz = dtrace_field(&a->args[j], strsize, &al);

			rec[a->clause] = (rec[a->clause] + al - 1) / al * al + sz;
		}
		if (rec[a->clause] > max)
			max = rec[a->clause];
	}
	free(rec);
	if (d->o->bufsize_req < 8 + max) {
		dt_err("could not enable tracing: Enabling exceeds size of buffer\n");
		return -1;
	}
	if (d->o->bufsize_round > d->o->bufsize_req)
		fprintf(stderr, "bufsize increased to %llu\n", (unsigned long long)d->o->bufsize_round);
	/*
	 * DTrace maps a perf ring of that size per CPU, and the kernel makes
	 * none past 1 GiB (perf's rb_alloc() keeps the array of its pages in
	 * one allocation of at most order MAX_PAGE_ORDER: 512 Ki pointers do
	 * not fit): EDT_NOMEM from dt_pebs_init().
	 */
	if (d->o->bufsize_round > DT_BUFSIZE_MAX) {
		dt_err("could not enable tracing: Memory allocation failure\n");
		return -1;
	}
	return 0;
}

/*
 * The default bufsize: DTrace's 4 MB.  A program whose probes are all BEGIN
 * and END (each fires once) gets a ring that holds everything it can write
 * (its ERROR clauses at most once per clause that faults), at least 1 MB:
 * mapping 4 MB costs 2 ms and 6 MB of RSS (libbpf maps the ring twice),
 * which BEGIN { exit(0); } does not need.
 */
uint64_t consume_default_bufsize(const struct dtrun *d)
{
	uint64_t *rec, total = 0, err = 0, p = 1 << 20;
	int i, once = 0;

	rec = clause_rec_sizes(d);
	if (!rec)
		return 4 << 20;
	for (i = 0; i < d->meta.npairs; i++) {
		const struct meta_pair *pr = &d->meta.pairs[i];
		int fam = pr->prog >= 0 && pr->prog < d->meta.nprogs ? d->meta.progs[pr->prog].fam
								    : -1;
		uint64_t r = pr->clause >= 0 && pr->clause < d->meta.nclauses ? rec[pr->clause] : 0;

		if (fam >= 0 && dt_family(fam)->run == DT_RUN_ONCE) {
			total += framed(r);
			once++;
		} else if (fam >= 0 && dt_family(fam)->run == DT_RUN_CALLED) {
			err += framed(r);
		} else {
			free(rec);
			return 4 << 20;
		}
	}
	free(rec);
	/* a fault: an error record, then the ERROR clauses */
	total += (uint64_t)once * (framed(sizeof(struct dt_rec_hdr) + sizeof(struct dt_err_rec)) + err);
	while (p < total && p < (1ULL << 31))
		p <<= 1;
	return p;
}

void consume_free(struct dtrun *d)
{
	fast_free(d);
	if (d->rb_pages)
		munmap(d->rb_pages, 2 * (size_t)getpagesize());
	d->rb_pages = NULL;
	d->rb_pos = NULL;
	if (d->cf) {
		free(d->cf->line.p);
		free(d->cf->defer);
		if (d->cf->epfd >= 0)
			close(d->cf->epfd);
	}
	free(d->cf);
	d->cf = NULL;
	free(d->last_stat);
	d->last_stat = NULL;
}

/*
 * What the main loop polls: the ring buffer's map in an epoll set of our
 * own, edge-triggered.  libbpf's set is level-triggered: at a high event
 * rate there is always a record written since the last drain, so poll()
 * returned at once and the loop drained a few hundred records at a time
 * (with a poll, a write and six drop-counter lookups each: most of dtrun's
 * CPU).  Edge-triggered, poll() returns only when BPF wakes the reader (the
 * buffer a quarter full, dtc_rb_wake) or at switchrate; consume_drain()
 * takes the edge with epoll_wait() before it reads.
 */
int consume_poll_fd(struct dtrun *d)
{
	if (d->cf && d->cf->epfd >= 0)
		return d->cf->epfd;
	return ring_buffer__epoll_fd(d->rb);
}

int consume_drain(struct dtrun *d)
{
	int n;

	if (d->cf && d->cf->epfd >= 0) {
		struct epoll_event ev[2];

		epoll_wait(d->cf->epfd, ev, 2, 0);
	}
	agg_snap_tick(d); /* -x aggrate: printa()'s snapshot (agg.c) */
	if (d->drain_delay_ms && d->drain_live) /* a test's: records come meanwhile */
		usleep(d->drain_delay_ms * 1000);
	n = ring_buffer__consume(d->rb);
	if (d->begin_split) {
		/* BEGIN's records are out: now the others (rec_of_begin()) */
		struct consume_fast *cf = d->cf;
		size_t off, len;

		d->begin_split = 0;
		d->rec_pos = UINT64_MAX; /* read before: where, not kept */
		for (off = 0; off < cf->ndefer; off += sizeof(size_t) + ((len + 7) & ~(size_t)7)) {
			memcpy(&len, cf->defer + off, sizeof(len));
			on_record(d, cf->defer + off + sizeof(size_t), len);
		}
		free(cf->defer);
		cf->defer = NULL;
		cf->ndefer = cf->capdefer = 0;
	}

	fflush(d->o->out);
	return n;
}

/* Counter k's growth since it was last read, summed over CPUs (v: scratch). */
static uint64_t stat_delta(struct dtrun *d, unsigned k, uint64_t *v)
{
	uint64_t n = 0;

	if (bpf_map_lookup_elem(d->stat_fd, &k, v) != 0)
		return 0;
	for (int c = 0; c < d->ncpus; c++) {
		uint64_t *last = &d->last_stat[(size_t)c * DT_STAT_NUM + k];

		if (v[c] > *last)
			n += v[c] - *last;
		*last = v[c];
	}
	return n;
}

/*
 * A drop message: dt_handle_cpudrop() and dt_handle_status() write it, the
 * [TAG] too, into char str[80], so a longer one is cut at 79 characters
 * ("[DTRACEDROP_SPECUNAVAIL] 2 failed speculations (no speculative buffer
 * available" loses its ')'); dtrace's drop handler prints it after "dtrace: ".
 */
static void drop_msg(struct dtrun *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void drop_msg(struct dtrun *d, const char *fmt, ...)
{
	char str[80];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(str, sizeof(str), fmt, ap);
	va_end(ap);
	fflush(d->o->out);
	dt_err("%s\n", str);
}

/* One line of dt_handle_status(): counter k's n drops. */
static void status_drop(struct dtrun *d, unsigned k, uint64_t n)
{
	const char *tag = "", *what, *why = "";

	if (!n)
		return;
	d->drops[k] += n;
	out_json_drop(d, k, -1, n);
	fflush(d->o->out);
	switch (k) {
	case DT_STAT_DYN_DROPS:
		tag = "[DTRACEDROP_DYNAMIC] ";
		what = "dynamic variable drop";
		break;
	case DT_STAT_SPEC_DROPS:
		tag = "[DTRACEDROP_SPEC] ";
		what = "speculative drop";
		break;
	case DT_STAT_SPEC_BUSY:
		tag = "[DTRACEDROP_SPECBUSY] ";
		what = "failed speculation";
		why = " (available buffer(s) still busy)";
		break;
	default:
		tag = "[DTRACEDROP_SPECUNAVAIL] ";
		what = "failed speculation";
		why = " (no speculative buffer available)";
	}
	drop_msg(d, "%s%llu %s%s%s", d->o->droptags ? tag : "", (unsigned long long)n, what,
		 n > 1 ? "s" : "", why);
}

/*
 * Drops since the last report, as dt_handle_cpudrop()/dt_handle_status() word
 * them.  A CPU's buffer and aggregation drops are reported as its data is
 * read; the others, which DTrace reads from its state map only at each
 * status tick (dtrace_status(), every statusrate), only when status is set,
 * in dt_handle_status()'s order: dynamic variable drops, speculative drops,
 * failed speculations (busy, then unavailable).  A speculative record the
 * consumer drops (DT_STAT_SPEC_CDROPS, dt_consume_one_probe()'s
 * dt_specdrops) counts only once dtrace has consumed it, after the status
 * read of that pass: it is reported at the next status (status 2: the last,
 * after END), not with the BPF side's drops (runtime/dt_spec.bpf.h).
 */
void consume_drops(struct dtrun *d, int status)
{
	uint64_t *v, n;
	unsigned k;
	int c;

	if (d->stat_fd < 0)
		return;
	v = calloc((size_t)d->ncpus, sizeof(uint64_t));
	if (!v)
		return;
	for (k = 0; k < DT_STAT_NUM; k++) {
		if (k != DT_STAT_RB_DROPS && k != DT_STAT_AGG_DROPS)
			continue;
		if (bpf_map_lookup_elem(d->stat_fd, &k, v) != 0)
			continue;
		for (c = 0; c < d->ncpus; c++) {
			uint64_t *last = &d->last_stat[(size_t)c * DT_STAT_NUM + k];

			n = v[c] - *last;
			if (v[c] <= *last)
				continue;
			*last = v[c];
			d->drops[k] += n;
			out_json_drop(d, k, c, n);
			fflush(d->o->out);
			if (k == DT_STAT_RB_DROPS)
				drop_msg(d, "%s%llu drop%s on CPU %d",
					 d->o->droptags ? "[DTRACEDROP_PRINCIPAL] " : "",
					 (unsigned long long)n, n > 1 ? "s" : "", c);
			else
				drop_msg(d, "%s%llu aggregation drop%s on CPU %d",
					 d->o->droptags ? "[DTRACEDROP_AGGREGATION] " : "",
					 (unsigned long long)n, n > 1 ? "s" : "", c);
		}
	}
	if (status) {
		status_drop(d, DT_STAT_DYN_DROPS, stat_delta(d, DT_STAT_DYN_DROPS, v));
		n = stat_delta(d, DT_STAT_SPEC_DROPS, v) + d->spec_cdrops_due;
		d->spec_cdrops_due = stat_delta(d, DT_STAT_SPEC_CDROPS, v);
		if (status == 2) {
			n += d->spec_cdrops_due;
			d->spec_cdrops_due = 0;
		}
		status_drop(d, DT_STAT_SPEC_DROPS, n);
		status_drop(d, DT_STAT_SPEC_BUSY, stat_delta(d, DT_STAT_SPEC_BUSY, v));
		status_drop(d, DT_STAT_SPEC_UNAVAIL, stat_delta(d, DT_STAT_SPEC_UNAVAIL, v));
	}
	free(v);
}
