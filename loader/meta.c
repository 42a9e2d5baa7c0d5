/*
 * meta.c: reads the ".dtc" metadata section of a dtc object.
 *
 * First stage of dtrun: the object's bytes are already in memory (main.c, base.c);
 * libelf finds the section, and the text is parsed line by line into struct
 * meta following the grammar in runtime/dtc_abi.h.  Unknown line kinds are
 * ignored so that newer compilers stay loadable; a newer major version is
 * refused.
 */
#define _GNU_SOURCE /* memmem */
#include <gelf.h>
#include <libelf.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "dt_opt.h"
#include "dtrun.h"
#include "agg.h"

/*
 * The bytes of section `name` in the ELF image img: *data and *size.  When
 * there is no such section both are NULL and 0; when it has no bytes in the
 * file (NOBITS, out of bounds) *data is NULL and *size its header's size.
 * Returns 0, -1 when img is not ELF, -2 when its section headers are
 * unreadable.
 */
int meta_elf_section(const void *img, size_t len, const char *name, const char **data,
		     size_t *size)
{
	Elf *elf;
	Elf_Scn *scn = NULL;
	size_t shstrndx;
	int rc = 0;

	*data = NULL;
	*size = 0;
	elf_version(EV_CURRENT);
	elf = elf_memory((char *)img, len);
	if (!elf || elf_kind(elf) != ELF_K_ELF)
		rc = -1;
	else if (elf_getshdrstrndx(elf, &shstrndx) != 0)
		rc = -2;
	while (rc == 0 && (scn = elf_nextscn(elf, scn)) != NULL) {
		GElf_Shdr sh;
		const char *s;

		if (!gelf_getshdr(scn, &sh) || !(s = elf_strptr(elf, shstrndx, sh.sh_name)) ||
		    strcmp(s, name) != 0)
			continue;
		*size = sh.sh_size;
		if (sh.sh_type != SHT_NOBITS && sh.sh_offset <= len &&
		    sh.sh_size <= len - sh.sh_offset)
			*data = (const char *)img + sh.sh_offset;
		else if (!*size)
			*size = 1; /* present, but nothing readable: not "absent" */
		break;
	}
	if (elf)
		elf_end(elf);
	return rc;
}

/*
 * The CO-RE relocation records in an image's .BTF.ext (libbpf's struct
 * btf_ext_header: core_relo_off/len follow the line info when hdr_len >= 32):
 * *recs points at the first section's header (name, count, then records),
 * *rlen is the bytes from there, *rec the record size.  1 when the object
 * has some, 0 when none, -1 when it has no readable .BTF.ext.
 */
int meta_core_relos(const void *img, size_t len, const unsigned char **recs, uint32_t *rlen,
		    uint32_t *rec)
{
	const char *d;
	const unsigned char *p;
	size_t size;
	uint32_t hdr_len, off;

	if (meta_elf_section(img, len, ".BTF.ext", &d, &size) != 0 || !d || size < 32)
		return -1;
	p = (const unsigned char *)d;
	memcpy(&hdr_len, p + 4, 4);
	if (hdr_len < 32 || hdr_len > size)
		return 0;
	memcpy(&off, p + 24, 4);
	memcpy(rlen, p + 28, 4);
	if (*rlen < 4 || (uint64_t)hdr_len + off + *rlen > size)
		return 0;
	p += hdr_len + off;
	memcpy(rec, p, 4);
	*recs = p + 4;
	*rlen -= 4;
	return 1;
}

int meta_read(const void *img, size_t len, struct meta *m, char *msg, size_t msglen)
{
	const char *data, *s;
	size_t size;
	int rc = meta_elf_section(img, len, DTC_META_SECTION, &data, &size);

	if (rc < 0) {
		snprintf(msg, msglen, rc == -1 ? "not an ELF file" : "malformed ELF file");
		return -1;
	}
	if (!data && !size) {
		snprintf(msg, msglen, "no " DTC_META_SECTION " section: not compiled by dtc");
		return -1;
	}
	if (!data || size == 0 || memchr(data, '\0', size) == NULL) {
		snprintf(msg, msglen, "malformed " DTC_META_SECTION " section");
		return -1;
	}
	if (meta_parse(data, m, msg, msglen) != 0)
		return -1;
	/* where the sum's digits are in the file (obj.c checks it) */
	s = memmem(data, size, "\nsum ", 5);
	if (s && (size_t)(s - (const char *)img) + 13 <= len)
		m->sum_off = (size_t)(s - (const char *)img) + 5;
	return 0;
}

