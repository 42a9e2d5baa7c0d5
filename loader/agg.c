/*
 * agg.c: aggregations in dtrun: reading and merging the maps.
 *
 * Each aggregation is a per-CPU hash map dtc_agg<ID> (compiler/agg.h has the
 * key and value layouts).  When dtrun consumes a printa() record, and at
 * exit for every aggregation not printed yet, it reads the map (batched
 * lookups, one key at a time where the kernel refuses batches), merges the
 * CPUs as DTrace's consumer does (dt_aggregate.c: min/max keep the extreme,
 * everything else adds) and sorts as dtrace_aggregate_walk_sorted() does (by
 * value then key; aggsortkey, aggsortrev, aggsortpos, aggsortkeypos);
 * agg_print.c prints them.  clear() and trunc() act on the maps; -x aggrate
 * keeps snapshots.  The "agg" metadata lines are agg_meta.c's.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <time.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "agg_impl.h"
#include "flame.h"
#include "out.h"
#include "dt_opt.h"
#include "stack.h"
#include "sym.h"

/* ---- options ---------------------------------------------------------- */

/*
 * The aggregation options, parsed by the shared table (runtime/dt_opt.c) as
 * dt_opt_runtime() parses them: "no", "off", "" ... unset one
 * (setopt("aggsortrev", "false"), setopt("aggsortrev", "")); "0" sets it, as
 * dt_aggregate_qsort() asks only whether it is set; the positions are
 * integers, unset is 0.
 */
static void set_opt(struct agg_state *as, const char *name, const char *val)
{
	int64_t v;

	if (dt_opt_set(name, val, DT_OPTC_CMDLINE, &v) != DT_OPTE_OK)
		return;
	if (!strcmp(name, "aggsortkey"))
		as->sortkey = v != DT_OPT_UNSET;
	else if (!strcmp(name, "aggsortrev"))
		as->sortrev = v != DT_OPT_UNSET;
	else if (!strcmp(name, "aggsortpos"))
		as->sortpos = v > 0 ? (int)v : 0;
	else if (!strcmp(name, "aggsortkeypos"))
		as->keypos = v > 0 ? (int)v : 0;
	else if (!strcmp(name, "aggpercpu"))
		as->percpu = 1;
}

/* setopt(): consume.c has checked the option (dtrace_setopt()). */
void agg_setopt(struct dtrun *d, const char *name, const char *val)
{
	if (d->agg)
		set_opt(d->agg, name, val);
}

/*
 * DTrace's aggs map is one hash per CPU, each room for every aggregation's
 * entries made on that CPU (gmap_create_aggs()): a key made on two CPUs is
 * two entries, and each CPU fills its own.  dtc's per-CPU hash per
 * aggregation has one entry for a key of all CPUs, so it holds the room of
 * every CPU (dtc_agg_nelems each, kept by dtc_agg.bpf.h dt_agg_room()):
 * its entries times the CPUs, up to 2^20 entries unless dtc sized it more.
 */
static void agg_size_maps(struct dtrun *d)
{
	int nc = libbpf_num_possible_cpus();
	struct bpf_map *map;

	if (nc <= 1)
		return;
	bpf_object__for_each_map(map, d->obj) {
		uint64_t n = bpf_map__max_entries(map), lim = n > (1u << 20) ? n : (1u << 20);

		if (bpf_map__type(map) != BPF_MAP_TYPE_PERCPU_HASH ||
		    strncmp(bpf_map__name(map), "dtc_agg", 7))
			continue;
		n *= (uint64_t)nc;
		bpf_map__set_max_entries(map, (uint32_t)(n < lim ? n : lim));
	}
}

/*
 * Before load, as gmap_create_aggs() creates DTrace's aggs map before any
 * program loads: aggsize (dtrace(8)'s default 4m) holds aggsize / (the
 * largest key tuple + the largest aggregation data) entries, the object's
 * dtc_agg_elem (emit_agg.c).  None: "Enabling exceeds size of buffer"
 * (EDT_BUFTOOSMALL); past 2^27, more than the kernel makes a hash map of
 * (htab_map_alloc(): its power-of-two buckets, 16 bytes each, within
 * 4 GiB), the map is "Too big".  An object without dtc_agg_elem is checked
 * after load, by agg_init().
 */
int agg_size_check(struct dtrun *d)
{
	uint64_t el = 0, sz = 4 << 20;
	const char *v = meta_opt(&d->meta, "aggsize");

	if (!d->meta.naggs || !d->obj ||
	    bpfvar_rodata_get(d->obj, "dtc_agg_elem", &el, sizeof(el)) || !el)
		return 0;
	if (v && dt_parse_size(v, &sz))
		return 0;
	if (gmap_fits(d, sz, el, "aggs"))
		return -1;
	agg_size_maps(d);
	return 0;
}

