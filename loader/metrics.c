/*
 * metrics.c: dtrun --metrics ADDR:PORT and --metrics-textfile DIR.
 *
 * Every aggregation becomes a metric family named after it (@lat:
 * dtrace_lat; the anonymous @: the script's name), its keys labels key0,
 * key1, ... (strings, integers in decimal, stack keys as folded text, sym()
 * keys as DTrace prints them), and the D instance the label
 * dtrace_instance (Prometheus keeps "instance" for its target):
 *   count(), sum()          counter   dtrace_NAME_total
 *   min() max() avg() stddev()  gauge  dtrace_NAME (as printa() shows them)
 *   quantize(), lquantize(), llquantize()  histogram: dtrace_NAME_bucket
 *       with cumulative counts; a bucket holding the values A..B has le="B"
 *       (quantize()'s bucket 2^k: le 2^(k+1)-1; negative buckets as DTrace
 *       has them), the overflow one le="+Inf", dtrace_NAME_sum (the exact
 *       sum of the values, which BPF keeps beside quantize()'s and
 *       lquantize()'s buckets: metadata "aggsum"; none for llquantize(),
 *       and in OpenMetrics none for a series with a negative le, as the
 *       specification says) and dtrace_NAME_count.
 * plus dtrun's health: dtrun_events_total (records consumed),
 * dtrun_errors_total, dtrun_drops_total{kind}, dtrun_probes_enabled,
 * dtrun_attachments.
 *
 * The HTTP server is libmicrohttpd (a thread per connection, at most
 * METRICS_CONNS, METRICS_CONNS_PER_IP from one address, each timed out
 * after METRICS_TIMEOUT_S and given a bounded buffer).  A request never
 * touches the maps or dtrun's state itself: it wakes the main loop (an
 * eventfd the loop polls with the ring buffer) and waits for the
 * exposition the main thread renders between two drains, so
 * the consumer's state has one thread, and a slow or stuck client only
 * holds its own connection thread.  The Accept header chooses OpenMetrics
 * 1.0 (application/openmetrics-text, "# EOF") or the Prometheus text format
 * 0.0.4.
 *
 * --metrics-textfile DIR writes the text format to DIR/dtrun-INSTANCE.prom
 * for node_exporter's textfile collector, atomically (a temporary file in
 * DIR, then rename()), once a second and at exit.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/stat.h>

#ifdef DTRUN_METRICS
#include <microhttpd.h>
#endif

/* <sys/socket.h>'s AF_MAX (the number of address families) is not agg.h's max() */
#undef AF_MAX

#include "metrics.h"
#include "out.h"
#include "agg.h"

#define METRICS_CONNS 16        /* concurrent connections */
#define METRICS_CONNS_PER_IP 8  /* of them from one address: one host's clients
				   that never read leave room for the others */
#define METRICS_TIMEOUT_S 10    /* idle connection timeout */
#define METRICS_WAIT_S 5        /* longest wait for the main loop's exposition */

struct metrics {
	struct dtrun *d;
	int efd;                 /* eventfd: a request wants an exposition */
	pthread_mutex_t mu;
	pthread_cond_t cv;
	uint64_t want_seq;       /* requests so far */
	uint64_t done_seq;       /* the exposition answers requests up to this */
	int want_om;             /* some waiting request wants OpenMetrics */
	int want_text;
	char *text, *om;         /* the last expositions (malloc'd) */
	size_t text_len, om_len;
	int stopping;            /* requests get 503 */
	uint64_t textfile_ns;    /* CLOCK_MONOTONIC of the last textfile write */
	char *tf_path, *tf_tmp;
#ifdef DTRUN_METRICS
	struct MHD_Daemon *mhd;
#endif
};

/* ---- exposition ---------------------------------------------------------- */

static void put_name(struct lbuf *b, const char *s)
{
	for (; *s; s++) {
		char c = *s;

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '_' || c == ':'))
			c = '_';
		lbuf_put(b, &c, 1);
	}
}