/* STR: a double-quoted string with C escapes \\ \" \n \t and octal \NNN. */
char *meta_parse_str(const char **pp)
{
	const char *p = *pp;
	char *out, *o;

	if (*p != '"')
		return NULL;
	p++;
	out = o = malloc(strlen(p) + 1);
	if (!out)
		return NULL;
	while (*p && *p != '"') {
		if (*p == '\\' && p[1]) {
			p++;
			switch (*p) {
			case 'n': *o++ = '\n'; p++; break;
			case 't': *o++ = '\t'; p++; break;
			case 'r': *o++ = '\r'; p++; break;
			case 'a': *o++ = '\a'; p++; break;
			case 'b': *o++ = '\b'; p++; break;
			case 'f': *o++ = '\f'; p++; break;
			case 'v': *o++ = '\v'; p++; break;
			case '0': case '1': case '2': case '3':
			case '4': case '5': case '6': case '7': {
				int v = 0, k;

				for (k = 0; k < 3 && *p >= '0' && *p <= '7'; k++)
					v = v * 8 + (*p++ - '0');
				*o++ = (char)v;
				break;
			}
			default: *o++ = *p++; break;
			}
		} else {
			*o++ = *p++;
		}
	}
	if (*p != '"') {
		free(out);
		return NULL;
	}
	*o = '\0';
	*pp = p + 1;
	return out;
}

static void skip_sp(const char **pp)
{
	while (**pp == ' ')
		(*pp)++;
}

static int parse_int(const char **pp, long *v)
{
	char *end;

	skip_sp(pp);
	*v = strtol(*pp, &end, 10);
	if (end == *pp)
		return -1;
	*pp = end;
	return 0;
}

static int grow(void **v, int *n, int idx, size_t elsz)
{
	if (idx < *n)
		return 0;
	if (idx > 65535)
		return -1;
	void *nv = realloc(*v, (size_t)(idx + 1) * elsz);
	if (!nv)
		return -1;
	memset((char *)nv + (size_t)*n * elsz, 0, (size_t)(idx + 1 - *n) * elsz);
	*v = nv;
	*n = idx + 1;
	return 0;
}

