/*
 * stack.c: printing stack(), ustack(), sym()/func()/mod(), usym()/ufunc()/
 * umod()/uaddr() values and tracemem() bytes the way dtrace does (Oracle
 * libdtrace/dt_consume.c: dt_print_stack, dt_print_ustack, dt_print_sym,
 * dt_print_mod, dt_print_usym, dt_print_umod, dt_print_rawbytes).
 *
 * A stack value is the dtc_abi.h layout: word 0 = depth | tgid << 32, then
 * the PCs.  The consumer calls stk_print_arg() for items whose descriptors
 * are k/U/a/y/m/A/Y/M/X/r; printa can call the same for aggregation keys.
 */
#include <errno.h>
#include <inttypes.h>
#include <unistd.h>
#include <bpf/bpf.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

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

void stk_print_stack(FILE *out, const char *fmt, const uint64_t *w, int frames, int user)
{
	uint32_t depth = (uint32_t)w[0];
	int pid = user ? (int)(w[0] >> 32) : -1;
	char buf[1024];
	int i;

	if (user && depth == 0)
		return; /* dt_print_ustack prints nothing for an empty stack */
	fputc('\n', out);
	if (!fmt)
		fmt = "%s";
	for (i = 0; i < (int)depth && i < frames && w[1 + i]; i++) {
		fprintf(out, "%*s", stk_indent >= 0 ? stk_indent : STK_INDENT, "");
		frame_str(pid, w[1 + i], 1, buf, sizeof(buf));
		fprintf(out, fmt, buf);
		fputc('\n', out);
	}
}

void stk_print_sym(FILE *out, const char *fmt, char letter, const uint64_t *w)
{
	const char *obj = NULL, *name = NULL;
	uint64_t pc = w[0], sa = 0;
	char buf[1024];
	int r, pid;

	if (!fmt)
		fmt = "  %-50s";
	switch (letter) {
	case 'a': /* sym() */
	case 'y': /* func() */
		frame_str(-1, pc, 0, buf, sizeof(buf));
		break;
	case 'm': /* mod() */
		if (sym_kernel(pc, &obj, &name, &sa))
			snprintf(buf, sizeof(buf), "%s", obj);
		else
			snprintf(buf, sizeof(buf), "0x%" PRIx64, pc);
		break;
	case 'M': /* umod() */
		pid = (int)w[1];
		if (pid > 0 && sym_user(pid, pc, &obj, &name, &sa))
			snprintf(buf, sizeof(buf), "%s", obj);
		else
			snprintf(buf, sizeof(buf), "0x%" PRIx64, pc);
		break;
	default: /* 'A' usym(), 'Y' ufunc(): the symbol; 'X' uaddr(): with offset */
		pid = (int)w[1];
		if (stk_noresolve && pid > 0) {
			/* dtrace_uaddr2str(): the offset in the mapping, no symbol
			 * (usym() and ufunc() at their symbol's start, as ever) */
			if (letter != 'X' && sym_user(pid, pc, &obj, &name, &sa) == 2)
				pc = sa;
			if (sym_user_map(pid, pc, &obj, &sa))
				snprintf(buf, sizeof(buf), "%s:0x%" PRIx64, obj, pc - sa);
			else
				snprintf(buf, sizeof(buf), "0x%" PRIx64, pc);
			break;
		}
		r = pid > 0 ? sym_user(pid, pc, &obj, &name, &sa) : 0;
		if (r == 2 && letter == 'X' && pc != sa)
			snprintf(buf, sizeof(buf), "%s`%s+0x%" PRIx64, obj, name, pc - sa);
		else if (r == 2)
			snprintf(buf, sizeof(buf), "%s`%s", obj, name);
		else if (r == 1)
			snprintf(buf, sizeof(buf), "%s`0x%" PRIx64, obj, pc);
		else
			snprintf(buf, sizeof(buf), "0x%" PRIx64, pc);
		break;
	}
	fprintf(out, fmt, buf);
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
		stk_print_stack(out, NULL, w, frames, ma->kind == ARG_USTACK);
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

/*
 * copyout() and copyoutstr() write user memory with bpf_probe_write_user(),
 * which a kernel in lockdown (integrity or confidentiality) or a process
 * without CAP_SYS_ADMIN cannot use.  1 when this one can (run.c sets the
 * object's dtc_write_user from it).
 */
int stk_write_user_ok(void)
{
	static int ok = -1;
	/* libbpf_probe_bpf_helper() takes "cannot use helper" for support: load
	 * bpf_probe_write_user(0, fp - 8, 8) ourselves */
	struct bpf_insn prog[] = {
		{ .code = BPF_ST | BPF_MEM | BPF_DW, .dst_reg = BPF_REG_10, .off = -8, .imm = 0 },
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = BPF_REG_1, .imm = 0 },
		{ .code = BPF_ALU64 | BPF_MOV | BPF_X, .dst_reg = BPF_REG_2, .src_reg = BPF_REG_10 },
		{ .code = BPF_ALU64 | BPF_ADD | BPF_K, .dst_reg = BPF_REG_2, .imm = -8 },
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = BPF_REG_3, .imm = 8 },
		{ .code = BPF_JMP | BPF_CALL, .imm = BPF_FUNC_probe_write_user },
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = BPF_REG_0, .imm = 0 },
		{ .code = BPF_JMP | BPF_EXIT },
	};
	int fd;

	if (ok >= 0)
		return ok;
	fd = bpf_prog_load(BPF_PROG_TYPE_RAW_TRACEPOINT, NULL, "GPL", prog,
			   sizeof(prog) / sizeof(prog[0]), NULL);
	ok = fd >= 0;
	if (fd >= 0)
		close(fd);
	return ok;
}

