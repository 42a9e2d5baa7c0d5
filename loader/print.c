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
 * as Oracle's dt_print_visit() writes it (see dump()).
 * trace() of a struct, union or array prints its bytes as a hex dump.
 */
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
	size_t len;   /* bytes print() shows: the value's size, or printsize */
	size_t avail; /* bytes recorded: members read past len come from here */
	struct pstate *st;
};

#define PRINT_DEPTH 10 /* DTrace's DT_PRINT_DEPTH */

/*
 * dt_print_visit()'s state (struct dt_visit_arg): DTrace closes a struct or
 * union lazily, when the walk next shows something no deeper than it (or at
 * the end), not when its last member is done; so a "..." met after a nested
 * struct comes before that struct's "},".
 */
struct pstate {
	int stop;                   /* set once "..." is printed: nothing more is */
	int last_depth;             /* dv_last_depth: depth of the last value shown */
	int open[PRINT_DEPTH + 1];  /* dv_kinds[d] is a struct or union */
};

/*
 * A value starting past the data print() shows (printsize, or the record's
 * room) or too deep: "...", and the walk stops there, as DTrace's
 * dt_print_visit().  1 then.
 */
static int out_of_data(const struct pctx *pc, size_t off, int depth)
{
	if (off < pc->len && depth < PRINT_DEPTH)
		return 0;
	fprintf(pc->out, "%*s...\n", PRINT_INDENT + depth, "");
	pc->st->stop = 1;
	return 1;
}

/*
 * dt_print_close_parens(): when the value last shown at depth is a struct or
 * union, close it and every level shown below it since: "}," at each level,
 * "}" for the top one.  At the top, a struct none of whose members was
 * shown is closed too.
 */
static void close_parens(const struct pctx *pc, int depth)
{
	struct pstate *st = pc->st;

	if (!st->open[depth])
		return;
	if (depth == 0 && st->last_depth == 0)
		st->last_depth = 1;
	for (int i = st->last_depth - depth; i > 0; i--) {
		fprintf(pc->out, "%*s}%s\n", PRINT_INDENT + depth + i - 1, "",
			depth > 0 || i > 1 ? "," : "");
		st->last_depth = depth;
	}
}

/* A value about to be visited at depth: close what its predecessor left open. */
static void visit_begin(const struct pctx *pc, int depth)
{
	if (pc->st->last_depth > depth)
		close_parens(pc, depth);
}

/* A value shown (or counted as shown) at depth. */
static void visit_shown(const struct pctx *pc, int depth, int is_sou)
{
	pc->st->open[depth] = is_sou;
	pc->st->last_depth = depth;
}

static const struct ptype *ptype_get(const struct pctx *pc, int id)
{
	return id >= 0 && id < pc->pt->n ? &pc->pt->t[id] : NULL;
}

/* The integer of size bytes at off (little-endian; bytes not recorded read 0). */
static uint64_t get_int(const struct pctx *pc, size_t off, int size, int is_signed)
{
	uint64_t v = 0;

	if (size > 8)
		size = 8;
	for (int i = 0; i < size; i++)
		if (off + (size_t)i < pc->avail)
			v |= (uint64_t)pc->base[off + (size_t)i] << (8 * i);
	if (is_signed && size > 0 && size < 8 && (v >> (size * 8 - 1)) & 1)
		v |= ~0ULL << (size * 8);
	return v;
}

static int all_zero(const struct pctx *pc, size_t off, size_t size)
{
	for (size_t i = 0; i < size && off + i < pc->avail; i++)
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
	size_t n = strlen(t->name);

	/* untagged: dtc names a D one "struct " (ctf_type_name()), BTF's "<anon" */
	if (strstr(t->name, "<anon") || (n && t->name[n - 1] == ' '))
		return t->kind == PK_UNION ? "union" : t->kind == PK_STRUCT ? "struct" : "enum";
	return t->name;
}

/* A scalar's value as dt_print_visit() writes it after its cast, with the comma. */
static void scalar(const struct pctx *pc, const struct ptype *t, uint64_t v)
{
	FILE *out = pc->out;

	switch (t->kind) {
	case PK_INT:
		if ((t->flags & 2) && !strcmp(t->name, "char"))
			fprintf(out, "'%c',", (char)v);
		else if ((t->flags & 1) || t->size < 8)
			fprintf(out, "%lld,", (long long)v);
		else
			fprintf(out, "%llu,", (unsigned long long)v);
		return;
	case PK_ENUM:
		for (int i = 0; i < t->nenums; i++)
			if ((uint64_t)t->enums[i].value == v ||
			    (t->size < 8 && (uint64_t)(t->enums[i].value & ((1LL << (t->size * 8)) - 1)) ==
						    (v & ((1ULL << (t->size * 8)) - 1)))) {
				fprintf(out, "%s,", t->enums[i].name);
				return;
			}
		fprintf(out, "%d,", (int)v);
		return;
	case PK_PTR:
		fprintf(out, "0x%llx,", (unsigned long long)v);
		return;
	default:
		return;
	}
}

/*
 * A bit-field's value as dt_print_visit() computes it: 1 when shown, 0 when
 * it is 0 (not shown, but visited: it counts as the last value shown), -1
 * when its bytes are zero (skipped).  The member's type's bytes at the byte
 * holding its first bit are tested for zero first, as any member's; a width of 8, 16, 32 or 64 bits
 * is read as an integer of that size at that byte, an enum as an int
 * there (its case has no bit-field code).  Any other width is
 * taken from the 64-bit little-endian word at that byte as
 * (word << (63 - bit % 64)) >> (64 - bits): the bits that end at the
 * field's bit offset modulo 64, not those that start at its offset modulo
 * 8, so DTrace shows (int)4 for an int x:3 of 7 at offset 0; a value of 0
 * is not shown.  DTrace prints what it computes, and so do we.
 */