static int parse_line(const char *p, struct meta *m)
{
	long a, b, c;
	char *s;

	if (strncmp(p, "script ", 7) == 0) {
		p += 7;
		free(m->script);
		m->script = meta_parse_str(&p);
		return m->script ? 0 : -1;
	}
	if (strncmp(p, "dtc ", 4) == 0) {
		p += 4;
		free(m->dtc_version);
		m->dtc_version = meta_parse_str(&p);
		return m->dtc_version ? 0 : -1;
	}
	if (strncmp(p, "source sha256 ", 14) == 0) {
		free(m->source_sha256);
		m->source_sha256 = strndup(p + 14, 64);
		return m->source_sha256 && strlen(m->source_sha256) == 64 ? 0 : -1;
	}
	if (strncmp(p, "option ", 7) == 0) {
		const char *q = strchr(p + 7, ' ');
		struct meta_opt *no;

		if (!q)
			return -1;
		no = realloc(m->opts, sizeof(*no) * (m->nopts + 1));
		if (!no)
			return -1;
		m->opts = no;
		no[m->nopts].name = strndup(p + 7, q - (p + 7));
		q++;
		no[m->nopts].val = meta_parse_str(&q);
		if (!no[m->nopts].val)
			no[m->nopts].val = strdup("");
		m->nopts++;
		return 0;
	}
	if (strncmp(p, "macro ", 6) == 0) {
		p += 6;
		if (parse_int(&p, &a) || a < 0 || a >= DT_MAX_MACROS)
			return -1;
		skip_sp(&p);
		if (*p == 'l') { /* "l TEXT": compiled in as its text (dt_lex.l's rule) */
			p++;
			skip_sp(&p);
			free(m->macro_text[a]);
			if (!(m->macro_text[a] = meta_parse_str(&p)))
				return -1;
			m->macros[a] |= DT_MAC_LEX;
		} else if (*p == 's' || *p == 'i') {
			m->macros[a] |= *p == 's' ? DT_MAC_STR : DT_MAC_INT;
		} else {
			return -1;
		}
		if (a > m->nmacro_max)
			m->nmacro_max = (int)a;
		return 0;
	}
	if (strncmp(p, "sum ", 4) == 0) {
		char *e;

		m->sum = (uint32_t)strtoul(p + 4, &e, 16);
		return e == p + 12 && !*e ? 0 : -1;
	}
	if (strcmp(p, "target") == 0) {
		m->target = 1;
		return 0;
	}
	if (strncmp(p, "clause ", 7) == 0) {
		p += 7;
		if (parse_int(&p, &a) || a < 0)
			return -1;
		return grow((void **)&m->clauses, &m->nclauses, (int)a, sizeof(*m->clauses));
	}
	if (strncmp(p, "input ", 6) == 0) {
		struct meta_input *ni = realloc(m->inputs, sizeof(*ni) * (size_t)(m->ninputs + 1));

		if (!ni)
			return -1;
		m->inputs = ni;
		p += 6;
		ni[m->ninputs].script = strncmp(p, "script ", 7) == 0;
		p = strchr(p, ' ');
		if (!p)
			return -1;
		p++;
		if (!(ni[m->ninputs].name = meta_parse_str(&p)))
			return -1;
		m->ninputs++;
		return 0;
	}
	if (strncmp(p, "endline ", 8) == 0) { /* "endline K N" */
		p += 8;
		if (parse_int(&p, &a) || parse_int(&p, &b) || a < 0 || b < 0 || b > 1 << 30)
			return -1;
		if (a == 0)
			m->endline = (int)b;
		if (a < m->ninputs)
			m->inputs[a].endline = (int)b;
		return 0;
	}
	if (strncmp(p, "imacros ", 8) == 0) { /* the last input's macro uses */
		unsigned long long u;
		char *end;

		errno = 0;
		u = strtoull(p + 8, &end, 16);
		if (errno || end == p + 8 || !m->ninputs)
			return -1;
		m->inputs[m->ninputs - 1].macros = u;
		m->imacros = 1;
		return 0;
	}
	if (strncmp(p, "cinput ", 7) == 0) {
		p += 7;
		if (parse_int(&p, &a) || a < 0 || parse_int(&p, &b) || b < 0)
			return -1;
		if (grow((void **)&m->clauses, &m->nclauses, (int)a, sizeof(*m->clauses)))
			return -1;
		m->clauses[a].input = (int)b;
		return 0;
	}
	if (strncmp(p, "cline ", 6) == 0) {
		p += 6;
		if (parse_int(&p, &a) || a < 0 || parse_int(&p, &b))
			return -1;
		if (grow((void **)&m->clauses, &m->nclauses, (int)a, sizeof(*m->clauses)))
			return -1;
		m->clauses[a].cline = (int)b;
		return 0;
	}
	if (strncmp(p, "cattr ", 6) == 0) {
		p += 6;
		if (parse_int(&p, &a) || a < 0 || parse_int(&p, &b) || parse_int(&p, &c))
			return -1;
		if (grow((void **)&m->clauses, &m->nclauses, (int)a, sizeof(*m->clauses)))
			return -1;
		m->clauses[a].has_attr = 1;
		m->clauses[a].desc_attr = (int)b;
		m->clauses[a].stmt_attr = (int)c;
		return 0;
	}
	if (strncmp(p, "pdesc ", 6) == 0) {
		struct meta_clause *cl;

		p += 6;
		if (parse_int(&p, &a) || a < 0)
			return -1;
		if (grow((void **)&m->clauses, &m->nclauses, (int)a, sizeof(*m->clauses)))
			return -1;
		skip_sp(&p);
		if (!(s = meta_parse_str(&p)))
			return -1;
		cl = &m->clauses[a];
		cl->pdesc = realloc(cl->pdesc, sizeof(char *) * (cl->ndesc + 1));
		cl->line = realloc(cl->line, sizeof(int) * (cl->ndesc + 1));
		if (!cl->pdesc || !cl->line)
			return -1;
		cl->pdesc[cl->ndesc] = s;
		/* Extension: an optional source line after STR. */
		cl->line[cl->ndesc] = parse_int(&p, &b) == 0 ? (int)b : 0;
		cl->ndesc++;
		return 0;
	}
	if (strncmp(p, "prog ", 5) == 0) {
		const char *q;

		p += 5;
		if (parse_int(&p, &a) || a < 0)
			return -1;
		if (grow((void **)&m->progs, &m->nprogs, (int)a, sizeof(*m->progs)))
			return -1;
		skip_sp(&p);
		q = strchr(p, ' ');
		if (!q)
			q = p + strlen(p);
		m->progs[a].fam = dt_family_find(p, (unsigned long)(q - p));
		p = q;
		skip_sp(&p);
		free(m->progs[a].str);
		m->progs[a].str = *p == '"' ? meta_parse_str(&p) : strdup("");
		return m->progs[a].str ? 0 : -1;
	}
	if (strncmp(p, "pair ", 5) == 0) {
		p += 5;
		if (parse_int(&p, &a) || parse_int(&p, &b) || parse_int(&p, &c) || a < 0 ||
		    b < 0 || c < 0)
			return -1;
		if (grow((void **)&m->pairs, &m->npairs, (int)a, sizeof(*m->pairs)))
			return -1;
		m->pairs[a].prog = (int)b;
		m->pairs[a].clause = (int)c;
		return 0;
	}
	if (strncmp(p, "dsc ", 4) == 0) {
		long off, rows, k;

		p += 4;
		if (parse_int(&p, &a) || parse_int(&p, &off) || parse_int(&p, &rows) ||
		    parse_int(&p, &k) || a < 0 || a >= m->npairs || off < 0 || off > 1 << 24 ||
		    (rows != 1 && rows != DT_MAX_SYSCALLS) || k < 1 || k > 1 << 16)
			return -1;
		m->pairs[a].dsc_off = (int)off;
		m->pairs[a].dsc_rows = (int)rows;
		m->pairs[a].dsc_k = (int)k;
		return 0;
	}
	if (strncmp(p, "part ", 5) == 0) {
		p += 5;
		if (parse_int(&p, &a) || parse_int(&p, &b) || a < 0 || a >= m->npairs || b < 1)
			return -1;
		m->pairs[a].part = (int)b;
		return 0;
	}
	if (strncmp(p, "act ", 4) == 0) {
		struct meta_act *ac;
		const char *q;
		long n, i;

		p += 4;
		if (parse_int(&p, &a) || parse_int(&p, &c) || a < 0)
			return -1;
		if (grow((void **)&m->acts, &m->nacts, (int)a, sizeof(*m->acts)))
			return -1;
		ac = &m->acts[a];
		/* a repeated line replaces the action */
		free(ac->kind);
		free(ac->fmt);
		free(ac->args);
		memset(ac, 0, sizeof(*ac));
		ac->clause = (int)c;
		skip_sp(&p);
		q = strchr(p, ' ');
		if (!q)
			return -1;
		ac->kind = strndup(p, q - p);
		p = q;
		if (parse_int(&p, &n) || n < 0 || n > 1024)
			return -1;
		skip_sp(&p);
		if (!(ac->fmt = meta_parse_str(&p)))
			return -1;
		ac->args = calloc(n ? n : 1, sizeof(*ac->args));
		if (!ac->args)
			return -1;
		ac->nargs = (int)n;
		for (i = 0; i < n; i++) {
			skip_sp(&p);
			switch (*p) {
			case 'i': ac->args[i].kind = ARG_INT; break;
			case 'u': ac->args[i].kind = ARG_UINT; break;
			case 's': ac->args[i].kind = ARG_STR; break;
			case 'p': ac->args[i].kind = ARG_PTR; break;
			case 'k': ac->args[i].kind = ARG_KSTACK; break;
			case 'U': ac->args[i].kind = ARG_USTACK; break;
			case 'a': case 'y': case 'm': ac->args[i].kind = ARG_KSYM; break;
			case 'A': case 'Y': case 'M': case 'X': ac->args[i].kind = ARG_USYM; break;
			case 'r': ac->args[i].kind = ARG_RAW; break;
			case 'f': ac->args[i].kind = ARG_FLOAT; break;
			case '@': ac->args[i].kind = ARG_INT; break; /* an aggregation ID (agg.c) */
			default: return -1;
			}
			ac->args[i].letter = *p;
			p++;
			if (parse_int(&p, &b) || b <= 0)
				return -1;
			ac->args[i].size = (int)b;
			if (*p == '/') {
				p++;
				if (parse_int(&p, &b) || b <= 0 || b >= ac->args[i].size)
					return -1;
				ac->args[i].cap = (int)b;
			}
		}
		return 0;
	}
	if (strncmp(p, "kvar ", 5) == 0) {
		struct meta_kvar *kv;

		p += 5;
		kv = realloc(m->kvars, sizeof(*kv) * (m->nkvars + 1));
		if (!kv)
			return -1;
		m->kvars = kv;
		kv += m->nkvars;
		memset(kv, 0, sizeof(*kv));
		m->nkvars++;
		if (!(kv->var = meta_parse_str(&p)))
			return -1;
		skip_sp(&p);
		kv->is_union = strncmp(p, "union ", 6) == 0 ? 1 : strncmp(p, "typedef ", 8) == 0 ? 2 : 0;
		p = strchr(p, ' ');
		if (!p)
			return -1;
		skip_sp(&p);
		if (!(kv->type = meta_parse_str(&p)) || parse_int(&p, &a) || a <= 0)
			return -1;
		kv->size = a;
		return 0;
	}
	if (strncmp(p, "agg ", 4) == 0)
		return agg_meta_line(p + 4, m); /* agg_meta.c */
	if (strncmp(p, "aggsum ", 7) == 0)
		return agg_meta_sum(p + 7, m);
	if (strncmp(p, "ptype ", 6) == 0 || strncmp(p, "pmember ", 8) == 0 ||
	    strncmp(p, "penum ", 6) == 0 || strncmp(p, "print ", 6) == 0)
		return print_meta_line(p, m); /* print.c */
	return 0; /* unknown line kinds are ignored */
}

