/*
 * out_json.c: -x oformat=json (dtrun -O json), NDJSON output.
 *
 * One JSON object per line, each self-describing: "schema" (OUT_JSON_SCHEMA),
 * "type" (probe, aggregation, error, drop, exit), "instance" (--instance),
 * "hostname" and "timestamp" (ns since the epoch, taken when dtrun writes the
 * object, as FreeBSD's oformat does, from the coarse clock).  Field names follow FreeBSD's dtrace(1)
 * structured output (libxo) where it has one: a probe's "cpu", "id",
 * "provider", "module", "function", "name" and its "output" list; printf()'s
 * "message"; trace()'s "value"; "stack-frames"/"ustack-frames" with "symbol",
 * "module", "name", "offset"; "aggregation-name" and "aggregation-data", each
 * entry's "keys" and a value named after the function, distributions as
 * "buckets" of "value" (DTrace's label) and "count".  Ours on top: typed
 * values ({"type": "int32", "value": -1}), every bucket's exact "min" and
 * "max", avg()/stddev()'s exact state ("count", "total", "sumsq") so that
 * snapshots of several hosts merge exactly (merge.c).  The README documents
 * the schema.
 *
 * This driver formats what the consumer decoded; what BPF records is the
 * same as for the text output.
 */
#define _GNU_SOURCE
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "out.h"
#include "agg.h"
#include "format.h"
#include "stack.h"

#define PCACHE_N 64

enum { K_PRINTF, K_TRACE, K_EXIT, K_AGG, K_IO, K_OTHER };

struct out_state {
	char host[256];
	struct lbuf common;      /* ","instance":..,"hostname":.. (escaped once) */
	struct lbuf probe_head;  /* {"schema":N,"type":"probe" and common: probe_prefix()'s start */
	time_t ts_sec;           /* the time ts_digits has */
	long ts_nsec;
	char ts_digits[32];      /* its decimal digits (ts_len of them; 0: none yet) */
	size_t ts_len;
	struct {                 /* a probe record's start, by (program, probe key) */
		int prog;        /* -1: empty */
		unsigned key;
		struct lbuf s;   /* probe_head,"id":..,"provider":..,...,"name":..,"cpu": */
	} pc[PCACHE_N];
	struct lbuf obj;         /* the object being built */
	struct lbuf msg;         /* printf()'s text from the fast path, to escape */
	unsigned char *kind;     /* K_* by action, decided once */
	FILE *mem;               /* text of the general path (open_memstream) */
	char *membuf;
	/* the consumer's text path for an item (consume_print_item()): given
	 * by out_json_record()'s caller, as this driver stands below it */
	void (*text_item)(struct dtrun *d, const struct dt_item *it, const char *payload,
			  size_t len);
	size_t memlen;
};

static int is_agg_action(const char *k)
{
	return !strcmp(k, "printa") || !strcmp(k, "clear") || !strcmp(k, "trunc") ||
	       !strcmp(k, "normalize") || !strcmp(k, "denormalize") || !strcmp(k, "setopt");
}

/* Actions whose effect is outside the output: they run on the real stream. */
static int is_io_action(const char *k)
{
	return !strcmp(k, "system") || !strcmp(k, "freopen") || !strcmp(k, "ftruncate");
}

static struct out_state *state(struct dtrun *d)
{
	struct out_state *s = d->outs;

	if (s)
		return s;
	s = calloc(1, sizeof(*s));
	if (!s)
		return NULL;
	if (gethostname(s->host, sizeof(s->host) - 1))
		strcpy(s->host, "unknown");
	s->mem = open_memstream(&s->membuf, &s->memlen);
	if (!s->mem) {
		free(s);
		return NULL;
	}
	OUT_LIT(&s->common, "\",\"instance\":");
	out_json_cstr(&s->common, d->o->instance);
	OUT_LIT(&s->common, ",\"hostname\":");
	out_json_cstr(&s->common, s->host);
	OUT_LIT(&s->probe_head, "{\"schema\":");
	out_json_i64(&s->probe_head, OUT_JSON_SCHEMA);
	OUT_LIT(&s->probe_head, ",\"type\":\"probe");
	out_put(&s->probe_head, s->common.p, s->common.len);
	for (int i = 0; i < PCACHE_N; i++)
		s->pc[i].prog = -1;
	s->kind = calloc((size_t)d->meta.nacts + 1, 1);
	for (int i = 0; s->kind && i < d->meta.nacts; i++) {
		const char *k = d->meta.acts[i].kind;

		s->kind[i] = !strcmp(k, "printf") ? K_PRINTF : !strcmp(k, "trace") ? K_TRACE
			     : !strcmp(k, "exit") ? K_EXIT : is_agg_action(k) ? K_AGG
			     : is_io_action(k) ? K_IO : K_OTHER;
	}
	d->outs = s;
	return s;
}