int agg_init(struct dtrun *d)
{
	uint64_t el = 0;
	struct agg_state *as;
	const char *v;
	int i;

	if (!d->meta.naggs)
		return 0;
	as = calloc(1, sizeof(*as));
	if (!as)
		return -1;
	d->agg = as;
	as->n = d->meta.naggs;
	as->rt = calloc((size_t)as->n, sizeof(*as->rt));
	as->ncpus = libbpf_num_possible_cpus();
	if (!as->rt || as->ncpus <= 0)
		return -1;
	/* the object's options, then the command line's (options.c) */
	as->sortkey = d->o->aggsortkey;
	as->sortrev = d->o->aggsortrev;
	as->sortpos = d->o->aggsortpos;
	as->keypos = d->o->aggsortkeypos;
	as->percpu = d->o->aggpercpu;
	as->aggrate_ns = d->o->aggrate_ns;
	as->strrec = (int)meta_opt_num(&d->meta, "strsize", 256) + 1;
	v = meta_opt(&d->meta, "aggsize");
	for (i = 0; i < as->n; i++) {
		const struct meta_agg *ag = &d->meta.aggs[i];
		char mname[32];
		struct bpf_map *map;

		as->rt[i].normal = 1;
		as->rt[i].fd = -1;
		if (v && (!d->obj || bpfvar_rodata_get(d->obj, "dtc_agg_elem", &el, sizeof(el)))) {
			uint64_t sz;
			if (!dt_parse_size(v, &sz) && sz < (uint64_t)ag->ksize + (uint64_t)ag->nvals * 8) {
				fflush(d->o->out);
				dt_err("could not enable tracing: Enabling exceeds size of buffer\n");
				return -1;
			}
		}
		snprintf(mname, sizeof(mname), "dtc_agg%d", i);
		map = d->obj ? bpf_object__find_map_by_name(d->obj, mname) : NULL;
		if (map) {
			as->rt[i].fd = bpf_map__fd(map);
			as->rt[i].arr = bpf_map__type(map) == BPF_MAP_TYPE_PERCPU_ARRAY;
			as->rt[i].stride = ((size_t)bpf_map__value_size(map) + 7) & ~(size_t)7;
		}
	}
	return 0;
}

static void agg_cache_free(struct agg_state *as);

void agg_free(struct dtrun *d)
{
	if (!d->agg)
		return;
	agg_cache_free(d->agg);
	free(d->agg->rt);
	free(d->agg);
	d->agg = NULL;
}

/* ---- reading the maps ------------------------------------------------- */

/* One CPU's data in a value (dtc_abi.h): nvals words. */
static size_t pcpu_size(const struct meta_agg *ag)
{
	return ((size_t)ag->nvals * 8 + 7) & ~(size_t)7;
}

/* One CPU's value in a hash map: its data, then the word set once that CPU
 * made its entry (dtc_agg.bpf.h dt_agg_room()); the data alone in objects
 * of dtc before it (the map's value size says which). */
static size_t pcpu_stride(const struct agg_state *as, int id, const struct meta_agg *ag)
{
	return as->rt[id].stride > pcpu_size(ag) ? as->rt[id].stride : pcpu_size(ag);
}

/* buf: ncpus values of ps bytes each, the data first */
static void merge(const struct meta_agg *ag, int ncpus, const char *buf, size_t ps, int64_t *out)
{
	int c, w;

	memset(out, 0, (size_t)ag->nvals * 8);
	for (c = 0; c < ncpus; c++) {
		const int64_t *v = (const int64_t *)(buf + (size_t)c * ps);

		if (ag->func == AF_MIN || ag->func == AF_MAX) {
			if (!v[1])
				continue;
			if (!out[1] || (ag->func == AF_MIN ? v[0] < out[0] : v[0] > out[0]))
				out[0] = v[0];
			out[1] = 1;
			continue;
		}
		for (w = 0; w < ag->nvals; w++)
			out[w] += v[w];
	}
	if ((ag->func == AF_MIN || ag->func == AF_MAX) && !out[1])
		out[0] = ag->func == AF_MIN ? INT64_MAX : INT64_MIN; /* cleared, as DTrace */
}


static int snap_add(struct snap *s, const struct meta_agg *ag, int ncpus, const char *key,
		    const char *buf, size_t ps, int want_pcpu)
{
	if (s->n == s->cap) {
		int nc = s->cap ? s->cap * 2 : 64;
		char **nk = realloc(s->keys, sizeof(*nk) * (size_t)nc);
		int64_t **nv = nk ? realloc(s->vals, sizeof(*nv) * (size_t)nc) : NULL;
		int64_t **np = nv ? realloc(s->pcpu, sizeof(*np) * (size_t)nc) : NULL;
		if (nk)
			s->keys = nk;
		if (nv)
			s->vals = nv;
		if (!np)
			return -1;
		s->pcpu = np;
		s->cap = nc;
	}
	s->keys[s->n] = malloc((size_t)ag->ksize);
	s->vals[s->n] = malloc((size_t)ag->nvals * 8);
	s->pcpu[s->n] = NULL;
	if (!s->keys[s->n] || !s->vals[s->n])
		return -1;
	memcpy(s->keys[s->n], key, (size_t)ag->ksize);
	merge(ag, ncpus, buf, ps, s->vals[s->n]);
	if (want_pcpu) {
		s->pcpu[s->n] = malloc((size_t)ncpus * ag->nvals * 8);
		if (s->pcpu[s->n])
			for (int c = 0; c < ncpus; c++)
				memcpy(s->pcpu[s->n] + (size_t)c * ag->nvals,
				       buf + (size_t)c * ps, (size_t)ag->nvals * 8);
	}
	s->n++;
	return 0;
}

void agg_snap_free(struct snap *s)
{
	for (int i = 0; i < s->n; i++) {
		free(s->keys[i]);
		free(s->vals[i]);
		free(s->pcpu[i]);
	}
	free(s->keys);
	free(s->vals);
	free(s->pcpu);
	memset(s, 0, sizeof(*s));
}

static const struct meta_agg *g_symag; /* qsort() has no context argument */
static const struct snap *g_symsnap;