/*
 * What the rest of dtrun indexes by, checked once: every program, action and
 * aggregation numbered up to the highest one has its line (no gaps), every
 * program's family is one this dtrun runs, and pairs and actions name
 * programs and clauses that exist.  Returns 0, or -1 with msg set.
 */
static int meta_check(const struct meta *m, char *msg, size_t msglen)
{
	int i;

	for (i = 0; i < m->nprogs; i++) {
		if (!m->progs[i].str) {
			snprintf(msg, msglen, "malformed " DTC_META_SECTION
				 " section: no line for program %d", i);
			return -1;
		}
		if (m->progs[i].fam < 0) {
			snprintf(msg, msglen, "program %d is of a probe family this dtrun does "
				 "not know (compiled by a newer dtc?)", i);
			return -1;
		}
	}
	for (i = 0; i < m->nclauses && m->ninputs > 1; i++)
		if (m->clauses[i].input >= m->ninputs) {
			snprintf(msg, msglen, "malformed " DTC_META_SECTION
				 " section: clause %d names program %d", i, m->clauses[i].input);
			return -1;
		}
	for (i = 0; i < m->npairs; i++)
		if (m->pairs[i].prog >= m->nprogs || m->pairs[i].clause >= m->nclauses) {
			snprintf(msg, msglen, "malformed " DTC_META_SECTION
				 " section: pair %d names program %d, clause %d", i,
				 m->pairs[i].prog, m->pairs[i].clause);
			return -1;
		}
	for (i = 0; i < m->nacts; i++) {
		if (!m->acts[i].kind) {
			snprintf(msg, msglen, "malformed " DTC_META_SECTION
				 " section: no line for action %d", i);
			return -1;
		}
		if (m->acts[i].clause < 0 || m->acts[i].clause >= m->nclauses) {
			snprintf(msg, msglen, "malformed " DTC_META_SECTION
				 " section: action %d of clause %d", i, m->acts[i].clause);
			return -1;
		}
	}
	for (i = 0; i < m->naggs; i++)
		if (!m->aggs[i].name) {
			snprintf(msg, msglen, "malformed " DTC_META_SECTION
				 " section: no line for aggregation %d", i);
			return -1;
		}
	return 0;
}

