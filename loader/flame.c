/*
 * flame.c: stack-keyed aggregations as folded stacks and flame graphs.
 *
 * Folded stacks are FlameGraph's (and speedscope's, Pyroscope's) format:
 * one line per entry, "root;...;leaf VALUE", frames without their "+0x"
 * offsets (out_fold()), the aggregation's other keys first as frames of
 * their own (@[execname, stack()]: "bash;vmlinux`...;... 12").  Entries of
 * a scalar function (count, sum, min, max, avg, stddev) only; values as
 * printa() shows them.
 *   -x stackfmt=folded   printa() and the exit's output print stack-keyed
 *                        aggregations so, in place of DTrace's layout
 *   --folded FILE        every stack-keyed aggregation, at exit, to FILE
 *                        (with several, each line starts with "@NAME;")
 *   --flamegraph FILE    the same stacks as an interactive SVG flame graph
 *                        written by dtrun itself: frames sized by value,
 *                        names as tooltips, click to zoom, search (Ctrl-F)
 *                        as FlameGraph's SVGs have; frames narrower than
 *                        0.1 pixel are left out, as FlameGraph does, so
 *                        10,000 distinct stacks stay readable.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "flame.h"
#include "out.h"
#include "agg.h"

int flame_agg_foldable(const struct meta_agg *ag)
{
	int stk = 0;

	if (ag->func < AF_COUNT || ag->func > AF_STDDEV)
		return 0;
	for (int i = 0; i < ag->nkeys; i++)
		stk |= ag->keys[i].kind == ARG_KSTACK || ag->keys[i].kind == ARG_USTACK;
	return stk;
}

/* One entry's folded frames, root first (malloc'd). */
static char *fold_entry(const struct meta_agg *ag, const char *key)
{
	struct lbuf b = { 0 };

	for (int i = 0; i < ag->nkeys; i++) {
		const struct meta_arg *k = &ag->keys[i];
		const char *p = key + ag->koff[i];
		char t[32], *s = NULL;
		uint64_t v;

		switch (k->kind) {
		case ARG_KSTACK:
		case ARG_USTACK: {
			int nf;
			char **f = out_stack_frames(k, p, &nf);

			s = nf ? out_fold(f, nf) : NULL;
			out_frames_free(f, nf);
			break;
		}
		case ARG_STR: {
			char *f[1] = { strndup(p, strnlen(p, (size_t)k->size)) };

			s = out_fold(f, 1);
			free(f[0]);
			break;
		}
		case ARG_KSYM:
		case ARG_USYM: {
			char *f[1] = { out_sym_text(k, p) };

			s = out_fold(f, 1);
			free(f[0]);
			break;
		}
		default:
			memcpy(&v, p, 8);
			if (k->kind == ARG_INT)
				snprintf(t, sizeof(t), "%" PRId64,
					 k->size == 1 ? (int8_t)v : k->size == 2 ? (int16_t)v
					 : k->size == 4 ? (int32_t)v : (int64_t)v);
			else
				snprintf(t, sizeof(t), "%" PRIu64,
					 k->size < 8 && k->kind == ARG_UINT ? v & ((UINT64_C(1) << (8 * k->size)) - 1)
									  : v);
			s = strdup(t);
		}
		if (s && *s) {
			if (b.len)
				lbuf_put(&b, ";", 1);
			out_puts(&b, s);
		}
		free(s);
	}
	lbuf_put(&b, "", 1);
	return b.p;
}

/*
 * Calls fn for every entry of a foldable aggregation, in printa()'s order;
 * root: "@NAME" as the root frame (several aggregations in one file).
 */
static int each_folded(struct dtrun *d, int id, int root,
		       void (*fn)(void *arg, const char *folded, int64_t v), void *arg)
{
	struct agg_rows r;

	if (agg_rows_get(d, id, 0, &r))
		return -1;
	for (int i = 0; i < r.n; i++) {
		char *f = fold_entry(r.ag, r.keys[i]), *g = NULL;

		if (f && *f && root && asprintf(&g, "@%s;%s", r.ag->name, f) >= 0) {
			free(f);
			f = g;
		}
		if (f && *f)
			fn(arg, f, agg_scalar(r.ag, r.vals[i], r.normal));
		free(f);
	}
	agg_rows_free(&r);
	return 0;
}

static void put_line(void *arg, const char *folded, int64_t v)
{
	fprintf(arg, "%s %" PRId64 "\n", folded, v);
}