void out_json_free(struct dtrun *d)
{
	struct out_state *s = d->outs;

	if (!s)
		return;
	fclose(s->mem);
	free(s->membuf);
	free(s->common.p);
	free(s->probe_head.p);
	free(s->kind);
	for (int i = 0; i < PCACHE_N; i++)
		free(s->pc[i].s.p);
	free(s->obj.p);
	free(s->msg.p);
	free(s);
	d->outs = NULL;
}

/*
 * ns since the epoch, from the kernel's coarse clock (CLOCK_REALTIME_COARSE:
 * one tick, a few ms, of resolution for a fifth of CLOCK_REALTIME's cost
 * through the vDSO; dtrun reads records in batches, a drain of the ring
 * buffer at a time, so finer says nothing more), made into digits once per
 * tick.
 */
static void put_timestamp(struct out_state *s)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME_COARSE, &ts);
	if (ts.tv_sec != s->ts_sec || ts.tv_nsec != s->ts_nsec || !s->ts_len) {
		struct lbuf t = { s->ts_digits, 0, sizeof(s->ts_digits) };

		if (ts.tv_sec > 0) { /* no leading zeros in a JSON number */
			out_json_u64(&t, (uint64_t)ts.tv_sec);
			for (long ns = ts.tv_nsec, i = 0; i < 9; i++, ns /= 10)
				t.p[t.len + 8 - (size_t)i] = (char)('0' + ns % 10);
			t.len += 9;
		} else {
			out_json_u64(&t, (uint64_t)ts.tv_nsec);
		}
		s->ts_len = t.len;
		s->ts_sec = ts.tv_sec;
		s->ts_nsec = ts.tv_nsec;
	}
	out_put(&s->obj, s->ts_digits, s->ts_len);
}

/* {"schema":1,"type":T,"instance":...,"hostname":...,"timestamp":N of an
 * object other than a probe record (probe_prefix()) */
static void head(struct out_state *s, const char *type)
{
	s->obj.len = 0;
	OUT_LIT(&s->obj, "{\"schema\":");
	out_json_i64(&s->obj, OUT_JSON_SCHEMA);
	OUT_LIT(&s->obj, ",\"type\":\"");
	out_puts(&s->obj, type); /* ours: nothing to escape */
	out_put(&s->obj, s->common.p, s->common.len);
	OUT_LIT(&s->obj, ",\"timestamp\":");
	put_timestamp(s);
}

static void emit(struct dtrun *d, struct out_state *s)
{
	out_put(&s->obj, "}\n", 2);
	fwrite_unlocked(s->obj.p, 1, s->obj.len, d->o->out);
	s->obj.len = 0;
}

/* "int32", "uint64", "string", ... of a descriptor */
static const char *type_name(const struct meta_arg *ma)
{
	static const char *const it[] = { "int8", "int16", "int32", "int64" };
	static const char *const ut[] = { "uint8", "uint16", "uint32", "uint64" };
	int l = ma->size == 1 ? 0 : ma->size == 2 ? 1 : ma->size == 4 ? 2 : 3;

	switch (ma->kind) {
	case ARG_INT: return it[l];
	case ARG_UINT: return ut[l];
	case ARG_PTR: return "pointer";
	case ARG_STR: return "string";
	case ARG_KSTACK: return "stack";
	case ARG_USTACK: return "ustack";
	case ARG_KSYM:
	case ARG_USYM: return "symbol";
	case ARG_RAW: return "bytes";
	case ARG_FLOAT: return ma->size == 4 ? "float" : ma->size == 8 ? "double" : "long double";
	}
	return "unknown";
}