/* A label value: \\, \" and \n escaped (both formats' rule). */
static void put_lval(struct lbuf *b, const char *s, size_t n)
{
	size_t run = 0;

	for (size_t i = 0; i < n; i++) {
		const char *e = s[i] == '\\' ? "\\\\" : s[i] == '"' ? "\\\"" : s[i] == '\n' ? "\\n" : NULL;

		if (!e) {
			run++;
			continue;
		}
		out_put(b, s + i - run, run);
		run = 0;
		out_put(b, e, 2);
	}
	out_put(b, s + n - run, run);
}

/* The aggregation's family name, "dtrace_NAME", into b. */
static void family(struct lbuf *b, const struct dtrun *d, const struct meta_agg *ag)
{
	const char *n = ag->name;
	char script[256];

	if (!n || !*n || !strcmp(n, "_")) { /* @ (@_): the script's name without directory and ".d" */
		const char *s = d->meta.script ? d->meta.script : d->o->desc_name;
		const char *slash = s ? strrchr(s, '/') : NULL;
		char *dot;

		snprintf(script, sizeof(script), "%s", s ? (slash ? slash + 1 : s) : "anon");
		if ((dot = strrchr(script, '.')) && !strcmp(dot, ".d"))
			*dot = 0;
		n = script;
	}
	out_puts(b, "dtrace_");
	put_name(b, n);
}

/* {dtrace_instance="...",key0="..."[,le="..."]}; inst: '{dtrace_instance="..."' */
static void labels(struct lbuf *b, const struct lbuf *inst, const struct meta_agg *ag,
		   const char *key, const char *le)
{
	out_put(b, inst->p, inst->len);
	for (int i = 0; i < ag->nkeys; i++) {
		const struct meta_arg *k = &ag->keys[i];
		const char *p = key + ag->koff[i];
		char *s = NULL;
		uint64_t v;

		OUT_LIT(b, ",key");
		out_json_i64(b, i);
		OUT_LIT(b, "=\"");
		switch (k->kind) {
		case ARG_STR:
			put_lval(b, p, strnlen(p, (size_t)k->size));
			break;
		case ARG_KSTACK:
		case ARG_USTACK: {
			int nf;
			char **f = out_stack_frames(k, p, &nf);

			s = out_fold(f, nf);
			out_frames_free(f, nf);
			break;
		}
		case ARG_KSYM:
		case ARG_USYM:
			s = out_sym_text(k, p);
			break;
		default:
			memcpy(&v, p, 8);
			if (k->kind == ARG_INT) {
				int64_t x = k->size == 1 ? (int8_t)v : k->size == 2 ? (int16_t)v
					    : k->size == 4 ? (int32_t)v : (int64_t)v;
				out_json_i64(b, x);
			} else {
				if (k->kind == ARG_UINT && k->size < 8)
					v &= (UINT64_C(1) << (8 * k->size)) - 1;
				out_json_u64(b, v);
			}
		}
		if (s)
			put_lval(b, s, strlen(s));
		free(s);
		out_put(b, "\"", 1);
	}
	if (le) {
		OUT_LIT(b, ",le=\"");
		out_puts(b, le);
		out_put(b, "\"", 1);
	}
	out_put(b, "}", 1);
}

static void header(struct lbuf *b, const struct dtrun *d, const struct meta_agg *ag, int om,
		   const char *type, const char *fn)
{
	/* the text format's TYPE names the sample (dtrace_x_total), OpenMetrics'
	 * the family (dtrace_x) */
	out_puts(b, "# HELP ");
	family(b, d, ag);
	if (!om && !strcmp(type, "counter"))
		out_puts(b, "_total");
	out_puts(b, " D aggregation @");
	out_puts(b, ag->name);
	out_puts(b, " = ");
	out_puts(b, fn);
	out_puts(b, "()\n# TYPE ");
	family(b, d, ag);
	if (!om && !strcmp(type, "counter"))
		out_puts(b, "_total");
	lbuf_put(b, " ", 1);
	out_puts(b, type);
	lbuf_put(b, "\n", 1);
}