void flame_print_folded(struct dtrun *d, int id, FILE *out)
{
	each_folded(d, id, 0, put_line, out);
}

/* ---- the flame graph ----------------------------------------------------- */

struct fnode {
	char *name;
	uint64_t value;
	struct fnode *kids;
	int nk, cap;
};

static struct fnode *child(struct fnode *n, const char *name, size_t len)
{
	int i;

	for (i = 0; i < n->nk; i++)
		if (strlen(n->kids[i].name) == len && !memcmp(n->kids[i].name, name, len))
			return &n->kids[i];
	if (n->nk == n->cap) {
		int nc = n->cap ? n->cap * 2 : 4;
		struct fnode *k = realloc(n->kids, sizeof(*k) * (size_t)nc);

		if (!k)
			return NULL;
		n->kids = k;
		n->cap = nc;
	}
	memset(&n->kids[n->nk], 0, sizeof(*n->kids));
	n->kids[n->nk].name = strndup(name, len);
	return n->kids[n->nk].name ? &n->kids[n->nk++] : NULL;
}

static void add_stack(void *arg, const char *folded, int64_t v)
{
	struct fnode *n = arg;
	const char *s = folded;

	if (v <= 0)
		return; /* a flame graph's widths are positive */
	n->value += (uint64_t)v;
	while (*s && n) {
		const char *e = strchrnul(s, ';');

		n = child(n, s, (size_t)(e - s));
		if (n)
			n->value += (uint64_t)v;
		s = *e ? e + 1 : e;
	}
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(((const struct fnode *)a)->name, ((const struct fnode *)b)->name);
}

static int depth(struct fnode *n)
{
	int m = 0;

	/* FlameGraph orders siblings by name: the same stacks, the same picture */
	if (n->nk > 1)
		qsort(n->kids, (size_t)n->nk, sizeof(*n->kids), name_cmp);
	for (int i = 0; i < n->nk; i++) {
		int k = depth(&n->kids[i]);
		if (k > m)
			m = k;
	}
	return m + 1;
}

static void tree_free(struct fnode *n)
{
	for (int i = 0; i < n->nk; i++)
		tree_free(&n->kids[i]);
	free(n->kids);
	free(n->name);
}

#define FG_WIDTH 1200
#define FG_PAD 10
#define FG_FRAME 16
#define FG_TOP 60
#define FG_BOTTOM 30

static void xml_text(FILE *f, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '&': fputs("&amp;", f); break;
		case '"': fputs("&quot;", f); break;
		default:
			if ((unsigned char)*s < 0x20)
				fputc(' ', f);
			else
				fputc(*s, f);
		}
	}
}