int meta_parse(const char *text, struct meta *m, char *msg, size_t msglen)
{
	const char *p = text;
	int lineno = 0;

	memset(m, 0, sizeof(*m));
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		char *line = strndup(p, n);
		int rc;

		lineno++;
		if (!line)
			return -1;
		if (lineno == 1) {
			if (strncmp(line, "dtc-meta ", 9) != 0) {
				snprintf(msg, msglen, "malformed " DTC_META_SECTION
					 " section: no version line");
				free(line);
				return -1;
			}
			m->version = atoi(line + 9);
			free(line);
			if (m->version < 1) {
				snprintf(msg, msglen, "unknown object metadata version '%.*s' "
					 "(this dtrun reads versions 1 to %d)",
					 (int)(n - 9 < 20 ? n - 9 : 20), p + 9, DTC_META_VERSION);
				return -1;
			}
			if (m->version > DTC_META_VERSION) {
				snprintf(msg, msglen, "object metadata version %d is newer than "
					 "this dtrun supports (%d): upgrade dtrun",
					 m->version, DTC_META_VERSION);
				return -1;
			}
			p += n + (nl != NULL);
			continue;
		}
		if (strcmp(line, "end") == 0) {
			free(line);
			break;
		}
		rc = parse_line(line, m);
		free(line);
		if (rc) {
			snprintf(msg, msglen, "malformed " DTC_META_SECTION
				 " section at line %d", lineno);
			return -1;
		}
		p += n + (nl != NULL);
	}
	if (lineno == 0) {
		snprintf(msg, msglen, "empty " DTC_META_SECTION " section");
		return -1;
	}
	return meta_check(m, msg, msglen);
}