static const char *const fn_names[] = {
	[AF_COUNT] = "count", [AF_SUM] = "sum", [AF_AVG] = "avg", [AF_MIN] = "min",
	[AF_MAX] = "max", [AF_STDDEV] = "stddev", [AF_QUANTIZE] = "quantize",
	[AF_LQUANTIZE] = "lquantize", [AF_LLQUANTIZE] = "llquantize",
};

static void agg_metric(struct lbuf *b, struct dtrun *d, int id, int om, const struct lbuf *inst)
{
	struct agg_rows r;
	const struct meta_agg *ag;
	struct lbuf fb = { 0 };
	int i;

	if (agg_rows_get(d, id, AGG_ROWS_FRESH | AGG_ROWS_BY_KEY, &r))
		return;
	ag = r.ag;
	if (ag->func < 0) {
		agg_rows_free(&r);
		return;
	}
	family(&fb, d, ag); /* once: dtrace_NAME */
#define FAMILY(b) out_put(b, fb.p, fb.len)
	switch (ag->func) {
	case AF_COUNT:
	case AF_SUM:
		header(b, d, ag, om, "counter", fn_names[ag->func]);
		for (i = 0; i < r.n; i++) {
			FAMILY(b);
			out_puts(b, "_total");
			labels(b, inst, ag, r.keys[i], NULL);
			lbuf_put(b, " ", 1);
			out_json_i64(b, agg_scalar(ag, r.vals[i], r.normal));
			lbuf_put(b, "\n", 1);
		}
		break;
	case AF_MIN:
	case AF_MAX:
	case AF_AVG:
	case AF_STDDEV:
		header(b, d, ag, om, "gauge", fn_names[ag->func]);
		for (i = 0; i < r.n; i++) {
			int64_t v = agg_scalar(ag, r.vals[i], r.normal);
			char t[24];

			FAMILY(b);
			labels(b, inst, ag, r.keys[i], NULL);
			if (ag->func == AF_STDDEV)
				snprintf(t, sizeof(t), " %" PRIu64 "\n", (uint64_t)v);
			else
				snprintf(t, sizeof(t), " %" PRId64 "\n", v);
			out_puts(b, t);
		}
		break;
	case AF_QUANTIZE:
	case AF_LQUANTIZE:
	case AF_LLQUANTIZE:
		header(b, d, ag, om, "histogram", fn_names[ag->func]);
		for (i = 0; i < r.n; i++) {
			int nb, first, last, j;
			struct out_bucket *bk = out_buckets(ag, r.vals[i], 1, &nb);
			int64_t cum = 0, total = 0;
			char le[32];

			if (!bk)
				continue;
			for (j = 0; j < nb; j++)
				total += bk[j].count / (int64_t)r.normal;
			for (first = 0; first < nb && !bk[first].count; first++)
				;
			for (last = nb - 1; last >= 0 && !bk[last].count; last--)
				;
			/* one empty bucket below the first, as DTrace shows one */
			if (first > 0)
				first--;
			if (first >= nb)
				first = last = -1;
			for (j = first; j >= 0 && j <= last && j < nb; j++) {
				if (bk[j].max == INT64_MAX)
					break; /* the overflow bucket is +Inf's */
				cum += bk[j].count / (int64_t)r.normal;
				snprintf(le, sizeof(le), "%" PRId64, bk[j].max);
				FAMILY(b);
				out_puts(b, "_bucket");
				labels(b, inst, ag, r.keys[i], le);
				lbuf_put(b, " ", 1);
				out_json_i64(b, cum);
				lbuf_put(b, "\n", 1);
			}
			FAMILY(b);
			out_puts(b, "_bucket");
			labels(b, inst, ag, r.keys[i], "+Inf");
			lbuf_put(b, " ", 1);
			out_json_i64(b, total);
			lbuf_put(b, "\n", 1);
			/* OpenMetrics: "Negative threshold buckets MAY be used, but
			 * then the Histogram MetricPoint MUST NOT contain a sum" */
			if (ag->sumw > 0 && !(om && first >= 0 && bk[first].max < 0)) {
				FAMILY(b);
				out_puts(b, "_sum");
				labels(b, inst, ag, r.keys[i], NULL);
				lbuf_put(b, " ", 1);
				out_json_i64(b, r.vals[i][ag->sumw] / (int64_t)r.normal);
				lbuf_put(b, "\n", 1);
			}
			FAMILY(b);
			out_puts(b, "_count");
			labels(b, inst, ag, r.keys[i], NULL);
			lbuf_put(b, " ", 1);
			out_json_i64(b, total);
			lbuf_put(b, "\n", 1);
			free(bk);
		}
		break;
	}
#undef FAMILY
	free(fb.p);
	agg_rows_free(&r);
}

