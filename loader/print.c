/*
 * print.c: print() and trace() of structs, unions and arrays.
 *
 * dtc describes the type print() records in the metadata (ptype, pmember,
 * penum and print lines, grammar in dtc_abi.h); the item holds the address
 * and the value's bytes in that compile-time layout.  The output is
 * DTrace's (Oracle's print(), after libbpf's typed-data dumper):
 *
 *   0xADDR = *
 *   <44 spaces>(struct sk_buff) {
 *   <45 spaces>.len = (unsigned int)123,
 *   <44 spaces>}
 *
 * members whose bytes are all zero are left out, char arrays stop at their
 * first NUL, array elements carry no cast, bit-fields print in hex.
 * trace() of a struct, union or array prints its bytes as a hex dump.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dtrun.h"
#include "print_meta.h"
#include "stack.h"

#define PRINT_INDENT 44 /* DTrace's base indentation of a printed value */

/* ---- values --------------------------------------------------------------- */

struct pctx {
	FILE *out;
	const struct meta_ptypes *pt;
	const unsigned char *base;
	size_t len;
	int *stop; /* set once "..." is printed: nothing more is */
};

#define PRINT_DEPTH 10 /* DTrace's DT_PRINT_DEPTH */

/*
 * Past the data recorded (printsize, or the record's room) or too deep:
 * "...", and the walk stops there, as DTrace's dt_print_visit().  1 then.
 */
static int out_of_data(const struct pctx *pc, size_t end, int depth)
{
	if (end <= pc->len && depth < PRINT_DEPTH)
		return 0;
	fprintf(pc->out, "%*s...\n", PRINT_INDENT + depth, "");
	*pc->stop = 1;
	return 1;
}

static const struct ptype *ptype_get(const struct pctx *pc, int id)
{
	return id >= 0 && id < pc->pt->n ? &pc->pt->t[id] : NULL;
}

static uint64_t get_bits(const struct pctx *pc, size_t bit, int bits)
{
	uint64_t v = 0;

	for (int i = 0; i < bits; i++) {
		size_t b = bit + (size_t)i;
		if (b / 8 < pc->len && (pc->base[b / 8] >> (b % 8)) & 1)
			v |= 1ULL << i;
	}
	return v;
}

static uint64_t get_int_val(const unsigned char *p, int size, int is_signed)
{
	uint64_t v = 0;

	if (size > 8)
		size = 8;
	memcpy(&v, p, (size_t)size); /* little-endian */
	if (is_signed && size < 8 && (v >> (size * 8 - 1)) & 1)
		v |= ~0ULL << (size * 8);
	return v;
}

static int all_zero(const struct pctx *pc, size_t off, size_t size)
{
	for (size_t i = 0; i < size && off + i < pc->len; i++)
		if (pc->base[off + i])
			return 0;
	return 1;
}

static void pfx(const struct pctx *pc, int depth)
{
	fprintf(pc->out, "%*s", PRINT_INDENT + depth, "");
}

/* The type's name as the cast shows it: anonymous structs and unions by kind. */
static const char *cast_name(const struct ptype *t)
{
	if (strstr(t->name, "<anon"))
		return t->kind == PK_UNION ? "union" : t->kind == PK_STRUCT ? "struct" : "enum";
	return t->name;
}

static void dump(const struct pctx *pc, int id, size_t off, int depth, const char *name,
		 int in_array);

/* The scalar at off (size bytes) or a bit-field's value: its text. */
static void scalar(const struct pctx *pc, const struct ptype *t, uint64_t v, int bitfield,
		   int in_char_array)
{
	FILE *out = pc->out;

	if (bitfield) {
		fprintf(out, "0x%llx", (unsigned long long)v);
		return;
	}
	switch (t->kind) {
	case PK_INT:
		if (in_char_array && (t->flags & 2) && isprint((int)(v & 0xff)))
			fprintf(out, "'%c'", (int)(v & 0xff));
		else if (t->flags & 4)
			fprintf(out, "%d", (int)(v & 0xff));
		else if (t->flags & 1)
			fprintf(out, "%lld", (long long)v);
		else
			fprintf(out, "%llu", (unsigned long long)v);
		return;
	case PK_ENUM:
		for (int i = 0; i < t->nenums; i++)
			if ((uint64_t)t->enums[i].value == v ||
			    (t->size < 8 && (uint64_t)(t->enums[i].value & ((1LL << (t->size * 8)) - 1)) ==
						    (v & ((1ULL << (t->size * 8)) - 1)))) {
				fputs(t->enums[i].name, out);
				return;
			}
		fprintf(out, "%lld", (long long)v);
		return;
	case PK_PTR:
		fprintf(out, "0x%llx", (unsigned long long)v);
		return;
	case PK_FLOAT: {
		if (t->size == 4) {
			float f;
			uint32_t u = (uint32_t)v;
			memcpy(&f, &u, 4);
			fprintf(out, "%f", (double)f);
		} else {
			double f;
			memcpy(&f, &v, 8);
			fprintf(out, "%f", f);
		}
		return;
	}
	default:
		return;
	}
}