/* {"type":"int32","value": of a printf() argument: one piece per argument */
static void put_arg_head(struct lbuf *b, const struct meta_arg *ma)
{
#define ARG_HEAD(t) { "{\"type\":\"" t "\",\"value\":", sizeof("{\"type\":\"" t "\",\"value\":") - 1 }
	static const struct {
		const char *s;
		size_t n;
	} it[] = { ARG_HEAD("int8"), ARG_HEAD("int16"), ARG_HEAD("int32"), ARG_HEAD("int64") },
	  ut[] = { ARG_HEAD("uint8"), ARG_HEAD("uint16"), ARG_HEAD("uint32"), ARG_HEAD("uint64") },
	  str = ARG_HEAD("string");
#undef ARG_HEAD
	int l = ma->size == 1 ? 0 : ma->size == 2 ? 1 : ma->size == 4 ? 2 : 3;

	if (ma->kind == ARG_INT) {
		out_put(b, it[l].s, it[l].n);
	} else if (ma->kind == ARG_UINT) {
		out_put(b, ut[l].s, ut[l].n);
	} else if (ma->kind == ARG_STR) {
		out_put(b, str.s, str.n);
	} else {
		OUT_LIT(b, "{\"type\":\"");
		out_puts(b, type_name(ma));
		OUT_LIT(b, "\",\"value\":");
	}
}

/* An integer of a descriptor's size and signedness, as a JSON number. */
static void put_int(struct lbuf *b, const struct meta_arg *ma, uint64_t v)
{
	if (ma->kind == ARG_INT) {
		switch (ma->size) {
		case 1: v = (uint64_t)(int64_t)(int8_t)v; break;
		case 2: v = (uint64_t)(int64_t)(int16_t)v; break;
		case 4: v = (uint64_t)(int64_t)(int32_t)v; break;
		}
		out_json_i64(b, (int64_t)v);
		return;
	}
	if (ma->kind == ARG_UINT)
		switch (ma->size) {
		case 1: v = (uint8_t)v; break;
		case 2: v = (uint16_t)v; break;
		case 4: v = (uint32_t)v; break;
		}
	out_json_u64(b, v);
}

/* A float's raw bits as a JSON number (non-finite ones as strings). */
static void put_float(struct lbuf *b, const struct meta_arg *ma, const char *raw)
{
	long double x;
	char t[64];
	int l;

	if (ma->size == 4) {
		float f;
		memcpy(&f, raw, 4);
		x = f;
	} else if (ma->size == 8) {
		double f;
		memcpy(&f, raw, 8);
		x = f;
	} else {
		memcpy(&x, raw, sizeof(x) < 16 ? sizeof(x) : 16);
	}
	if (x != x || x - x != 0) { /* NaN, infinities: JSON has no number for them */
		out_json_cstr(b, x != x ? "nan" : x > 0 ? "inf" : "-inf");
		return;
	}
	l = snprintf(t, sizeof(t), "%.*Lg", ma->size == 4 ? 9 : ma->size == 8 ? 17 : 21, x);
	out_put(b, t, (size_t)l);
}

/*
 * printf()'s arguments typed, straight from the payload (fast_decode()'s
 * layout: 8 bytes an integer, strings and other values their size rounded
 * up to 8); floats through the decoder.
 */
static void put_args(struct lbuf *b, const struct meta_act *a, const char *payload, size_t len)
{
	size_t off = 0;

	for (int i = 0; i < a->nargs && i < 32; i++) {
		const struct meta_arg *ma = &a->args[i];
		size_t sz = ma->kind == ARG_STR || ma->kind >= ARG_KSTACK
				    ? ((size_t)ma->size + 7) & ~(size_t)7 : 8;
		uint64_t v;

		if (off + sz > len)
			break;
		if (i)
			out_put(b, ",", 1);
		put_arg_head(b, ma);
		switch (ma->kind) {
		case ARG_STR:
			out_json_str(b, payload + off, strnlen(payload + off, (size_t)ma->size));
			break;
		case ARG_FLOAT:
			put_float(b, ma, payload + off);
			break;
		default:
			memcpy(&v, payload + off, 8);
			put_int(b, ma, v);
		}
		out_put(b, "}", 1);
		off += sz;
	}
}

/* "frames":[{"symbol":"mod`f+0x1","module":"mod","name":"f","offset":"0x1"},...] */
static void put_frames(struct lbuf *b, const char *list, char **f, int n)
{
	OUT_LIT(b, ",\"");
	out_puts(b, list);
	OUT_LIT(b, "\":[");
	for (int i = 0; i < n; i++) {
		const char *bt = strchr(f[i], '`'), *plus = strrchr(f[i], '+');

		if (i)
			out_put(b, ",", 1);
		OUT_LIT(b, "{\"symbol\":");
		out_json_cstr(b, f[i]);
		if (bt) {
			OUT_LIT(b, ",\"module\":");
			out_json_str(b, f[i], (size_t)(bt - f[i]));
			if (plus && plus > bt && plus[1] == '0' && plus[2] == 'x') {
				OUT_LIT(b, ",\"name\":");
				out_json_str(b, bt + 1, (size_t)(plus - bt - 1));
				OUT_LIT(b, ",\"offset\":");
				out_json_cstr(b, plus + 1);
			} else {
				OUT_LIT(b, ",\"name\":");
				out_json_cstr(b, bt + 1);
			}
		}
		out_put(b, "}", 1);
	}
	out_put(b, "]", 1);
}