/* dtrun's own metrics */
static void health(struct lbuf *b, struct dtrun *d, int om)
{
	static const char *const kinds[DT_STAT_NUM] = {
		[DT_STAT_RB_DROPS] = "principal", [DT_STAT_DYN_DROPS] = "dynamic",
		[DT_STAT_AGG_DROPS] = "aggregation", [DT_STAT_SPEC_UNAVAIL] = "specunavail",
		[DT_STAT_SPEC_BUSY] = "specbusy", [DT_STAT_SPEC_DROPS] = "speculative",
	};
	struct lbuf in = { 0 };
	char t[64];

	out_puts(&in, "dtrace_instance=\"");
	put_lval(&in, d->o->instance, strlen(d->o->instance));
	lbuf_put(&in, "\"\0", 2);
#define COUNTER(name, help, v)                                                                    \
	do {                                                                                      \
		out_puts(b, om ? "# HELP " name " " help "\n# TYPE " name " counter\n"             \
			       : "# HELP " name "_total " help "\n# TYPE " name "_total counter\n"); \
		out_puts(b, name "_total{");                                                      \
		out_puts(b, in.p);                                                                \
		snprintf(t, sizeof(t), "} %" PRIu64 "\n", (uint64_t)(v));                         \
		out_puts(b, t);                                                                   \
	} while (0)
	COUNTER("dtrun_events", "Records dtrun consumed from the ring buffer.", d->nrecords);
	COUNTER("dtrun_errors", "Runtime faults (the ERROR probe).", d->nerrors);
#undef COUNTER
	out_puts(b, om ? "# HELP dtrun_drops Drops reported, by kind.\n# TYPE dtrun_drops counter\n"
		       : "# HELP dtrun_drops_total Drops reported, by kind.\n"
			 "# TYPE dtrun_drops_total counter\n");
	for (int k = 0; k < DT_STAT_NUM; k++) {
		if (!kinds[k])
			continue;
		out_puts(b, "dtrun_drops_total{");
		out_puts(b, in.p);
		out_puts(b, ",kind=\"");
		out_puts(b, kinds[k]);
		snprintf(t, sizeof(t), "\"} %" PRIu64 "\n", d->drops[k]);
		out_puts(b, t);
	}
	out_puts(b, "# HELP dtrun_probes_enabled Probes the object's clauses enabled on this "
		    "host.\n# TYPE dtrun_probes_enabled gauge\ndtrun_probes_enabled{");
	out_puts(b, in.p);
	snprintf(t, sizeof(t), "} %d\n", d->en.total);
	out_puts(b, t);
	out_puts(b, "# HELP dtrun_attachments BPF links and perf events attached.\n"
		    "# TYPE dtrun_attachments gauge\ndtrun_attachments{");
	out_puts(b, in.p);
	snprintf(t, sizeof(t), "} %d\n", d->nlinks + d->nperf);
	out_puts(b, t);
	free(in.p);
}