static void dump(const struct pctx *pc, int id, size_t off, int depth, const char *name,
		 int in_array)
{
	const struct ptype *t = ptype_get(pc, id);
	FILE *out = pc->out;

	if (!t || !t->name)
		return;
	pfx(pc, depth);
	if (name)
		fprintf(out, ".%s = ", name);
	if (!in_array)
		fprintf(out, "(%s)", cast_name(t));
	switch (t->kind) {
	case PK_STRUCT:
	case PK_UNION:
		fputs(" {\n", out);
		for (int i = 0; i < t->nmembers && !*pc->stop; i++) {
			const struct pmember *m = &t->members[i];
			const struct ptype *mt = ptype_get(pc, m->type);
			size_t moff = off + (size_t)m->off_bits / 8;

			if (!mt)
				continue;
			if (out_of_data(pc, m->bits ? (off * 8 + (size_t)m->off_bits + m->bits + 7) / 8
						    : moff + (size_t)(mt->size > 0 ? mt->size : 0),
					depth + 1))
				break;
			if (m->bits) {
				uint64_t v = get_bits(pc, off * 8 + (size_t)m->off_bits, m->bits);
				if (!v)
					continue;
				pfx(pc, depth + 1);
				fprintf(out, ".%s = (%s)", m->name, cast_name(mt));
				scalar(pc, mt, v, 1, 0);
				fputs(",\n", out);
				continue;
			}
			if (all_zero(pc, moff, (size_t)mt->size))
				continue;
			dump(pc, m->type, moff, depth + 1, m->name, 0);
		}
		pfx(pc, depth);
		fputc('}', out);
		break;
	case PK_ARRAY: {
		const struct ptype *et = ptype_get(pc, t->ref);
		int is_char = et && et->kind == PK_INT && (et->flags & 2);

		fputs(" [\n", out);
		for (int i = 0; et && i < t->n && !*pc->stop; i++) {
			size_t eoff = off + (size_t)i * (size_t)et->size;
			if (out_of_data(pc, eoff + (size_t)et->size, depth + 1))
				break;
			if (is_char) {
				if (!pc->base[eoff])
					break; /* a char array ends at its NUL */
				pfx(pc, depth + 1);
				scalar(pc, et, get_int_val(pc->base + eoff, 1, et->flags & 1), 0, 1);
				fputs(",\n", out);
				continue;
			}
			if (et->kind == PK_STRUCT || et->kind == PK_UNION || et->kind == PK_ARRAY) {
				dump(pc, t->ref, eoff, depth + 1, NULL, 1);
				continue;
			}
			pfx(pc, depth + 1);
			scalar(pc, et, get_int_val(pc->base + eoff, et->size, et->flags & 1), 0, 0);
			fputs(",\n", out);
		}
		pfx(pc, depth);
		fputc(']', out);
		break;
	}
	default:
		if (off + (size_t)t->size <= pc->len)
			scalar(pc, t, get_int_val(pc->base + off, t->size,
						  t->kind == PK_PTR ? 0 : t->flags & 1), 0, 0);
		break;
	}
	fputs(depth ? ",\n" : "\n", out);
}

/*
 * One item of a print() action, or of a trace() of a struct, union or
 * array: 1 when printed here.
 */
int print_typed_item(FILE *out, const struct meta *m, const struct meta_act *a, unsigned act,
	       const char *payload, size_t len)
{
	const struct meta_ptypes *pt = m->ptypes;
	struct pctx pc;
	uint64_t addr;
	int stop = 0;

	if (strcmp(a->kind, "trace") == 0 && a->nargs == 1 && a->args[0].kind == ARG_RAW) {
		size_t n = (size_t)a->args[0].size;
		stk_print_bytes(out, (const unsigned char *)payload, n < len ? n : len);
		return 1;
	}
	if (strcmp(a->kind, "print") != 0 || a->nargs != 2)
		return 0;
	if (!pt || act >= (unsigned)pt->nacts || !pt->act_type[act] || len < 8)
		return 1;
	memcpy(&addr, payload, 8);
	fprintf(out, "0x%llx = *\n", (unsigned long long)addr);
	pc.out = out;
	pc.pt = pt;
	pc.base = (const unsigned char *)payload + 8;
	pc.len = len - 8 < (size_t)a->args[1].size ? len - 8 : (size_t)a->args[1].size;
	{
		/* the printsize option (DTrace's dt_opt_printsize()) */
		const char *ps = meta_opt(m, "printsize");
		uint64_t v;

		if (ps && !dt_parse_size(ps, &v) && v > 0 && v <= 65536 &&
		    ((v + 7) & ~7ULL) < pc.len)
			pc.len = (size_t)((v + 7) & ~7ULL);
	}
	pc.stop = &stop;
	dump(&pc, pt->act_type[act] - 1, 0, 0, NULL, 0);
	return 1;
}