static int bitfield_value(const struct pctx *pc, const struct ptype *mt, size_t bit, int bits,
			  uint64_t *v)
{
	size_t byte = bit / 8;

	if (all_zero(pc, byte, (size_t)(mt->size > 0 ? mt->size : 0)))
		return -1;
	if (mt->kind == PK_ENUM) { /* its case reads an int at that byte */
		*v = get_int(pc, byte, 4, 1);
		return 1;
	}
	if (bits == 8 || bits == 16 || bits == 32 || bits == 64) {
		*v = get_int(pc, byte, bits / 8, mt->flags & 1);
		return 1;
	}
	if (bits <= 0 || bits > 64)
		return 0;
	*v = (get_int(pc, byte, 8, 0) << (63 - bit % 64)) >> (64 - bits);
	return *v != 0;
}

/*
 * One value as DTrace's dt_print_visit() prints it: "[.NAME = ](TYPE)VALUE,"
 * at 44 spaces plus its depth; below the top, a value whose bytes are all
 * zero is left out (a bit-field whose value is 0 too); a struct or union
 * opens "{" with its members one level deeper and closes "}" ("}," below
 * the top), an array opens "[" with its elements one level deeper, each
 * with its cast, a char array up to its first NUL, and closes "],"; an
 * array whose bytes are all zero shows only its opening line; floating
 * point values are not shown (dt_print_visit() has no case for them).
 * A struct or union that is an array element (elem) shows its opening
 * line only: dt_print_visit() visits an array's elements itself, and only
 * libctf's ctf_type_visit() walks members, so it neither lists an
 * element's members nor closes it.
 */
static void dump(const struct pctx *pc, int id, size_t off, int depth, const char *name, int elem)
{
	const struct ptype *t = ptype_get(pc, id);
	struct pstate *st = pc->st;
	FILE *out = pc->out;

	if (!t || !t->name || st->stop || out_of_data(pc, off, depth))
		return;
	visit_begin(pc, depth);
	if (depth > 0 && all_zero(pc, off, (size_t)(t->size > 0 ? t->size : 0)))
		return;
	visit_shown(pc, depth, t->kind == PK_STRUCT || t->kind == PK_UNION);
	if (t->kind == PK_FLOAT || t->kind == PK_VOID)
		return;
	pfx(pc, depth);
	if (name && *name)
		fprintf(out, ".%s = ", name);
	fprintf(out, "(%s)", cast_name(t));
	switch (t->kind) {
	case PK_STRUCT:
	case PK_UNION:
		/* its members follow; close_parens() closes it */
		fputs(" {\n", out);
		if (elem)
			return;
		for (int i = 0; i < t->nmembers && !st->stop; i++) {
			const struct pmember *m = &t->members[i];
			const struct ptype *mt = ptype_get(pc, m->type);
			uint64_t v;
			int r;

			if (!mt)
				continue;
			if (!m->bits) {
				dump(pc, m->type, off + (size_t)m->off_bits / 8, depth + 1, m->name, 0);
				continue;
			}
			if (out_of_data(pc, off + (size_t)m->off_bits / 8, depth + 1))
				break;
			visit_begin(pc, depth + 1);
			r = bitfield_value(pc, mt, off * 8 + (size_t)m->off_bits, m->bits, &v);
			if (r < 0)
				continue;
			visit_shown(pc, depth + 1, 0);
			if (r == 0)
				continue;
			pfx(pc, depth + 1);
			fprintf(out, ".%s = (%s)", m->name, cast_name(mt));
			scalar(pc, mt, v);
			fputc('\n', out);
		}
		return;
	case PK_ARRAY: {
		const struct ptype *et = ptype_get(pc, t->ref);
		size_t esize = et && et->size > 0 ? (size_t)et->size : 0;
		int is_char = et && et->kind == PK_INT && (et->flags & 2) && et->size == 1;

		if (t->n == 0) {
			fputs(" [],\n", out);
			return;
		}
		fputs(" [\n", out);
		if (!et || all_zero(pc, off, esize * (size_t)t->n))
			return;
		/* the elements are visited with a copy of the state (dva2):
		 * they close nothing, and leave the array the last value shown */
		for (int i = 0; i < t->n && !st->stop; i++) {
			size_t eoff = off + (size_t)i * esize;

			if (is_char && eoff < pc->avail && !pc->base[eoff])
				break; /* a char array ends at its NUL */
			dump(pc, t->ref, eoff, depth + 1, NULL, 1);
		}
		st->last_depth = depth;
		if (!st->stop) {
			pfx(pc, depth);
			fputs("],\n", out);
		}
		return;
	}
	default:
		scalar(pc, t, get_int(pc, off, t->size, t->kind == PK_PTR ? 0 : t->flags & 1));
		fputc('\n', out);
		return;
	}
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
	struct pstate st = { 0 };

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
	pc.avail = pc.len;
	{
		/* the printsize option (DTrace's dt_opt_printsize()) */
		const char *ps = meta_opt(m, "printsize");
		uint64_t v;

		if (ps && !dt_parse_size(ps, &v) && v > 0 && v <= 65536 &&
		    ((v + 7) & ~7ULL) < pc.len)
			pc.len = (size_t)((v + 7) & ~7ULL);
	}
	pc.st = &st;
	dump(&pc, pt->act_type[act] - 1, 0, 0, NULL, 0);
	close_parens(&pc, 0); /* dt_print_type(): the top-level struct */
	return 1;
}