/* What the text driver prints for an item (the general path), in s->membuf. */
static const char *capture(struct dtrun *d, struct out_state *s, const struct dt_item *it,
			   const char *payload, size_t len, size_t *n)
{
	FILE *out = d->o->out;

	fseeko(s->mem, 0, SEEK_SET);
	d->o->out = s->mem;
	s->text_item(d, it, payload, len);
	d->o->out = out;
	fflush(s->mem);
	*n = (size_t)ftello(s->mem);
	return s->membuf ? s->membuf : "";
}

/* One item of a probe record into the "output" list. */
static void put_item(struct dtrun *d, struct out_state *s, const struct dt_item *it,
		     const char *payload, size_t len)
{
	const struct meta_act *a = &d->meta.acts[it->act];
	struct lbuf *b = &s->obj;
	struct dt_val vals[32];
	char *strs[32];
	int n, i;

	int kind = s->kind ? s->kind[it->act] : K_OTHER;

	if (kind == K_PRINTF) {
		/* the text formatted in place, a JSON string up to its first
		 * byte that is not plain (often the closing "\n"): the rest is
		 * escaped from a copy */
		size_t at, start, l;

		OUT_LIT(b, "{\"action\":\"printf\",\"message\":\"");
		at = b->len - 1;
		start = b->len;
		if (fast_item(d, b, it->act, payload, len)) {
			l = out_json_plain(b->p + start, b->len - start);
			if (start + l < b->len) {
				s->msg.len = 0;
				out_put(&s->msg, b->p + start + l, b->len - start - l);
				b->len = start + l;
				out_json_escape(b, s->msg.p, s->msg.len);
			}
			out_put(b, "\"", 1);
		} else {
			size_t tl;
			const char *text = capture(d, s, it, payload, len, &tl);

			b->len = at;
			out_json_str(b, text, tl);
		}
		OUT_LIT(b, ",\"args\":[");
		put_args(b, a, payload, len);
		OUT_LIT(b, "]}");
		return;
	}
	OUT_LIT(b, "{\"action\":\"");
	out_puts(b, a->kind); /* a D action's name: nothing to escape */
	out_put(b, "\"", 1);
	if (a->nargs >= 1 && (a->args[0].kind == ARG_KSTACK || a->args[0].kind == ARG_USTACK) &&
	    len >= (((size_t)a->args[0].size + 7) & ~(size_t)7)) {
		int nf;
		char **f = out_stack_frames(&a->args[0], payload, &nf);

		put_frames(b, a->args[0].kind == ARG_USTACK ? "ustack-frames" : "stack-frames", f,
			   nf);
		out_frames_free(f, nf);
		out_put(b, "}", 1);
		return;
	}
	if (a->nargs >= 1 && (a->args[0].kind == ARG_KSYM || a->args[0].kind == ARG_USYM) &&
	    len >= 16) {
		/* sym(), mod(), usym(), ...: FreeBSD's key is the action's name */
		char *t = out_sym_text(&a->args[0], payload);
		uint64_t addr;

		memcpy(&addr, payload, 8);
		OUT_LIT(b, ",\"value\":");
		out_json_cstr(b, t);
		OUT_LIT(b, ",\"address\":");
		out_json_u64(b, addr);
		free(t);
		out_put(b, "}", 1);
		return;
	}
	if (!strcmp(a->kind, "trace") && a->nargs == 1 && a->args[0].kind != ARG_RAW) {
		n = fast_decode(a, payload, len, vals, strs);
		if (n == 1) {
			OUT_LIT(b, ",\"type\":");
			out_json_cstr(b, type_name(&a->args[0]));
			OUT_LIT(b, ",\"value\":");
			if (vals[0].kind == DT_VAL_STR)
				out_json_cstr(b, vals[0].str);
			else if (vals[0].kind == DT_VAL_FLOAT)
				put_float(b, &a->args[0], vals[0].str ? vals[0].str : "");
			else
				put_int(b, &a->args[0], vals[0].ival);
			free(strs[0]);
			out_put(b, "}", 1);
			return;
		}
		for (i = 0; i < n; i++)
			free(strs[i]);
	}
	if (!strcmp(a->kind, "exit")) {
		n = fast_decode(a, payload, len, vals, strs);
		OUT_LIT(b, ",\"value\":");
		out_json_i64(b, n > 0 ? (int32_t)vals[0].ival : 0);
		for (i = 0; i < n; i++)
			free(strs[i]);
		s->text_item(d, it, payload, len); /* sets the status, stops */
		out_put(b, "}", 1);
		return;
	}
	if (!is_agg_action(a->kind) && !is_io_action(a->kind)) {
		/* print(), tracemem(), trace() of a struct: DTrace's text */
		size_t tl;
		const char *text = capture(d, s, it, payload, len, &tl);

		OUT_LIT(b, ",\"text\":");
		out_json_str(b, text, tl);
	}
	out_put(b, "}", 1);
}