void metrics_render(struct dtrun *d, int om, struct lbuf *b)
{
	struct lbuf inst = { 0 };

	b->len = 0;
	OUT_LIT(&inst, "{dtrace_instance=\"");
	put_lval(&inst, d->o->instance, strlen(d->o->instance));
	OUT_LIT(&inst, "\"");
	for (int i = 0; i < d->meta.naggs; i++)
		agg_metric(b, d, i, om, &inst);
	free(inst.p);
	health(b, d, om);
	if (om)
		out_puts(b, "# EOF\n");
}

/* ---- textfile ------------------------------------------------------------ */

static int textfile_write(struct metrics *m)
{
	struct lbuf b = { 0 };
	int fd, rc = -1;

	metrics_render(m->d, 0, &b);
	fd = open(m->tf_tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd >= 0) {
		size_t off = 0;

		while (off < b.len) {
			ssize_t w = write(fd, b.p + off, b.len - off);
			if (w <= 0)
				break;
			off += (size_t)w;
		}
		rc = off == b.len && fsync(fd) == 0 ? 0 : -1;
		close(fd);
		if (rc == 0 && rename(m->tf_tmp, m->tf_path) != 0)
			rc = -1;
		if (rc)
			unlink(m->tf_tmp);
	}
	if (rc)
		dt_err("failed to write the metrics textfile %s: %s\n", m->tf_path, strerror(errno));
	free(b.p);
	return rc;
}

static uint64_t mono_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

/* ---- HTTP ---------------------------------------------------------------- */

#ifdef DTRUN_METRICS
static enum MHD_Result reply(struct MHD_Connection *c, unsigned code, const char *type,
			     char *body, size_t len)
{
	struct MHD_Response *r = MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
	enum MHD_Result ret;

	if (!r) {
		free(body);
		return MHD_NO;
	}
	MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
	ret = MHD_queue_response(c, code, r);
	MHD_destroy_response(r);
	return ret;
}

static enum MHD_Result msg(struct MHD_Connection *c, unsigned code, const char *text)
{
	char *s = strdup(text);

	return s ? reply(c, code, "text/plain; charset=utf-8", s, strlen(s)) : MHD_NO;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
				  const char *method, const char *version,
				  const char *upload_data, size_t *upload_size, void **con_cls)
{
	struct metrics *m = cls;
	const char *accept;
	struct timespec until;
	uint64_t seq, one = 1;
	char *body = NULL;
	size_t len = 0;
	int om, ok = 1;

	(void)version;
	(void)upload_data;
	if (!*con_cls) { /* called once for the headers first */
		*con_cls = m;
		return MHD_YES;
	}
	if (*upload_size) {
		*upload_size = 0; /* a body is ignored */
		return MHD_YES;
	}
	if (strcmp(method, MHD_HTTP_METHOD_GET) && strcmp(method, MHD_HTTP_METHOD_HEAD))
		return msg(c, MHD_HTTP_METHOD_NOT_ALLOWED, "only GET /metrics\n");
	if (strcmp(url, "/metrics"))
		return msg(c, MHD_HTTP_NOT_FOUND, "dtrun serves /metrics\n");
	accept = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_ACCEPT);
	om = accept && strstr(accept, "application/openmetrics-text") != NULL;

	pthread_mutex_lock(&m->mu);
	if (m->stopping) {
		pthread_mutex_unlock(&m->mu);
		return msg(c, MHD_HTTP_SERVICE_UNAVAILABLE, "dtrun is stopping\n");
	}
	seq = ++m->want_seq;
	if (om)
		m->want_om = 1;
	else
		m->want_text = 1;
	if (write(m->efd, &one, sizeof(one)) < 0) {
		/* the counter is full: the main loop has a wakeup pending anyway */
	}
	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += METRICS_WAIT_S;
	while (m->done_seq < seq && !m->stopping && ok)
		ok = pthread_cond_timedwait(&m->cv, &m->mu, &until) == 0;
	if (m->done_seq >= seq && (om ? m->om : m->text)) {
		len = om ? m->om_len : m->text_len;
		body = malloc(len ? len : 1);
		if (body)
			memcpy(body, om ? m->om : m->text, len);
	}
	pthread_mutex_unlock(&m->mu);
	if (!body)
		return msg(c, MHD_HTTP_SERVICE_UNAVAILABLE,
			   "dtrun's main loop did not answer in time\n");
	return reply(c, MHD_HTTP_OK,
		     om ? "application/openmetrics-text; version=1.0.0; charset=utf-8"
			: "text/plain; version=0.0.4; charset=utf-8",
		     body, len);
}

