/*
 * stack.c: printing stack(), ustack(), sym()/func()/mod(), usym()/ufunc()/
 * umod()/uaddr() values and tracemem() bytes the way dtrace does (Oracle
 * libdtrace/dt_consume.c: dt_print_stack, dt_print_ustack, dt_print_sym,
 * dt_print_mod, dt_print_usym, dt_print_umod, dt_print_rawbytes).
 *
 * A stack value is the dtc_abi.h layout: word 0 = depth | tgid << 32, then
 * the PCs.  The consumer calls stk_print_item() for items whose descriptors
 * are k/U/a/y/m/A/Y/M/X/r; printa can call the same for aggregation keys.
 */
#include <errno.h>
#include <inttypes.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#include "dtrun.h"
#include "format.h"
#include "stack.h"
#include "sym.h"

#define STK_INDENT 14            /* dtrace's _dtrace_stkindent */

static int stk_target;           /* pid for user addresses with no tgid */
static int stk_noresolve;        /* -x noresolve: user addresses as OBJ:0xOFF */

void stk_set_target(int pid)
{
	stk_target = pid;
}

void stk_set_noresolve(int on)
{
	stk_noresolve = on;
}

/* "mod`sym+0xoff", "mod`sym", "mod`0xaddr" or "0xaddr" (dt_print_stack). */
static void frame_str(int pid, uint64_t pc, int with_off, char *buf, size_t len)
{
	const char *obj = NULL, *name = NULL;
	uint64_t sa = 0;
	int r = pid < 0 ? sym_kernel(pc, &obj, &name, &sa) : sym_user(pid, pc, &obj, &name, &sa);

	if (r == 2 && with_off && pc > sa)
		snprintf(buf, len, "%s`%s+0x%" PRIx64, obj, name, pc - sa);
	else if (r == 2)
		snprintf(buf, len, "%s`%s", obj, name);
	else if (r == 1)
		snprintf(buf, len, "%s`0x%" PRIx64, obj, pc);
	else
		snprintf(buf, len, "0x%" PRIx64, pc);
}

/* -x stackindent: the indent of stack() frames (-1: dtrace's 14) */
static int stk_indent = -1;

void stk_set_indent(int n)
{
	stk_indent = n;
}

/*
 * A user frame under -x noresolve (dt_print_ustack()): the object and the
 * offset in the mapping that holds the address, "libc.so.6:0x2a1ca", or
 * the bare address outside every mapping.
 */
static void frame_str_noresolve(int pid, uint64_t pc, char *buf, size_t len)
{
	const char *obj = NULL;
	uint64_t lo = 0;

	if (pid > 0 && sym_user_map(pid, pc, &obj, &lo))
		snprintf(buf, len, "%s:0x%" PRIx64, obj, pc - lo);
	else
		snprintf(buf, len, "0x%" PRIx64, pc);
}

/*
 * dt_print_stack(), dt_print_ustack(): a newline, then each frame up to the
 * first 0 on a line of its own, indented by indent spaces (-1: the
 * stackindent option, else 14) and printed through fmt (NULL: "%s").
 */
void stk_print_stack(FILE *out, const char *fmt, int indent, const uint64_t *w, int frames,
		     int user)
{
	uint32_t depth = (uint32_t)w[0];
	int pid = user ? (int)(w[0] >> 32) : -1;
	char buf[1024];
	int i;

	if (user && frames == 0)
		return; /* dt_print_ustack(): nothing when no frame was asked for
			 * (-x maxframes=0), a newline alone for a kernel thread */
	if (indent < 0)
		indent = stk_indent >= 0 ? stk_indent : STK_INDENT;
	fputc('\n', out);
	if (!fmt)
		fmt = "%s";
	for (i = 0; i < (int)depth && i < frames && w[1 + i]; i++) {
		fprintf(out, "%*s", indent, "");
		if (user && stk_noresolve)
			frame_str_noresolve(pid, w[1 + i], buf, sizeof(buf));
		else
			frame_str(pid, w[1 + i], 1, buf, sizeof(buf));
		fprintf(out, fmt, buf);
		fputc('\n', out);
	}
}

/*
 * The text of a sym()/func()/mod() (letter a y m) or usym()/ufunc()/umod()/
 * uaddr() (A Y M X) value w (the address; for a user one, then its tgid):
 * dt_print_sym(), dt_print_mod(), dt_print_usym(), dt_print_umod().
 */