/* A script that calls copyout() where the kernel refuses it: say so once. */
void stk_write_user_check(const struct meta *m)
{
	int i;

	for (i = 0; i < m->nacts; i++)
		if (m->acts[i].kind && strncmp(m->acts[i].kind, "copyout", 7) == 0)
			break;
	if (i < m->nacts && !stk_write_user_ok())
		dt_err("warning: this kernel refuses bpf_probe_write_user() (kernel lockdown, or no "
		       "CAP_SYS_ADMIN): %s( ) faults with \"invalid user access\"\n",
		       m->acts[i].kind);
}

/*
 * dtrace refuses to enable destructive actions without -w or the
 * destructive option, after the "matched" line; with them it says so.
 * The consent is the run host's: dtrun's -w / -x destructive, or, in
 * one-step mode where the operator runs the script as dtrace -s would, the
 * script's own pragma.  A compiled object's destructive option only
 * records that its build host allowed dtc to accept them.
 */
int stk_destructive_used(const struct meta *m, char *used, size_t len)
{
	static const char *const kinds[] = { "system", "raise", "stop", "freopen", "copyout",
					     "copyoutstr" };
	size_t k;
	int i, n = 0;

	*used = 0;
	for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
		for (i = 0; i < m->nacts; i++)
			if (m->acts[i].kind && strcmp(m->acts[i].kind, kinds[k]) == 0) {
				snprintf(used + strlen(used), len - strlen(used), "%s%s( )",
					 n++ ? ", " : "", kinds[k]);
				break;
			}
	return n;
}

int stk_destructive_check(const struct meta *m, int allowed, int one_step, int quiet)
{
	char used[128];
	int destructive = stk_destructive_used(m, used, sizeof(used)) > 0;

	if (one_step)
		allowed |= meta_opt(m, "destructive") != NULL;
	if (!destructive && !allowed)
		return 0;
	if (!allowed) {
		if (one_step)
			dt_err("could not enable tracing: Destructive actions not allowed\n");
		else
			dt_err("could not enable tracing: Destructive actions not allowed: this "
			       "object uses %s; run dtrun -w to allow them on this host\n",
			       used);
		return -1;
	}
	if (!quiet)
		dt_err("allowing destructive actions\n");
	return 0;
}

/* system(): printf()'s formatting, then the shell, output in order. */
void stk_system(FILE *out, const char *fmt, const struct dt_val *vals, int n)
{
	char *cmd = NULL, err[256];
	size_t len = 0;
	FILE *f = open_memstream(&cmd, &len);
	int r;

	if (!f)
		return;
	r = dt_format_printf(f, fmt, vals, n, err, sizeof(err));
	fclose(f);
	if (r < 0)
		dt_err("%s\n", err);
	else {
		pid_t pid;
		int st;

		fflush(out);
		fflush(stderr);
		/* system(3), but the shell gets the signal mask dtrun started with */
		pid = fork();
		if (pid == 0) {
			dt_child_sigreset();
			execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
			_exit(127);
		}
		while (pid > 0 && waitpid(pid, &st, 0) < 0 && errno == EINTR)
			;
		if (pid < 0)
			dt_err("failed to run system( ) command\n");
	}
	free(cmd);
}