#endif

/* ADDR:PORT, [V6ADDR]:PORT or :PORT (all addresses) into *ss; 0 or -1. */
static int parse_addr(const char *s, struct sockaddr_storage *ss, socklen_t *len)
{
	const char *colon = strrchr(s, ':');
	char host[128];
	long port;
	char *end;

	memset(ss, 0, sizeof(*ss));
	if (!colon)
		return -1;
	port = strtol(colon + 1, &end, 10);
	if (end == colon + 1 || *end || port < 0 || port > 65535)
		return -1;
	if ((size_t)(colon - s) >= sizeof(host))
		return -1;
	memcpy(host, s, (size_t)(colon - s));
	host[colon - s] = 0;
	if (host[0] == '[') {
		struct sockaddr_in6 *a = (struct sockaddr_in6 *)ss;
		size_t l = strlen(host);

		if (l < 2 || host[l - 1] != ']')
			return -1;
		host[l - 1] = 0;
		a->sin6_family = AF_INET6;
		a->sin6_port = htons((uint16_t)port);
		*len = sizeof(*a);
		return inet_pton(AF_INET6, host + 1, &a->sin6_addr) == 1 ? 0 : -1;
	}
	{
		struct sockaddr_in *a = (struct sockaddr_in *)ss;

		a->sin_family = AF_INET;
		a->sin_port = htons((uint16_t)port);
		*len = sizeof(*a);
		if (!host[0]) {
			a->sin_addr.s_addr = htonl(INADDR_ANY);
			return 0;
		}
		return inet_pton(AF_INET, host, &a->sin_addr) == 1 ? 0 : -1;
	}
}

int metrics_check_opts(const struct dtrun_opts *o)
{
	struct sockaddr_storage ss;
	socklen_t sl;

	if (o->metrics && parse_addr(o->metrics, &ss, &sl)) {
		dt_err("invalid --metrics address '%s': expected ADDR:PORT, [IPV6]:PORT or :PORT\n",
		       o->metrics);
		return -1;
	}
#ifndef DTRUN_METRICS
	if (o->metrics) {
		dt_err("--metrics is not available in this dtrun, built without libmicrohttpd; "
		       "--metrics-textfile DIR writes the same metrics to a file\n");
		return -1;
	}
#endif
	if (o->textfile) { /* a directory dtrun can create files in, even as root */
		struct stat st;
		int e = stat(o->textfile, &st) != 0 ? errno
			: !S_ISDIR(st.st_mode) ? ENOTDIR
			: access(o->textfile, W_OK | X_OK) != 0 ? errno : 0;

		if (e) {
			dt_err("failed to use --metrics-textfile directory %s: %s\n", o->textfile,
			       strerror(e));
			return -1;
		}
	}
	return 0;
}