void stk_sym_text(char letter, const uint64_t *w, char *buf, size_t len)
{
	const char *obj = NULL, *name = NULL;
	uint64_t pc = w[0], sa = 0;
	int r, pid;

	switch (letter) {
	case 'a': /* sym() */
	case 'y': /* func() */
		frame_str(-1, pc, 0, buf, len);
		break;
	case 'm': /* mod() */
		if (sym_kernel(pc, &obj, &name, &sa))
			snprintf(buf, len, "%s", obj);
		else
			snprintf(buf, len, "0x%" PRIx64, pc);
		break;
	case 'M': /* umod() */
		pid = (int)w[1];
		if (pid > 0 && sym_user(pid, pc, &obj, &name, &sa))
			snprintf(buf, len, "%s", obj);
		else
			snprintf(buf, len, "0x%" PRIx64, pc);
		break;
	default: /* 'A' usym(), 'Y' ufunc(): the symbol; 'X' uaddr(): with offset */
		pid = (int)w[1];
		if (stk_noresolve && pid > 0) {
			/* dtrace_uaddr2str(): the offset in the mapping, no symbol
			 * (usym() and ufunc() at their symbol's start, as ever) */
			if (letter != 'X' && sym_user(pid, pc, &obj, &name, &sa) == 2)
				pc = sa;
			if (sym_user_map(pid, pc, &obj, &sa))
				snprintf(buf, len, "%s:0x%" PRIx64, obj, pc - sa);
			else
				snprintf(buf, len, "0x%" PRIx64, pc);
			break;
		}
		r = pid > 0 ? sym_user(pid, pc, &obj, &name, &sa) : 0;
		if (r == 2 && letter == 'X' && pc != sa)
			snprintf(buf, len, "%s`%s+0x%" PRIx64, obj, name, pc - sa);
		else if (r == 2)
			snprintf(buf, len, "%s`%s", obj, name);
		else if (r == 1)
			snprintf(buf, len, "%s`0x%" PRIx64, obj, pc);
		else
			snprintf(buf, len, "0x%" PRIx64, pc);
		break;
	}
}

void stk_print_sym(FILE *out, const char *fmt, char letter, const uint64_t *w)
{
	char buf[1024];

	stk_sym_text(letter, w, buf, sizeof(buf));
	fprintf(out, fmt ? fmt : "  %-50s", buf);
}

/* dt_print_rawbytes(): tracemem()'s hex dump. */
void stk_print_bytes(FILE *out, const unsigned char *c, size_t n)
{
	size_t i, j;

	if (n == 0)
		return;
	fprintf(out, "\n%*s      ", 5, "");
	for (i = 0; i < 16; i++)
		fprintf(out, "  %c", "0123456789abcdef"[i]);
	fprintf(out, "  0123456789abcdef\n");
	for (i = 0; i < n; i += 16) {
		fprintf(out, "%*s%5zx:", 5, "", i);
		for (j = i; j < i + 16 && j < n; j++)
			fprintf(out, " %02x", c[j]);
		while (j++ % 16)
			fputs("   ", out);
		fputs("  ", out);
		for (j = i; j < i + 16 && j < n; j++)
			fputc(c[j] < ' ' || c[j] > '~' ? '.' : c[j], out);
		fputc('\n', out);
	}
}

/*
 * One item whose action records stacks, symbols or memory: returns 1 when
 * printed, 0 when the item is not one of these.
 */
int stk_print_item(FILE *out, const struct meta_act *a, const char *payload, size_t len)
{
	const struct meta_arg *ma;
	size_t need;

	if (a->nargs < 1)
		return 0;
	ma = &a->args[0];
	if (ma->kind < ARG_KSTACK && strcmp(a->kind, "tracemem") != 0)
		return 0;
	if (strcmp(a->kind, "tracemem") == 0) {
		/* u8 (size to print: the 3rd argument, else the 2nd), then rN */
		uint64_t dsize;

		if (a->nargs < 2 || len < 8 + (size_t)a->args[1].size)
			return 1;
		memcpy(&dsize, payload, 8);
		if (dsize > (uint64_t)a->args[1].size)
			dsize = (uint64_t)a->args[1].size;
		stk_print_bytes(out, (const unsigned char *)payload + 8, (size_t)dsize);
		return 1;
	}
	need = ((size_t)ma->size + 7) & ~(size_t)7;
	if (len < need)
		return 1;
	switch (ma->kind) {
	case ARG_KSTACK:
	case ARG_USTACK: {
		uint64_t w[1 + DT_MAX_STACK_FRAMES];
		int frames = ma->size / 8 - 1;

		if (frames > DT_MAX_STACK_FRAMES)
			frames = DT_MAX_STACK_FRAMES;
		memcpy(w, payload, 8 * (size_t)(frames + 1));
		stk_print_stack(out, NULL, -1, w, frames, ma->kind == ARG_USTACK);
		break;
	}
	case ARG_KSYM:
	case ARG_USYM: {
		uint64_t w[2] = { 0, 0 };

		memcpy(w, payload, ma->kind == ARG_USYM ? 16 : 8);
		if (ma->kind == ARG_USYM && w[1] == 0)
			w[1] = (uint64_t)stk_target;
		stk_print_sym(out, NULL, ma->letter, w);
		break;
	}
	default:
		return 0;
	}
	return 1;
}