/* The output freopen("") goes back to: stdout, or the -o file. */
static FILE *freopen_orig;

/*
 * freopen(): printf()'s formatting gives a path; later output is appended
 * to it ("" restores the original output).  The previous freopen() file is
 * closed; when the path cannot be opened, the output stays as it was.
 */
void stk_freopen(FILE **out, const char *fmt, const struct dt_val *vals, int n)
{
	char *path = NULL, err[256];
	size_t len = 0;
	FILE *f = open_memstream(&path, &len), *nf;
	int r;

	if (!f)
		return;
	r = dt_format_printf(f, fmt, vals, n, err, sizeof(err));
	fclose(f);
	if (r < 0) {
		dt_err("%s\n", err);
		free(path);
		return;
	}
	if (!freopen_orig)
		freopen_orig = *out;
	fflush(*out);
	if (!path[0])
		nf = freopen_orig;
	else if (!(nf = fopen(path, "a"))) { /* "." and "..": EISDIR */
		dt_err("failed to open %s: %s\n", path, strerror(errno));
		free(path);
		return;
	}
	if (*out != freopen_orig && *out != nf)
		fclose(*out);
	*out = nf;
	free(path);
}

/* ftruncate(): empties the current output file (not a pipe or terminal). */
void stk_ftruncate(FILE *out)
{
	fflush(out);
	if (ftruncate(fileno(out), 0) == 0)
		fseeko(out, 0, SEEK_SET);
}

/*
 * flowindent (dtrace -F), as dt_consume.c's dt_flowindent() and dtrace.c's
 * chew(): an entry probe ("entry", or a name ending in "-entry") prints
 * " -> func" (" => " for syscalls) and indents the CPU's later records by
 * 2; a return probe unindents and prints " <- func" (" <= "); others print
 * "| func:name" at the current indentation.  As dtrace does, an entry probe
 * right after another clause of the same probe does not indent again.
 */
#define FLOW_NCPU 4096

static int flow_indent[FLOW_NCPU];
static unsigned flow_last_clause[FLOW_NCPU], flow_last_probe[FLOW_NCPU];
static char flow_have_last[FLOW_NCPU];

static int name_is(const char *n, const char *what)
{
	const char *sub = strstr(n, what);

	return sub && sub[strlen(what)] == '\0' && (sub == n || sub[-1] == '-');
}

void stk_flow_columns(FILE *out, int testing, int heading, int cpu, unsigned clause,
		      const struct probe *p)
{
	const char *func = p ? p->func : "?", *name = p ? p->name : "?";
	int sys = p && strcmp(p->prov, "syscall") == 0;
	int c = cpu >= 0 && cpu < FLOW_NCPU ? cpu : 0;
	int flow = 0; /* 1 entry, -1 return */
	char buf[512];

	if (heading) {
		if (testing)
			fprintf(out, "%-41s\n", "FUNCTION");
		else
			fprintf(out, "%3s %-41s\n", "CPU", "FUNCTION");
	}
	if (name_is(name, "entry"))
		flow = 1;
	else if (name_is(name, "return"))
		flow = -1;
	if (flow == 1 && flow_have_last[c] && flow_last_clause[c] != clause && p &&
	    flow_last_probe[c] == p->id)
		flow = 0;
	if (flow == -1 && flow_indent[c] > 0)
		flow_indent[c] -= 2;
	if (flow == 0)
		snprintf(buf, sizeof(buf), "%*s| %s:%s", flow_indent[c], "", func, name);
	else
		snprintf(buf, sizeof(buf), "%*s%s%s", flow_indent[c], "",
			 flow == 1 ? (sys ? " => " : " -> ") : (sys ? " <= " : " <- "), func);
	if (testing)
		fprintf(out, "%-41s ", buf);
	else
		fprintf(out, "%3d %-41s ", cpu, buf);
	if (flow == 1)
		flow_indent[c] += 2;
	flow_have_last[c] = 1;
	flow_last_clause[c] = clause;
	flow_last_probe[c] = p ? p->id : 0;
}