static int symkey_cmp(const void *a, const void *b)
{
	int l = *(const int *)a, r = *(const int *)b;
	int c = memcmp(g_symsnap->keys[l], g_symsnap->keys[r], (size_t)g_symag->ksize);

	return c ? c : (l < r ? -1 : l > r);
}

/*
 * sym(), func(), mod(), usym(), ufunc(), umod() keys: dtrace normalizes
 * their addresses when it snapshots an aggregation (dt_aggregate.c) so that
 * a function or a module is one entry; entries whose keys become equal are
 * merged as the per-CPU values are.
 */
static void sym_normalize_keys(const struct meta_agg *ag, int ncpus, struct snap *s)
{
	int i, k, any = 0, nv = ag->nvals;
	struct snap out = { 0 };
	int64_t *two;
	int *idx;

	for (k = 0; k < ag->nkeys; k++)
		any |= ag->keys[k].kind == ARG_KSYM ||
		       (ag->keys[k].kind == ARG_USYM && ag->keys[k].letter != 'X');
	if (!any || s->n < 1)
		return;
	for (i = 0; i < s->n; i++)
		for (k = 0; k < ag->nkeys; k++) {
			const struct meta_arg *ka = &ag->keys[k];
			uint64_t w[2] = { 0, 0 };

			if (ka->kind != ARG_KSYM && ka->kind != ARG_USYM)
				continue;
			memcpy(w, s->keys[i] + ag->koff[k], ka->kind == ARG_USYM ? 16 : 8);
			w[0] = sym_normalize(ka->letter, ka->kind == ARG_USYM ? (int)w[1] : -1, w[0]);
			memcpy(s->keys[i] + ag->koff[k], w, 8);
		}
	/* sort the entries by key, then merge each run of equal keys */
	two = malloc((size_t)nv * 8 * 2);
	idx = malloc(sizeof(*idx) * (size_t)s->n);
	out.keys = malloc(sizeof(*out.keys) * (size_t)s->n);
	out.vals = malloc(sizeof(*out.vals) * (size_t)s->n);
	out.pcpu = malloc(sizeof(*out.pcpu) * (size_t)s->n);
	if (!two || !idx || !out.keys || !out.vals || !out.pcpu) {
		free(two);
		free(idx);
		free(out.keys);
		free(out.vals);
		free(out.pcpu);
		return;
	}
	for (i = 0; i < s->n; i++)
		idx[i] = i;
	g_symag = ag;
	g_symsnap = s;
	if (s->n > 1) /* qsort(NULL, 0) is undefined */
		qsort(idx, (size_t)s->n, sizeof(*idx), symkey_cmp);
	out.cap = s->n;
	for (i = 0; i < s->n; i++) {
		int e = idx[i], o = out.n - 1;

		if (out.n && !memcmp(out.keys[o], s->keys[e], (size_t)ag->ksize)) {
			memcpy(two, out.vals[o], (size_t)nv * 8);
			memcpy(two + nv, s->vals[e], (size_t)nv * 8);
			merge(ag, 2, (const char *)two, pcpu_size(ag), out.vals[o]);
			for (int c = 0; out.pcpu[o] && s->pcpu[e] && c < ncpus; c++) {
				memcpy(two, out.pcpu[o] + (size_t)c * nv, (size_t)nv * 8);
				memcpy(two + nv, s->pcpu[e] + (size_t)c * nv, (size_t)nv * 8);
				merge(ag, 2, (const char *)two, pcpu_size(ag), out.pcpu[o] + (size_t)c * nv);
			}
			free(s->keys[e]);
			free(s->vals[e]);
			free(s->pcpu[e]);
			continue;
		}
		out.keys[out.n] = s->keys[e];
		out.vals[out.n] = s->vals[e];
		out.pcpu[out.n] = s->pcpu[e];
		out.n++;
	}
	free(s->keys);
	free(s->vals);
	free(s->pcpu);
	*s = out;
	free(idx);
	free(two);
}

static int snapshot_raw(struct dtrun *d, int id, struct snap *s);

/* A deep copy of src into *dst (empty on failure). */
static int snap_copy(struct snap *dst, const struct snap *src, const struct meta_agg *ag,
		     int ncpus)
{
	size_t psz = (size_t)ncpus * ag->nvals * 8;

	memset(dst, 0, sizeof(*dst));
	if (!src->n)
		return 0;
	dst->keys = calloc((size_t)src->n, sizeof(*dst->keys));
	dst->vals = calloc((size_t)src->n, sizeof(*dst->vals));
	dst->pcpu = calloc((size_t)src->n, sizeof(*dst->pcpu));
	dst->cap = src->n;
	if (!dst->keys || !dst->vals || !dst->pcpu) {
		agg_snap_free(dst);
		return -1;
	}
	for (int i = 0; i < src->n; i++) {
		dst->n++;
		dst->keys[i] = malloc((size_t)ag->ksize);
		dst->vals[i] = malloc((size_t)ag->nvals * 8);
		dst->pcpu[i] = src->pcpu[i] ? malloc(psz) : NULL;
		if (!dst->keys[i] || !dst->vals[i] || (src->pcpu[i] && !dst->pcpu[i])) {
			agg_snap_free(dst);
			return -1;
		}
		memcpy(dst->keys[i], src->keys[i], (size_t)ag->ksize);
		memcpy(dst->vals[i], src->vals[i], (size_t)ag->nvals * 8);
		if (src->pcpu[i])
			memcpy(dst->pcpu[i], src->pcpu[i], psz);
	}
	return 0;
}