const char *meta_opt(const struct meta *m, const char *name)
{
	const char *v = NULL;
	int i;

	for (i = 0; i < m->nopts; i++)
		if (strcmp(m->opts[i].name, name) == 0)
			v = m->opts[i].val;
	return v;
}

int meta_opt_put(struct meta *m, const char *name, const char *val)
{
	struct meta_opt *no = realloc(m->opts, sizeof(*no) * (size_t)(m->nopts + 1));

	if (!no)
		return -1;
	m->opts = no;
	no[m->nopts].name = strdup(name);
	no[m->nopts].val = strdup(val ? val : "");
	if (!no[m->nopts].name || !no[m->nopts].val) {
		free(no[m->nopts].name);
		free(no[m->nopts].val);
		return -1;
	}
	m->nopts++; /* meta_opt() finds the last one */
	return 0;
}

/*
 * A dtrace run-time option the object sets, parsed by the shared table
 * (runtime/dt_opt.c): 1 and *v when it is set ("no", "off" ... unset it),
 * else 0.
 */
int meta_opt_on(const struct meta *m, const char *name, int64_t *v)
{
	const char *s = meta_opt(m, name);
	int64_t x;

	if (!s || dt_opt_set(name, *s ? s : NULL, DT_OPTC_CMDLINE, &x) != DT_OPTE_OK ||
	    x == DT_OPT_UNSET)
		return 0;
	if (v)
		*v = x;
	return 1;
}

/*
 * A numeric option of the object, read as dtrace_setopt() reads it (the
 * object keeps the text given: strsize=1k is 1024, not strtoul()'s 1), or
 * dflt when the object does not set it.
 */
int64_t meta_opt_num(const struct meta *m, const char *name, int64_t dflt)
{
	int64_t v;

	return meta_opt_on(m, name, &v) ? v : dflt;
}

void meta_free(struct meta *m)
{
	int i, j;

	free(m->script);
	free(m->dtc_version);
	free(m->source_sha256);
	for (i = 0; i < m->nopts; i++) {
		free(m->opts[i].name);
		free(m->opts[i].val);
	}
	free(m->opts);
	for (i = 0; i < DT_MAX_MACROS; i++)
		free(m->macro_text[i]);
	for (i = 0; i < m->nclauses; i++) {
		for (j = 0; j < m->clauses[i].ndesc; j++)
			free(m->clauses[i].pdesc[j]);
		free(m->clauses[i].pdesc);
		free(m->clauses[i].line);
	}
	free(m->clauses);
	for (i = 0; i < m->ninputs; i++)
		free(m->inputs[i].name);
	free(m->inputs);
	for (i = 0; i < m->nprogs; i++)
		free(m->progs[i].str);
	free(m->progs);
	free(m->pairs);
	for (i = 0; i < m->nacts; i++) {
		free(m->acts[i].kind);
		free(m->acts[i].fmt);
		free(m->acts[i].args);
	}
	free(m->acts);
	for (i = 0; i < m->nkvars; i++) {
		free(m->kvars[i].var);
		free(m->kvars[i].type);
	}
	free(m->kvars);
	agg_meta_free(m);
	print_meta_free(m);
	memset(m, 0, sizeof(*m));
}