/*
 * What a probe record starts with, made once per (program, probe key) as
 * consume.c's columns: {"schema":1,"type":"probe","instance":..,"hostname":..,
 * "id":..,"provider":..,"module":..,"function":..,"name":..,"cpu":
 * (the probe's fields before the cpu and timestamp, so one copy each).
 */
static const struct lbuf *probe_prefix(struct dtrun *d, struct out_state *s,
				       const struct dt_rec_hdr *h)
{
	unsigned slot = (h->prog * 31u + h->probe) % PCACHE_N;
	struct lbuf *c = &s->pc[slot].s;
	const struct probe *p;

	if (s->pc[slot].prog == h->prog && s->pc[slot].key == h->probe)
		return c;
	p = probes_find(&d->probes, &d->meta, h->prog, h->probe);
	c->len = 0;
	out_put(c, s->probe_head.p, s->probe_head.len);
	OUT_LIT(c, ",\"id\":");
	out_json_u64(c, p ? p->id : 0);
	OUT_LIT(c, ",\"provider\":");
	out_json_cstr(c, p ? p->prov : "");
	OUT_LIT(c, ",\"module\":");
	out_json_cstr(c, p ? p->mod : "");
	OUT_LIT(c, ",\"function\":");
	out_json_cstr(c, p ? p->func : "");
	OUT_LIT(c, ",\"name\":");
	out_json_cstr(c, p ? p->name : "");
	OUT_LIT(c, ",\"cpu\":");
	s->pc[slot].prog = h->prog;
	s->pc[slot].key = h->probe;
	return c;
}

int out_json_record(struct dtrun *d, const struct dt_rec_hdr *h, const void *data,
		    void (*text_item)(struct dtrun *d, const struct dt_item *it,
				      const char *payload, size_t len))
{
	struct out_state *s = state(d);
	const char *base = data;
	const struct lbuf *pre;
	size_t off;
	int first = 1, defer = 0;

	if (!s)
		return 0;
	s->text_item = text_item;
	pre = probe_prefix(d, s, h);
	s->obj.len = 0;
	out_put(&s->obj, pre->p, pre->len);
	out_json_u64(&s->obj, h->cpu);
	OUT_LIT(&s->obj, ",\"timestamp\":");
	put_timestamp(s);
	OUT_LIT(&s->obj, ",\"output\":[");
	for (off = sizeof(*h); off + sizeof(struct dt_item) <= h->size;) {
		const struct dt_item *it = (const void *)(base + off);

		if (it->size < sizeof(*it) || off + it->size > h->size)
			break;
		if (it->act < (unsigned)d->meta.nacts) {
			int k = s->kind ? s->kind[it->act] : K_OTHER;

			if (!first)
				out_put(&s->obj, ",", 1);
			first = 0;
			put_item(d, s, it, base + off + sizeof(*it), it->size - sizeof(*it));
			defer |= k == K_AGG || k == K_IO;
		}
		off += (it->size + 7) & ~7u;
	}
	out_put(&s->obj, "]", 1);
	emit(d, s);
	if (!defer)
		return 0;
	/* aggregation actions (their snapshots follow the record) and system(),
	 * freopen(), ftruncate(), in the record's order */
	for (off = sizeof(*h); off + sizeof(struct dt_item) <= h->size;) {
		const struct dt_item *it = (const void *)(base + off);

		if (it->size < sizeof(*it) || off + it->size > h->size)
			break;
		if (it->act < (unsigned)d->meta.nacts &&
		    (is_agg_action(d->meta.acts[it->act].kind) ||
		     is_io_action(d->meta.acts[it->act].kind)))
			s->text_item(d, it, base + off + sizeof(*it), it->size - sizeof(*it));
		off += (it->size + 7) & ~7u;
	}
	return 0;
}