/* All keys and merged values of one aggregation, as the maps have them now. */
static int snapshot_now(struct dtrun *d, int id, struct snap *s)
{
	int r = snapshot_raw(d, id, s);

	if (!r)
		sym_normalize_keys(&d->meta.aggs[id], d->agg->ncpus, s);
	return r;
}

/*
 * All keys and merged values of one aggregation: -x aggrate's last
 * snapshot.  dtrace wakes for each printa() record (dt_peb.c
 * wakeup_events) and snapshots as it wakes, when aggrate has passed: the
 * data printed holds every update before the record, or is at most aggrate
 * old.  dtrun's drains also start on a timer, and read to the ring's end:
 * a record written after the drain's snapshot began (at or past the
 * producer position then) is dtrace's next wakeup, which snapshots again
 * when aggrate allows; one before it finds its updates in the snapshot.
 */
int agg_snapshot(struct dtrun *d, int id, struct snap *s)
{
	struct agg_state *as = d->agg;

	if (as->aggrate_ns && !as->stopped) {
		if (d->rec_pos >= as->snap_pos)
			agg_snap_tick(d);
		if (as->cached && as->cached[id])
			return snap_copy(s, &as->cache[id], &d->meta.aggs[id], as->ncpus);
	}
	return snapshot_now(d, id, s);
}