int metrics_start(struct dtrun *d)
{
	struct metrics *m;

	if (!d->o->metrics && !d->o->textfile)
		return 0;
	m = calloc(1, sizeof(*m));
	if (!m)
		return -1;
	m->d = d;
	m->efd = -1;
	pthread_mutex_init(&m->mu, NULL);
	pthread_cond_init(&m->cv, NULL);
	d->metrics = m;
	if (d->o->textfile) {
		if (asprintf(&m->tf_path, "%s/dtrun-%s.prom", d->o->textfile, d->o->instance) < 0 ||
		    asprintf(&m->tf_tmp, "%s/.dtrun-%s.prom.%d.tmp", d->o->textfile, d->o->instance,
			     (int)getpid()) < 0)
			return -1;
		if (strchr(d->o->instance, '/')) {
			dt_err("--metrics-textfile: instance name %s has a '/'\n", d->o->instance);
			return -1;
		}
	}
#ifdef DTRUN_METRICS
	if (d->o->metrics) {
		struct sockaddr_storage ss;
		socklen_t sl;
		/* no MHD_USE_ERROR_LOG: a client that hangs up early is not dtrun's error */
		unsigned flags = MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD;

		if (parse_addr(d->o->metrics, &ss, &sl))
			return -1;
		if (ss.ss_family == AF_INET6)
			flags |= MHD_USE_IPv6;
		m->efd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
		if (m->efd < 0)
			return -1;
		m->mhd = MHD_start_daemon(
			flags, 0, NULL, NULL, on_request, m, MHD_OPTION_SOCK_ADDR,
			(struct sockaddr *)&ss, MHD_OPTION_CONNECTION_LIMIT, (unsigned)METRICS_CONNS,
			MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)METRICS_CONNS_PER_IP,
			MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)METRICS_TIMEOUT_S,
			MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)32768, MHD_OPTION_END);
		if (!m->mhd) {
			dt_err("failed to serve metrics on %s: %s\n", d->o->metrics,
			       errno ? strerror(errno) : "libmicrohttpd refused");
			return -1;
		}
	}
#endif
	return 0;
}

int metrics_poll_fd(struct dtrun *d)
{
	return d->metrics ? d->metrics->efd : -1;
}

/* Renders what waiting requests want; the main loop calls it between drains. */
void metrics_tick(struct dtrun *d, int final)
{
	struct metrics *m = d->metrics;
	uint64_t n, seq;
	int om, text;

	if (!m)
		return;
	if (m->tf_path && (final || mono_ns() - m->textfile_ns >= 1000000000ULL)) {
		textfile_write(m);
		m->textfile_ns = mono_ns();
	}
	if (m->efd < 0)
		return;
	if (read(m->efd, &n, sizeof(n)) < 0 && errno == EAGAIN) {
		/* no new request since the last tick */
	}
	pthread_mutex_lock(&m->mu);
	seq = m->want_seq;
	om = m->want_om;
	text = m->want_text;
	m->want_om = m->want_text = 0;
	pthread_mutex_unlock(&m->mu);
	if (seq == m->done_seq)
		return;
	{
		struct lbuf bt = { 0 }, bo = { 0 };

		if (text)
			metrics_render(d, 0, &bt);
		if (om)
			metrics_render(d, 1, &bo);
		pthread_mutex_lock(&m->mu);
		if (text) {
			free(m->text);
			m->text = bt.p ? bt.p : strdup("");
			m->text_len = bt.len;
		}
		if (om) {
			free(m->om);
			m->om = bo.p ? bo.p : strdup("");
			m->om_len = bo.len;
		}
		m->done_seq = seq;
		pthread_cond_broadcast(&m->cv);
		pthread_mutex_unlock(&m->mu);
	}
}

void metrics_stop(struct dtrun *d)
{
	struct metrics *m = d->metrics;

	if (!m)
		return;
	pthread_mutex_lock(&m->mu);
	m->stopping = 1;
	pthread_cond_broadcast(&m->cv);
	pthread_mutex_unlock(&m->mu);
#ifdef DTRUN_METRICS
	if (m->mhd)
		MHD_stop_daemon(m->mhd);
#endif
	if (m->efd >= 0)
		close(m->efd);
	free(m->text);
	free(m->om);
	free(m->tf_path);
	free(m->tf_tmp);
	pthread_cond_destroy(&m->cv);
	pthread_mutex_destroy(&m->mu);
	free(m);
	d->metrics = NULL;
}