void out_json_error(struct dtrun *d, const struct dt_rec_hdr *h, const struct probe *p,
		    uint64_t fault, const char *fault_name, uint64_t addr, uint64_t pc,
		    const char *msg)
{
	struct out_state *s = state(d);

	if (!s)
		return;
	/* the ERROR probe's arguments: arg1 the enabling (our clause), arg3 the
	 * fault site, arg4 the fault, arg5 the address */
	head(s, "error");
	OUT_LIT(&s->obj, ",\"cpu\":");
	out_json_i64(&s->obj, h->cpu);
	OUT_LIT(&s->obj, ",\"id\":");
	out_json_u64(&s->obj, p ? p->id : 0);
	OUT_LIT(&s->obj, ",\"provider\":");
	out_json_cstr(&s->obj, p ? p->prov : "");
	OUT_LIT(&s->obj, ",\"module\":");
	out_json_cstr(&s->obj, p ? p->mod : "");
	OUT_LIT(&s->obj, ",\"function\":");
	out_json_cstr(&s->obj, p ? p->func : "");
	OUT_LIT(&s->obj, ",\"name\":");
	out_json_cstr(&s->obj, p ? p->name : "");
	OUT_LIT(&s->obj, ",\"clause\":");
	out_json_u64(&s->obj, h->clause);
	OUT_LIT(&s->obj, ",\"fault\":");
	out_json_u64(&s->obj, fault);
	OUT_LIT(&s->obj, ",\"fault-name\":");
	out_json_cstr(&s->obj, fault_name);
	OUT_LIT(&s->obj, ",\"address\":");
	out_json_u64(&s->obj, addr);
	OUT_LIT(&s->obj, ",\"pc\":");
	out_json_u64(&s->obj, pc);
	OUT_LIT(&s->obj, ",\"msg\":");
	out_json_cstr(&s->obj, msg);
	emit(d, s);
}

void out_json_drop(struct dtrun *d, unsigned k, int cpu, uint64_t n)
{
	static const char *const kinds[DT_STAT_NUM] = {
		[DT_STAT_RB_DROPS] = "principal", [DT_STAT_DYN_DROPS] = "dynamic",
		[DT_STAT_AGG_DROPS] = "aggregation", [DT_STAT_ERRORS] = "error",
		[DT_STAT_SPEC_UNAVAIL] = "specunavail", [DT_STAT_SPEC_BUSY] = "specbusy",
		[DT_STAT_SPEC_DROPS] = "speculative",
	};
	struct out_state *s;
	char msg[160];

	if (d->o->oformat == OFMT_TEXT || k >= DT_STAT_NUM || !(s = state(d)))
		return;
	switch (k) {
	case DT_STAT_RB_DROPS:
		snprintf(msg, sizeof(msg), "%" PRIu64 " drop%s on CPU %d", n, n > 1 ? "s" : "", cpu);
		break;
	case DT_STAT_AGG_DROPS:
		snprintf(msg, sizeof(msg), "%" PRIu64 " aggregation drop%s on CPU %d", n,
			 n > 1 ? "s" : "", cpu);
		break;
	case DT_STAT_DYN_DROPS:
		snprintf(msg, sizeof(msg), "%" PRIu64 " dynamic variable drop%s", n, n > 1 ? "s" : "");
		break;
	case DT_STAT_SPEC_DROPS:
		snprintf(msg, sizeof(msg), "%" PRIu64 " speculative drop%s", n, n > 1 ? "s" : "");
		break;
	default:
		snprintf(msg, sizeof(msg), "%" PRIu64 " failed speculation%s (%s)", n,
			 n > 1 ? "s" : "",
			 k == DT_STAT_SPEC_BUSY ? "available buffer(s) still busy"
						: "no speculative buffer available");
	}
	/* FreeBSD's drop pseudo-probe: dtrace:INTERNAL:INTERNAL:DROP */
	head(s, "drop");
	OUT_LIT(&s->obj, ",\"cpu\":");
	out_json_i64(&s->obj, cpu);
	out_puts(&s->obj, ",\"id\":-1,\"provider\":\"dtrace\",\"module\":\"INTERNAL\","
			  "\"function\":\"INTERNAL\",\"name\":\"DROP\",\"kind\":");
	out_json_cstr(&s->obj, kinds[k]);
	OUT_LIT(&s->obj, ",\"count\":");
	out_json_u64(&s->obj, n);
	OUT_LIT(&s->obj, ",\"total\":");
	out_json_u64(&s->obj, d->drops[k]);
	OUT_LIT(&s->obj, ",\"msg\":");
	out_json_cstr(&s->obj, msg);
	emit(d, s);
}