void agg_snap_tick(struct dtrun *d)
{
	struct agg_state *as = d->agg;
	struct timespec ts;
	uint64_t now;

	if (!as || !as->aggrate_ns || as->stopped)
		return;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	now = (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
	if (as->lastagg) {
		if (now - as->lastagg < as->aggrate_ns)
			return;
		as->lastagg += as->aggrate_ns; /* dtrace_aggregate_snap() */
	} else {
		as->lastagg = now;
	}
	if (!as->cache) {
		as->cache = calloc((size_t)as->n, sizeof(*as->cache));
		as->cached = calloc((size_t)as->n, 1);
		if (!as->cache || !as->cached)
			return;
	}
	/* the updates of every record before this position are in the maps
	 * (BPF updates them before it reserves the record) */
	/* the ring's producer position (its page after the consumer's):
	 * where the next record will start, 0 when unknown */
	as->snap_pos = d->rb_pos ? __atomic_load_n(&d->rb_pos[getpagesize() / 8],
						   __ATOMIC_ACQUIRE) : 0;
	for (int i = 0; i < as->n; i++) {
		agg_snap_free(&as->cache[i]);
		as->cached[i] = !snapshot_now(d, i, &as->cache[i]);
	}
	/* dtrace_consume(): once BEGIN's records are processed, dt_lastagg is
	 * reset ("force data retrieval"): the next drain snapshots again */
	if (!as->begun) {
		as->begun = 1;
		as->lastagg = 0;
	}
}

static void agg_cache_free(struct agg_state *as)
{
	for (int i = 0; as->cache && i < as->n; i++)
		agg_snap_free(&as->cache[i]);
	free(as->cache);
	free(as->cached);
	as->cache = NULL;
	as->cached = NULL;
}

void agg_stopped(struct dtrun *d)
{
	if (d->agg)
		d->agg->stopped = 1;
}

/*
 * An aggregation without keys: its one-entry per-CPU array, each CPU's
 * value followed by a word set once updated.  The values (flags dropped)
 * into vals, ncpus * pcpu_size(); 1 when some CPU updated it, 0 when none
 * did, -1 when the map cannot be read.  raw: ncpus * (pcpu_size() + 8).
 */
static int read_arr(struct dtrun *d, int id, char *raw, char *vals)
{
	struct agg_state *as = d->agg;
	size_t ps = pcpu_size(&d->meta.aggs[id]);
	uint32_t zero = 0;
	int any = 0;

	if (bpf_map_lookup_elem(as->rt[id].fd, &zero, raw))
		return -1;
	for (int c = 0; c < as->ncpus; c++) {
		uint64_t flag;
		memcpy(vals + (size_t)c * ps, raw + (size_t)c * (ps + 8), ps);
		memcpy(&flag, raw + (size_t)c * (ps + 8) + ps, 8);
		any |= flag != 0;
	}
	return any;
}

static int snapshot_arr(struct dtrun *d, int id, struct snap *s)
{
	const struct meta_agg *ag = &d->meta.aggs[id];
	size_t ps = pcpu_size(ag), nc = (size_t)d->agg->ncpus;
	char *raw = malloc((ps + 8) * nc), *vals = malloc(ps * nc);
	char *key = calloc(1, (size_t)ag->ksize);
	int r = -1;

	if (raw && vals && key) {
		r = read_arr(d, id, raw, vals);
		if (r > 0)
			r = snap_add(s, ag, d->agg->ncpus, key, vals, ps, d->agg->percpu);
	}
	free(raw);
	free(vals);
	free(key);
	return r < 0 ? -1 : 0;
}

/*
 * trunc() removes entries: the CPUs that had their own (the word past a
 * value's data set) get their room back, as dt_aggwalk_remove() deletes
 * the key from each CPU's map in DTrace.  dtc_aggbudget's entry 1 is
 * dtrun's alone (dtc_agg.bpf.h dt_agg_room()).  raw: ncpus values of
 * stride bytes, each one's word at off.
 */
static void budget_give(struct dtrun *d, const char *raw, size_t stride, size_t off)
{
	struct bpf_map *m = d->obj ? bpf_object__find_map_by_name(d->obj, "dtc_aggbudget") : NULL;
	int nc = d->agg->ncpus, any = 0;
	uint64_t *freed;
	uint32_t one = 1;

	if (!m || bpf_map__fd(m) < 0 || !(freed = calloc((size_t)nc, 8)))
		return;
	if (!bpf_map_lookup_elem(bpf_map__fd(m), &one, freed)) {
		for (int c = 0; c < nc; c++) {
			uint64_t own;

			memcpy(&own, raw + (size_t)c * stride + off, 8);
			if (own) {
				freed[c]++;
				any = 1;
			}
		}
		if (any)
			bpf_map_update_elem(bpf_map__fd(m), &one, freed, BPF_ANY);
	}
	free(freed);
}

/* clear() and trunc() of an aggregation without keys: zero its values,
 * keeping (clear) or dropping (trunc) the updated flags. */
static void reset_arr(struct dtrun *d, int id, int keep_flags)
{
	size_t ps = pcpu_size(&d->meta.aggs[id]), nc = (size_t)d->agg->ncpus;
	char *raw = calloc(ps + 8, nc);
	int fd = d->agg->rt[id].fd;
	uint32_t zero = 0;

	if (raw && !bpf_map_lookup_elem(fd, &zero, raw)) {
		if (!keep_flags)
			budget_give(d, raw, ps + 8, ps);
		for (size_t c = 0; c < nc; c++) {
			memset(raw + c * (ps + 8), 0, ps);
			if (!keep_flags)
				memset(raw + c * (ps + 8) + ps, 0, 8);
		}
		bpf_map_update_elem(fd, &zero, raw, BPF_ANY);
	}
	free(raw);
}

/* All keys and per-CPU-merged values of one aggregation, as the map has them. */
static int snapshot_raw(struct dtrun *d, int id, struct snap *s)
{
	struct agg_state *as = d->agg;
	const struct meta_agg *ag = &d->meta.aggs[id];
	int fd = as->rt[id].fd, ncpus = as->ncpus, r;
	size_t ps = pcpu_stride(as, id, ag);
	char *key, *next, *buf;
	uint32_t count;

	memset(s, 0, sizeof(*s));
	if (fd < 0)
		return 0;
	if (as->rt[id].arr)
		return snapshot_arr(d, id, s);
	/* batched: 256 keys per call */
	{
		uint32_t batch = 256;
		char *keys = malloc((size_t)ag->ksize * batch);
		char *vals = malloc(ps * (size_t)ncpus * batch);
		char inb[64], outb[64];
		int first = 1, ok = keys && vals;
		DECLARE_LIBBPF_OPTS(bpf_map_batch_opts, opts);

		while (ok) {
			count = batch;
			r = bpf_map_lookup_batch(fd, first ? NULL : inb, outb, keys, vals, &count,
						 &opts);
			if (r && errno != ENOENT) {
				if (first) {
					ok = 0; /* unsupported: fall back below */
					break;
				}
				free(keys);
				free(vals);
				return -1;
			}
			for (uint32_t i = 0; i < count; i++)
				if (snap_add(s, ag, ncpus, keys + (size_t)i * ag->ksize,
					     vals + (size_t)i * ps * ncpus, ps, as->percpu))
					break;
			if (r)
				break; /* ENOENT: that was the last batch */
			memcpy(inb, outb, sizeof(inb));
			first = 0;
		}
		free(keys);
		free(vals);
		if (ok)
			return 0;
	}
	key = calloc(1, (size_t)ag->ksize);
	next = calloc(1, (size_t)ag->ksize);
	buf = malloc(ps * (size_t)ncpus);
	if (!key || !next || !buf) {
		free(key);
		free(next);
		free(buf);
		return -1;
	}
	r = bpf_map_get_next_key(fd, NULL, next);
	while (!r) {
		if (!bpf_map_lookup_elem(fd, next, buf))
			snap_add(s, ag, ncpus, next, buf, ps, as->percpu);
		memcpy(key, next, (size_t)ag->ksize);
		r = bpf_map_get_next_key(fd, key, next);
	}
	free(key);
	free(next);
	free(buf);
	return 0;
}

/* ---- values ----------------------------------------------------------- */

/* 128-bit helpers for stddev(), as DTrace computes it (dt_consume.c). */
static unsigned __int128 u128(const int64_t *v)
{
	return ((unsigned __int128)(uint64_t)v[1] << 64) | (uint64_t)v[0];
}

static uint64_t isqrt128(unsigned __int128 x)
{
	unsigned __int128 r = 0, bit = (unsigned __int128)1 << 126;

	while (bit > x)
		bit >>= 2;
	while (bit) {
		if (x >= r + bit) {
			x -= r + bit;
			r = (r >> 1) + bit;
		} else {
			r >>= 1;
		}
		bit >>= 2;
	}
	return (uint64_t)r;
}

/* a / b, signed as DTrace divides by normalize()'s value, except that
 * INT64_MIN / -1 (normalize(@a, -1)), which traps in C, wraps. */
int64_t agg_sdiv(int64_t a, int64_t b)
{
	return b == -1 ? (int64_t)(0 - (uint64_t)a) : a / b;
}

static uint64_t stddev(const int64_t *d, uint64_t normal)
{
	unsigned __int128 avgsq = u128(d + 2) / normal / (uint64_t)d[0], sqavg, diff;
	int64_t avg = agg_sdiv(agg_sdiv(d[1], (int64_t)normal), d[0]);

	if (avg < 0)
		avg = -avg;
	sqavg = (unsigned __int128)(uint64_t)avg * (uint64_t)avg;
	diff = avgsq - sqavg;
	return isqrt128(diff);
}

int64_t agg_quant_bucketval(int i)
{
	if (i < QUANT_ZERO)
		return -(int64_t)(1ULL << (QUANT_ZERO - 1 - i));
	if (i == QUANT_ZERO)
		return 0;
	return (int64_t)(1ULL << (i - QUANT_ZERO - 1));
}

/* The value printa's %@ and the default layout show for a scalar. */
int64_t agg_scalar(const struct meta_agg *ag, const int64_t *v, uint64_t normal)
{
	switch (ag->func) {
	case AF_AVG:
		return v[0] ? agg_sdiv(agg_sdiv(v[1], (int64_t)normal), v[0]) : 0;
	case AF_STDDEV:
		return v[0] ? (int64_t)stddev(v, normal) : 0;
	default:
		return (long long)((unsigned long long)v[0] / normal);
	}
}

/* ---- sorting (dt_aggregate.c) ------------------------------------------ */

/*
 * lquantize()'s sort value, dt_aggregate_lquantizedsum(): each bucket's
 * count times its lower bound, the underflow bucket's times base - 1, the
 * overflow bucket's times its bound + 1.
 */
static long double lq_sum(const struct meta_agg *ag, const int64_t *v)
{
	int64_t base = ag->p[0], step = ag->p[2];
	int levels = agg_lq_levels(ag);
	long double t = (long double)(base - 1) * v[0];

	for (int i = 1; i <= levels; i++)
		t += (long double)(base + (i - 1) * step) * v[i];
	t += (long double)(base + levels * step + 1) * v[levels + 1];
	return t;
}

/*
 * The tie-breaker, dt_aggregate_lquantizedzero(): the count of the bucket
 * whose value stands for 0 in lq_sum(): the underflow bucket when base is 1,
 * a bucket whose lower bound is exactly 0, the overflow bucket when its
 * bound is -1; none otherwise.
 */
static int64_t lq_zero(const struct meta_agg *ag, const int64_t *v)
{
	int64_t base = ag->p[0], step = ag->p[2];
	int levels = agg_lq_levels(ag);

	if (base - 1 == 0)
		return v[0];
	for (int i = 1; i <= levels; i++)
		if (base + (i - 1) * step == 0)
			return v[i];
	if (base + levels * step + 1 == 0)
		return v[levels + 1];
	return 0;
}

static long double llq_sum(const struct meta_agg *ag, const int64_t *q)
{
	int factor = (int)ag->p[0], lmag = (int)ag->p[1], hmag = (int)ag->p[2];
	int steps = (int)ag->p[3], sf = steps / factor;
	int bin0 = 1 + (hmag - lmag + 1) * (steps - sf), i = 1, step, mag;
	long double scale = 1, total;

	for (mag = 0; mag < lmag; mag++)
		scale *= factor;
	total = scale * (q[bin0 + 1] - q[bin0 - 1]);
	if (lmag == 0 && steps > factor) {
		for (step = 2; step <= factor; step++) {
			i += sf;
			total += (long double)step * (q[bin0 + i] - q[bin0 - i]);
		}
		lmag = 1;
	}
	scale = 1;
	for (mag = 0; mag < lmag + 1; mag++)
		scale *= factor;
	scale /= steps;
	for (mag = lmag; mag <= hmag; mag++) {
		for (step = sf + 1; step <= steps; step++) {
			i++;
			total += step * scale * (q[bin0 + i] - q[bin0 - i]);
		}
		scale *= factor;
	}
	return total;
}

#define CMP(a, b) ((a) < (b) ? -1 : (a) > (b) ? 1 : 0)

int agg_valcmp(const struct meta_agg *ag, const int64_t *l, const int64_t *r)
{
	int c;

	switch (ag->func) {
	case AF_AVG: {
		int64_t la = l[0] ? l[1] / l[0] : 0, ra = r[0] ? r[1] / r[0] : 0;
		return CMP(la, ra);
	}
	case AF_STDDEV: {
		uint64_t ls = l[0] ? stddev(l, 1) : 0, rs = r[0] ? stddev(r, 1) : 0;
		return CMP(ls, rs);
	}
	case AF_QUANTIZE: {
		long double lt = 0, rt = 0;
		for (int i = 0; i < QUANT_NBUCKETS; i++) {
			lt += (long double)agg_quant_bucketval(i) * l[i];
			rt += (long double)agg_quant_bucketval(i) * r[i];
		}
		if ((c = CMP(lt, rt)))
			return c;
		return CMP(l[QUANT_ZERO], r[QUANT_ZERO]);
	}
	case AF_LQUANTIZE: {
		long double lt = lq_sum(ag, l), rt = lq_sum(ag, r);
		if ((c = CMP(lt, rt)))
			return c;
		return CMP(lq_zero(ag, l), lq_zero(ag, r));
	}
	case AF_LLQUANTIZE: {
		long double lt = llq_sum(ag, l), rt = llq_sum(ag, r);
		int bin0 = (ag->nvals - 1) / 2;
		if ((c = CMP(lt, rt)))
			return c;
		return CMP(l[bin0], r[bin0]);
	}
	}
	return CMP(l[0], r[0]);
}

/* A key component's record size as dt_aggregate_keycmp() compares it: a
 * string's is strsize + 1 whatever dtc stored (0 here), a pointer's 8. */
static int comp_size(const struct meta_arg *k)
{
	return k->kind == ARG_STR ? 0 : k->kind == ARG_PTR ? 8 : k->size;
}

static int nonzero(const char *p, size_t n)
{
	while (n--)
		if (*p++)
			return 1;
	return 0;
}

/*
 * dt_aggregate_keycmp() of key l (laid out as aggregation la) and key r (as
 * ra; printa() joins aggregations of compatible keys): component by
 * component from keypos, first by record size, then of 1, 2, 4 or 8 bytes
 * as unsigned integers, else (strings, stacks, structs) bytewise.  strrec:
 * a string's record size, strsize + 1; one of 2, 4 or 8 bytes (strsize 1,
 * 3 or 7) is compared as an integer too, little-endian ("b" < "ba" < "ab");
 * 0 where only equality counts.
 */
int agg_keycmp(const struct meta_agg *la, const char *l, const struct meta_agg *ra, const char *r,
	       int keypos, int strrec)
{
	int n = la->nkeys < ra->nkeys ? la->nkeys : ra->nkeys;

	if (keypos + 1 > n)
		keypos = 0;
	for (int i = 0; i < n; i++) {
		int k = (i + keypos) % n;
		const struct meta_arg *ka = &la->keys[k], *kb = &ra->keys[k];
		const char *lp = l + la->koff[k], *rp = r + ra->koff[k];
		int ls = comp_size(ka), rs = comp_size(kb);
		uint64_t lv, rv;

		if (ls != rs)
			return ls < rs ? -1 : 1;
		if (ka->kind == ARG_STR && (strrec == 2 || strrec == 4 || strrec == 8) &&
		    ka->size >= strrec && kb->size >= strrec) {
			lv = rv = 0;
			memcpy(&lv, lp, (size_t)strrec); /* dtrun runs little-endian, as BPF here */
			memcpy(&rv, rp, (size_t)strrec);
			if (lv != rv)
				return lv < rv ? -1 : 1;
			continue;
		}
		if (ka->kind == ARG_STR) {
			size_t m = (size_t)(ka->size < kb->size ? ka->size : kb->size);
			int c = memcmp(lp, rp, m);

			if (c)
				return c < 0 ? -1 : 1;
			if (nonzero(lp + m, (size_t)ka->size - m))
				return 1;
			if (nonzero(rp + m, (size_t)kb->size - m))
				return -1;
			continue;
		}
		if (ka->kind == ARG_KSTACK || ka->kind == ARG_USTACK ||
		    (ka->kind == ARG_RAW && ls != 1 && ls != 2 && ls != 4 && ls != 8)) {
			int c = memcmp(lp, rp, (size_t)ls);
			if (c)
				return c < 0 ? -1 : 1;
			continue;
		}
		memcpy(&lv, lp, 8);
		memcpy(&rv, rp, 8);
		if (ka->kind == ARG_USYM) {
			/* dt_aggregate_keycmp(): by tgid, then by address */
			uint64_t lt, rt;

			memcpy(&lt, lp + 8, 8);
			memcpy(&rt, rp + 8, 8);
			if (lt != rt)
				return lt < rt ? -1 : 1;
		}
		switch (ls) {
		case 1: lv = (uint8_t)lv; rv = (uint8_t)rv; break;
		case 2: lv = (uint16_t)lv; rv = (uint16_t)rv; break;
		case 4: lv = (uint32_t)lv; rv = (uint32_t)rv; break;
		}
		if (lv != rv)
			return lv < rv ? -1 : 1;
	}
	return 0;
}

static struct sort_ctx *g_sort; /* qsort() has no context argument */

static int ent_cmp(const void *a, const void *b)
{
	const struct ent *l = a, *r = b;
	struct sort_ctx *sc = g_sort;
	const struct meta_agg *la = sc->ags[l->lay], *ra = sc->ags[r->lay];
	int c = 0, j;

	if (sc->as->sortkey)
		c = agg_keycmp(la, l->key, ra, r->key, sc->as->keypos, sc->as->strrec);
	for (j = 0; !c && j < sc->nags; j++) {
		int k = (j + (sc->as->sortpos < sc->nags ? sc->as->sortpos : 0)) % sc->nags;
		const int64_t *lv = l->v[k] ? l->v[k] : sc->zero[k];
		const int64_t *rv = r->v[k] ? r->v[k] : sc->zero[k];
		c = agg_valcmp(sc->ags[k], lv, rv);
	}
	if (!c && !sc->as->sortkey)
		c = agg_keycmp(la, l->key, ra, r->key, sc->as->keypos, sc->as->strrec);
	return sc->as->sortrev ? -c : c;
}

void agg_sort(struct ent *ents, size_t n, struct sort_ctx *sc)
{
	g_sort = sc;
	if (n > 1) /* qsort(NULL, 0) is undefined */
		qsort(ents, n, sizeof(*ents), ent_cmp);
	g_sort = NULL;
}


/* ---- clear, trunc ------------------------------------------------------ */

void agg_clear(struct dtrun *d, int id)
{
	struct agg_state *as = d->agg;
	const struct meta_agg *ag = &d->meta.aggs[id];
	struct snap s;
	char *z;

	if (as->rt[id].arr) {
		reset_arr(d, id, 1);
		return;
	}
	/* the data zeroed, each CPU's entry kept: DTrace's clear() leaves
	 * the entries in its maps (a new generation, dt_get_agg()) */
	z = calloc((size_t)as->ncpus, pcpu_stride(as, id, ag));
	if (!z || snapshot_raw(d, id, &s)) { /* the map's own keys */
		free(z);
		return;
	}
	for (int i = 0; i < s.n; i++) {
		if (bpf_map_lookup_elem(as->rt[id].fd, s.keys[i], z))
			continue;
		for (int c = 0; c < as->ncpus; c++)
			memset(z + (size_t)c * pcpu_stride(as, id, ag), 0, pcpu_size(ag));
		bpf_map_update_elem(as->rt[id].fd, s.keys[i], z, BPF_EXIST);
	}
	agg_snap_free(&s);
	free(z);
}

/* trunc(@a, n): keep the n largest (n < 0: smallest) values; trunc(@a): none. */
void agg_trunc(struct dtrun *d, int id, int64_t keep)
{
	struct agg_state *as = d->agg;
	const struct meta_agg *ag = &d->meta.aggs[id];
	struct snap s;
	struct ent *ents;
	int64_t *zero;
	char *raw = NULL;
	struct sort_ctx sc;
	struct agg_state tmp = *as;
	int i, rev = keep >= 0;

	if (snapshot_raw(d, id, &s)) /* the map's own keys */
		return;
	ents = calloc((size_t)s.n + 1, sizeof(*ents));
	zero = calloc((size_t)ag->nvals, 8);
	raw = calloc((size_t)as->ncpus, pcpu_stride(as, id, ag));
	if (!ents || !zero || !raw)
		goto out;
	for (i = 0; i < s.n; i++) {
		ents[i].key = s.keys[i];
		ents[i].v = &s.vals[i];
	}
	tmp.sortkey = 0;
	tmp.sortrev = rev;
	tmp.keypos = 0;
	tmp.sortpos = 0;
	sc.ags = &ag;
	sc.nags = 1;
	sc.as = &tmp;
	sc.zero = &zero;
	agg_sort(ents, (size_t)s.n, &sc);
	if (keep < 0)
		keep = -keep;
	for (i = (int)(keep < s.n ? keep : s.n); i < s.n; i++)
		if (as->rt[id].arr)
			reset_arr(d, id, 0);
		else if (!bpf_map_lookup_elem(as->rt[id].fd, ents[i].key, raw) &&
			 !bpf_map_delete_elem(as->rt[id].fd, ents[i].key))
			budget_give(d, raw, pcpu_stride(as, id, ag), pcpu_size(ag));
out:
	free(raw);
	free(ents);
	free(zero);
	agg_snap_free(&s);
}

/* ---- other output drivers (out_json.c, metrics.c, flame.c) -------------- */

/*
 * One aggregation's entries as printa() sorts them, merged over CPUs and
 * normalized keys.  fresh: read the maps now, not -x aggrate's last
 * snapshot.  0, or -1 when the map cannot be read.
 */
/* The metrics exposition's order: by key alone, the same from scrape to
 * scrape whatever the counts do (and far cheaper than DTrace's by value). */
static int ent_keycmp(const void *a, const void *b)
{
	return agg_keycmp(g_sort->ags[0], ((const struct ent *)a)->key, g_sort->ags[0],
			  ((const struct ent *)b)->key, 0, 0);
}

/* ent_keycmp() for one 64-bit integer key, the common case, inline */
static int ent_key64cmp(const void *a, const void *b)
{
	uint64_t l, r;

	memcpy(&l, ((const struct ent *)a)->key, 8);
	memcpy(&r, ((const struct ent *)b)->key, 8);
	return l < r ? -1 : l > r;
}

int agg_rows_get(struct dtrun *d, int id, int how, struct agg_rows *r)
{
	struct agg_state *as = d->agg;
	struct snap *s;
	struct ent *ents;
	int64_t *zero;
	const struct meta_agg *ag;
	struct sort_ctx sc;
	int i;

	memset(r, 0, sizeof(*r));
	if (!as || id < 0 || id >= as->n)
		return -1;
	ag = &d->meta.aggs[id];
	r->ag = ag;
	r->normal = as->rt[id].normal;
	s = calloc(1, sizeof(*s));
	if (!s)
		return -1;
	if (how & AGG_ROWS_FRESH ? snapshot_now(d, id, s) : agg_snapshot(d, id, s)) {
		free(s);
		return -1;
	}
	r->priv = s;
	ents = calloc((size_t)s->n + 1, sizeof(*ents));
	zero = calloc((size_t)ag->nvals, 8);
	r->keys = calloc((size_t)s->n + 1, sizeof(*r->keys));
	r->vals = calloc((size_t)s->n + 1, sizeof(*r->vals));
	if (!ents || !zero || !r->keys || !r->vals) {
		free(ents);
		free(zero);
		agg_rows_free(r);
		return -1;
	}
	for (i = 0; i < s->n; i++) {
		ents[i].key = s->keys[i];
		ents[i].v = &s->vals[i];
	}
	sc.ags = &ag;
	sc.nags = 1;
	sc.as = as;
	sc.zero = &zero;
	if (how & AGG_ROWS_BY_KEY) {
		g_sort = &sc;
		qsort(ents, (size_t)s->n, sizeof(*ents),
		      ag->nkeys == 1 && ag->koff[0] == 0 && ag->keys[0].size == 8 &&
				      (ag->keys[0].kind == ARG_INT || ag->keys[0].kind == ARG_UINT)
			      ? ent_key64cmp
			      : ent_keycmp);
		g_sort = NULL;
	} else {
		agg_sort(ents, (size_t)s->n, &sc);
	}
	for (i = 0; i < s->n; i++) {
		r->keys[i] = ents[i].key;
		r->vals[i] = ents[i].v[0];
	}
	r->n = s->n;
	free(ents);
	free(zero);
	return 0;
}

void agg_rows_free(struct agg_rows *r)
{
	if (r->priv) {
		agg_snap_free(r->priv);
		free(r->priv);
	}
	free(r->keys);
	free(r->vals);
	memset(r, 0, sizeof(*r));
}