/* FlameGraph's "hot" palette, from the name so a frame keeps its colour. */
static void colour(const char *name, int *r, int *g, int *b)
{
	uint32_t h = 2166136261u;

	for (const char *s = name; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	*r = 205 + (int)(h % 50);
	*g = (int)((h >> 8) % 230);
	*b = (int)((h >> 16) % 55);
}

struct svg {
	FILE *f;
	double scale;            /* pixels per unit of value */
	int height;
	uint64_t total;
	long frames;
};

static void frame(struct svg *s, const struct fnode *n, uint64_t x, int d)
{
	double w = (double)n->value * s->scale;
	int r, g, b;
	char pct[32];

	if (w < 0.1)
		return; /* narrower than a tenth of a pixel: FlameGraph's minwidth */
	if (d >= 0) { /* the root is the "all" frame at depth 0 */
		colour(n->name, &r, &g, &b);
		snprintf(pct, sizeof(pct), "%.2f", s->total ? 100.0 * (double)n->value / (double)s->total
							    : 0.0);
		fprintf(s->f, "<g class=\"f\" data-x=\"%" PRIu64 "\" data-w=\"%" PRIu64
			"\" data-d=\"%d\"><title>", x, n->value, d);
		xml_text(s->f, n->name);
		fprintf(s->f, " (%" PRIu64 ", %s%%)</title><rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" "
			"height=\"%d\" fill=\"rgb(%d,%d,%d)\" rx=\"2\"/><text x=\"%.1f\" y=\"%d\">",
			n->value, pct, FG_PAD + (double)x * s->scale,
			s->height - FG_BOTTOM - (d + 1) * FG_FRAME, w > 0.5 ? w - 0.5 : w,
			FG_FRAME - 1, r, g, b, FG_PAD + (double)x * s->scale + 3,
			s->height - FG_BOTTOM - d * FG_FRAME - 4);
		if (w > 3 * 7 + 6) { /* the label that fits, FlameGraph's "..": 7 px a glyph */
			size_t fit = (size_t)((w - 6) / 7), len = strlen(n->name);
			char *lab = strndup(n->name, fit < len ? fit - 2 : len);

			if (lab) {
				xml_text(s->f, lab);
				if (fit < len)
					fputs("..", s->f);
			}
			free(lab);
		}
		fputs("</text></g>\n", s->f);
		s->frames++;
	}
	for (int i = 0; i < n->nk; i++) {
		frame(s, &n->kids[i], x, d + 1);
		x += n->kids[i].value;
	}
}

/* Zoom (click), reset, search (button or Ctrl-F), as FlameGraph's SVGs. */
static const char flame_js[] =
	"var W=%d,P=%d,T=%" PRIu64 ",svg=document.documentElement,fs=[],cur=[0,T,-1];\n"
	"fs=Array.prototype.slice.call(document.querySelectorAll('g.f'));\n"
	"function label(g,w){var t=g.querySelector('text'),n=g.getAttribute('data-n');\n"
	" var c=Math.floor((w-6)/7);t.textContent=c<3?'':(n.length<=c?n:n.substring(0,c-2)+'..');}\n"
	"fs.forEach(function(g){var t=g.querySelector('title').textContent;\n"
	" g.setAttribute('data-n',t.substring(0,t.lastIndexOf(' (')));\n"
	" g.onclick=function(){zoom(+g.getAttribute('data-x'),+g.getAttribute('data-w'),"
	"+g.getAttribute('data-d'));};});\n"
	"function zoom(x0,w0,d0){var sc=(W-2*P)/w0;cur=[x0,w0,d0];\n"
	" fs.forEach(function(g){var x=+g.getAttribute('data-x'),w=+g.getAttribute('data-w'),"
	"d=+g.getAttribute('data-d'),r=g.querySelector('rect'),t=g.querySelector('text');\n"
	"  if(x+w<=x0||x>=x0+w0){g.style.display='none';return;}\n"
	"  var a=Math.max(x,x0),b=Math.min(x+w,x0+w0),px=(b-a)*sc;\n"
	"  if(px<0.1){g.style.display='none';return;}\n"
	"  g.style.display='';g.style.opacity=d<d0?0.5:1;\n"
	"  r.setAttribute('x',P+(a-x0)*sc);r.setAttribute('width',Math.max(px-0.5,0.1));\n"
	"  t.setAttribute('x',P+(a-x0)*sc+3);label(g,px);});\n"
	" document.getElementById('reset').style.opacity=w0<T?1:0.1;}\n"
	"function search(){var s=prompt('Search frames (regular expression)','');if(s===null)return;\n"
	" var re;try{re=new RegExp(s);}catch(e){alert(e);return;}\n"
	" var hit=[],m=0;fs.forEach(function(g){var r=g.querySelector('rect');\n"
	"  if(!r.hasAttribute('data-fill'))r.setAttribute('data-fill',r.getAttribute('fill'));\n"
	"  if(s!==''&&re.test(g.getAttribute('data-n'))){r.setAttribute('fill','rgb(230,0,230)');\n"
	"   hit.push([+g.getAttribute('data-x'),+g.getAttribute('data-w')]);}\n"
	"  else r.setAttribute('fill',r.getAttribute('data-fill'));});\n"
	" hit.sort(function(a,b){return a[0]-b[0]||b[1]-a[1];});var end=-1;\n"
	" hit.forEach(function(h){if(h[0]>=end){m+=h[1];end=h[0]+h[1];}"
	"else if(h[0]+h[1]>end){m+=h[0]+h[1]-end;end=h[0]+h[1];}});\n"
	" document.getElementById('matched').textContent=s===''?'':'Matched: '+(100*m/T).toFixed(2)+'%%';}\n"
	"window.addEventListener('keydown',function(e){if((e.ctrlKey||e.metaKey)&&e.key==='f')"
	"{e.preventDefault();search();}});\n"
	"document.getElementById('search').onclick=search;\n"
	"document.getElementById('reset').onclick=function(){zoom(0,T,-1);};\n";

int flame_write_svg(struct dtrun *d, const char *path)
{
	struct fnode root = { 0 };
	struct svg s = { 0 };
	int found = 0, levels, rc = 0;
	FILE *f;

	for (int i = 0; i < d->meta.naggs; i++)
		found += flame_agg_foldable(&d->meta.aggs[i]);
	for (int i = 0; i < d->meta.naggs; i++)
		if (flame_agg_foldable(&d->meta.aggs[i]))
			each_folded(d, i, found > 1, add_stack, &root);
	if (!found) {
		dt_err("--flamegraph %s: the program has no aggregation keyed by stack() or ustack() "
		       "with a count(), sum(), ... value\n", path);
		return -1;
	}
	f = fopen(path, "w");
	if (!f) {
		dt_err("failed to open --flamegraph file %s: %s\n", path, strerror(errno));
		tree_free(&root);
		return -1;
	}
	levels = depth(&root) - 1;
	s.f = f;
	s.total = root.value;
	s.scale = root.value ? (double)(FG_WIDTH - 2 * FG_PAD) / (double)root.value : 0;
	s.height = FG_TOP + (levels + 1) * FG_FRAME + FG_BOTTOM;
	fprintf(f, "<?xml version=\"1.0\" standalone=\"no\"?>\n"
		   "<svg version=\"1.1\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
		   "xmlns=\"http://www.w3.org/2000/svg\">\n"
		   "<style>text{font-family:Verdana,sans-serif;font-size:12px;fill:rgb(0,0,0)}"
		   "g.f:hover rect{stroke:black;stroke-width:0.5;cursor:pointer}"
		   "#title{font-size:17px;text-anchor:middle}"
		   "#search,#reset{cursor:pointer}</style>\n"
		   "<rect x=\"0\" y=\"0\" width=\"100%%\" height=\"100%%\" fill=\"rgb(238,238,238)\"/>\n"
		   "<text id=\"title\" x=\"%d\" y=\"24\">",
		FG_WIDTH, s.height, FG_WIDTH, s.height, FG_WIDTH / 2);
	xml_text(f, d->meta.script ? d->meta.script : d->o->desc_name ? d->o->desc_name : "dtrun");
	fprintf(f, " (instance ");
	xml_text(f, d->o->instance);
	fprintf(f, ", %" PRIu64 " in all)</text>\n"
		   "<text id=\"reset\" x=\"%d\" y=\"48\" style=\"opacity:0.1\">Reset Zoom</text>\n"
		   "<text id=\"search\" x=\"%d\" y=\"48\" style=\"text-anchor:end\">Search</text>\n"
		   "<text id=\"matched\" x=\"%d\" y=\"%d\" style=\"text-anchor:end\"></text>\n",
		root.value, FG_PAD, FG_WIDTH - FG_PAD, FG_WIDTH - FG_PAD, s.height - 10);
	frame(&s, &root, 0, -1);
	fputs("<script type=\"text/ecmascript\"><![CDATA[\n", f);
	fprintf(f, flame_js, FG_WIDTH, FG_PAD, root.value ? root.value : 1);
	fputs("]]></script>\n</svg>\n", f);
	if (fclose(f) != 0) {
		dt_err("failed to write --flamegraph file %s: %s\n", path, strerror(errno));
		rc = -1;
	}
	tree_free(&root);
	return rc;
}

int flame_write_folded(struct dtrun *d, const char *path)
{
	FILE *f;
	int found = 0, rc = 0;

	for (int i = 0; i < d->meta.naggs; i++)
		found += flame_agg_foldable(&d->meta.aggs[i]);
	if (!found) {
		dt_err("--folded %s: the program has no aggregation keyed by stack() or ustack() "
		       "with a count(), sum(), ... value\n", path);
		return -1;
	}
	f = fopen(path, "w");
	if (!f) {
		dt_err("failed to open --folded file %s: %s\n", path, strerror(errno));
		return -1;
	}
	for (int i = 0; i < d->meta.naggs; i++)
		if (flame_agg_foldable(&d->meta.aggs[i]))
			each_folded(d, i, found > 1, put_line, f);
	if (fclose(f) != 0) {
		dt_err("failed to write --folded file %s: %s\n", path, strerror(errno));
		rc = -1;
	}
	return rc;
}

int flame_check_opts(struct dtrun *d)
{
	int found = 0;

	if (!d->o->folded && !d->o->flamegraph)
		return 0;
	for (int i = 0; i < d->meta.naggs; i++)
		found |= flame_agg_foldable(&d->meta.aggs[i]);
	if (!found) {
		dt_err("%s needs an aggregation keyed by stack() or ustack() with a count(), sum(), "
		       "min(), max(), avg() or stddev() value; %s has none\n",
		       d->o->folded ? "--folded" : "--flamegraph", d->o->desc_name);
		return -1;
	}
	return 0;
}