void out_json_exit(struct dtrun *d, int status)
{
	struct out_state *s;

	if (d->o->oformat == OFMT_TEXT || !(s = state(d)))
		return;
	head(s, "exit");
	OUT_LIT(&s->obj, ",\"status\":");
	out_json_i64(&s->obj, status);
	OUT_LIT(&s->obj, ",\"records\":");
	out_json_u64(&s->obj, d->nrecords);
	OUT_LIT(&s->obj, ",\"errors\":");
	out_json_u64(&s->obj, d->nerrors);
	emit(d, s);
	fflush(d->o->out);
}

static const char *const fn_json[] = {
	[AF_COUNT] = "count", [AF_SUM] = "sum", [AF_AVG] = "avg", [AF_MIN] = "min",
	[AF_MAX] = "max", [AF_STDDEV] = "stddev", [AF_QUANTIZE] = "quantize",
	[AF_LQUANTIZE] = "lquantize", [AF_LLQUANTIZE] = "llquantize",
};

/* One key component, typed: {"type":"string","value":"bash"} */
static void put_key(struct lbuf *b, const struct meta_agg *ag, int i, const char *key)
{
	const struct meta_arg *k = &ag->keys[i];
	const char *p = key + ag->koff[i];
	uint64_t v;

	OUT_LIT(b, "{\"type\":");
	out_json_cstr(b, type_name(k));
	OUT_LIT(b, ",\"value\":");
	switch (k->kind) {
	case ARG_STR:
		out_json_str(b, p, strnlen(p, (size_t)k->size));
		break;
	case ARG_KSTACK:
	case ARG_USTACK: {
		int nf;
		char **f = out_stack_frames(k, p, &nf);
		char *fold = out_fold(f, nf);

		out_json_cstr(b, fold); /* folded, root first */
		put_frames(b, k->kind == ARG_USTACK ? "ustack-frames" : "stack-frames", f, nf);
		free(fold);
		out_frames_free(f, nf);
		break;
	}
	case ARG_KSYM:
	case ARG_USYM: {
		char *t = out_sym_text(k, p);

		out_json_cstr(b, t);
		memcpy(&v, p, 8);
		OUT_LIT(b, ",\"address\":");
		out_json_u64(b, v);
		free(t);
		break;
	}
	case ARG_RAW: { /* a struct or union key: its bytes in hex */
		char *h = malloc((size_t)k->size * 2 + 1);

		for (int j = 0; h && j < k->size; j++)
			snprintf(h + 2 * j, 3, "%02x", (unsigned char)p[j]);
		out_json_cstr(b, h ? h : "");
		free(h);
		break;
	}
	default:
		memcpy(&v, p, 8);
		put_int(b, k, v);
	}
	out_put(b, "}", 1);
}

/* 128-bit unsigned as a decimal JSON number */
static void put_u128(struct lbuf *b, unsigned __int128 x)
{
	char t[48], *e = t + sizeof(t);

	*--e = 0;
	do {
		*--e = (char)('0' + (int)(x % 10));
		x /= 10;
	} while (x);
	out_puts(b, e);
}

/* The value of one entry: "count":N, "avg":A,"count":N,"total":T, "buckets":[...] */
void out_json_value(struct lbuf *b, const struct meta_agg *ag, const int64_t *v,
		      uint64_t normal)
{
	int nb;
	struct out_bucket *bk;

	switch (ag->func) {
	case AF_COUNT:
	case AF_SUM:
	case AF_MIN:
	case AF_MAX:
		OUT_LIT(b, ",\"");
		out_puts(b, fn_json[ag->func]);
		OUT_LIT(b, "\":");
		out_json_i64(b, agg_scalar(ag, v, normal));
		return;
	case AF_AVG:
	case AF_STDDEV:
		OUT_LIT(b, ",\"");
		out_puts(b, fn_json[ag->func]);
		OUT_LIT(b, "\":");
		if (ag->func == AF_STDDEV)
			out_json_u64(b, (uint64_t)agg_scalar(ag, v, normal));
		else
			out_json_i64(b, agg_scalar(ag, v, normal));
		OUT_LIT(b, ",\"count\":");
		out_json_i64(b, v[0]);
		OUT_LIT(b, ",\"total\":");
		out_json_i64(b, v[1]);
		if (ag->func == AF_STDDEV) {
			OUT_LIT(b, ",\"sumsq\":");
			put_u128(b, ((unsigned __int128)(uint64_t)v[3] << 64) | (uint64_t)v[2]);
		}
		return;
	case AF_QUANTIZE:
	case AF_LQUANTIZE:
	case AF_LLQUANTIZE:
		break;
	}
	if (ag->sumw > 0) { /* the exact sum of the values (aggsum) */
		OUT_LIT(b, ",\"sum\":");
		out_json_i64(b, agg_sdiv(v[ag->sumw], (int64_t)normal));
	}
	bk = out_buckets(ag, v, 0, &nb);
	OUT_LIT(b, ",\"buckets\":[");
	for (int i = 0; bk && i < nb; i++) {
		if (i)
			out_put(b, ",", 1);
		OUT_LIT(b, "{\"value\":");
		out_json_i64(b, bk[i].label);
		OUT_LIT(b, ",\"min\":");
		out_json_i64(b, bk[i].min);
		OUT_LIT(b, ",\"max\":");
		out_json_i64(b, bk[i].max);
		OUT_LIT(b, ",\"count\":");
		out_json_i64(b, agg_sdiv(bk[i].count, (int64_t)normal));
		out_put(b, "}", 1);
	}
	out_put(b, "]", 1);
	free(bk);
}

void out_agg_snapshot(struct dtrun *d, int id, const char *action, const char *fmt)
{
	struct out_state *s = state(d);
	struct agg_rows r;
	const struct meta_agg *ag;
	struct lbuf *b;

	if (!s || agg_rows_get(d, id, 0, &r))
		return;
	ag = r.ag;
	b = &s->obj;
	head(s, "aggregation");
	OUT_LIT(b, ",\"action\":");
	out_json_cstr(b, action);
	OUT_LIT(b, ",\"aggregation-id\":");
	out_json_i64(b, id);
	OUT_LIT(b, ",\"aggregation-name\":");
	out_json_cstr(b, ag->name);
	OUT_LIT(b, ",\"function\":");
	out_json_cstr(b, ag->func >= 0 ? fn_json[ag->func] : "");
	if (ag->func == AF_LQUANTIZE) {
		OUT_LIT(b, ",\"parameters\":{\"base\":");
		out_json_i64(b, ag->p[0]);
		OUT_LIT(b, ",\"limit\":");
		out_json_i64(b, ag->p[1]);
		OUT_LIT(b, ",\"step\":");
		out_json_i64(b, ag->p[2]);
		out_put(b, "}", 1);
	} else if (ag->func == AF_LLQUANTIZE) {
		OUT_LIT(b, ",\"parameters\":{\"factor\":");
		out_json_i64(b, ag->p[0]);
		OUT_LIT(b, ",\"low\":");
		out_json_i64(b, ag->p[1]);
		OUT_LIT(b, ",\"high\":");
		out_json_i64(b, ag->p[2]);
		OUT_LIT(b, ",\"steps\":");
		out_json_i64(b, ag->p[3]);
		out_put(b, "}", 1);
	}
	if (r.normal != 1) {
		OUT_LIT(b, ",\"normal\":");
		out_json_u64(b, r.normal);
	}
	if (fmt) {
		OUT_LIT(b, ",\"format\":");
		out_json_cstr(b, fmt);
	}
	OUT_LIT(b, ",\"aggregation-data\":[");
	for (int i = 0; i < r.n; i++) {
		if (i)
			out_put(b, ",", 1);
		OUT_LIT(b, "{\"keys\":[");
		for (int k = 0; k < ag->nkeys; k++) {
			if (k)
				out_put(b, ",", 1);
			put_key(b, ag, k, r.keys[i]);
		}
		out_put(b, "]", 1);
		out_json_value(b, ag, r.vals[i], r.normal);
		out_put(b, "}", 1);
	}
	out_put(b, "]", 1);
	emit(d, s);
	agg_rows_free(&r);
}
