/*
 * prov.c: dtrun's side of the provider families of compiler/prov.c: this
 * host's probes for them (part of the probes.c stage) and their attachment
 * (part of the run.c stage).
 *
 *   tp       proc/sched/io (runtime/dt_provtab.h) where the tracepoint exists
 *   rawtp    every tracepoint in tracefs, as rawtp:GROUP::EVENT and
 *            sdt:GROUP::EVENT (Oracle's DTrace names); attached with the
 *            probe ID as BPF cookie (raw tracepoint cookies: Linux 6.10)
 *   uprobe   pid<PID>:MODULE:FUNCTION:entry|<hex offset>, from the ELF symbol
 *            tables of the process's mappings (libelf); sdt:::dt_probe, the
 *            dt_probe() symbol of libdtprobe, for every process
 *   uretprobe pid<PID>:MODULE:FUNCTION:return
 *   usdt     PROVIDER<PID>:MODULE:FUNCTION:NAME from .note.stapsdt notes,
 *            attached through libbpf's USDT support (semaphores included)
 *   fentry   fbt:vmlinux:FUNCTION:entry|return
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <linux/bpf.h>

#include "../runtime/dt_provtab.h"
#include "dtrun.h"
#include "x86insn.h"

#ifndef DTRUN_LIBDTPROBE
#define DTRUN_LIBDTPROBE "/usr/local/lib/libdtprobe.so.1"
#endif
#ifndef DTRUN_LIBDTPROBE_REL
#define DTRUN_LIBDTPROBE_REL "../lib"
#endif
#ifndef DTRUN_LIBDTPROBE_BUILD
#define DTRUN_LIBDTPROBE_BUILD "runtime/libdtprobe/libdtprobe.so.1"
#endif

void *prov_keep(struct probes *ps, void *mem)
{
	/* capacity: 16, then doubled at each power of two (one element at a
	 * time was quadratic for a description matching every tracepoint) */
	if (mem && (ps->npool >= 16 ? !(ps->npool & (ps->npool - 1)) : ps->npool == 0)) {
		size_t cap = ps->npool ? (size_t)ps->npool * 2 : 16;
		char **np = realloc(ps->pool, sizeof(*np) * cap);

		if (!np) {
			free(mem);
			return NULL;
		}
		ps->pool = np;
	}
	if (mem)
		ps->pool[ps->npool++] = mem;
	return mem;
}

const char *prov_str(struct probes *ps, const char *s)
{
	const char *c = prov_keep(ps, strdup(s));

	return c ? c : "";
}

const char *prov_events_dir(void)
{
	static const char *const dirs[] = { "/sys/kernel/tracing/events",
					    "/sys/kernel/debug/tracing/events" };
	static const char *dir;
	struct stat st;

	for (size_t i = 0; i < 2 && !dir; i++)
		if (stat(dirs[i], &st) == 0 && S_ISDIR(st.st_mode))
			dir = dirs[i];
	return dir;
}

/* A description names PROV:::NAME itself, no glob ("tcp:::receive", "tcp::vmlinux::receive"). */
static int desc_names(const char *desc, const char *prov, const char *name)
{
	const char *f[5] = { 0 }, *s = desc;
	int nf = 0;

	if (strpbrk(desc, "*?[\\"))
		return 0;
	for (const char *c = desc;; c++)
		if (*c == ':' || !*c) {
			if (nf == 5)
				return 0;
			f[nf++] = s;
			if (!*c)
				break;
			s = c + 1;
		}
	if (nf < 4)
		return 0;
	return !strncmp(f[nf - 4], prov, strlen(prov)) && f[nf - 4][strlen(prov)] == ':' &&
	       !strcmp(f[nf - 1], name);
}

/* Program P's clauses name its probe without a glob: then a missing one is an error. */
static int prog_named(const struct meta *m, int p, const struct dt_stable_probe *sp)
{
	for (int i = 0; i < m->npairs; i++) {
		const struct meta_clause *cl;

		if (m->pairs[i].prog != p || m->pairs[i].clause >= m->nclauses)
			continue;
		cl = &m->clauses[m->pairs[i].clause];
		for (int d = 0; d < cl->ndesc; d++)
			if (desc_names(cl->pdesc[d], sp->prov, sp->name))
				return 1;
	}
	return 0;
}

static int add_stable(struct probes *ps, const struct meta *m, int all)
{
	for (size_t i = 0; i < DT_NSTABLE; i++) {
		const struct dt_stable_probe *sp = &dt_stable_probes[i];
		const char *tp;
		char param[64];
		int p, want = -1;

		if (!sp->tp)
			continue;
		snprintf(param, sizeof(param), "%s:::%s", sp->prov, sp->name);
		for (p = 0; p < m->nprogs; p++)
			if (m->progs[p].fam == DT_FAM_TP && m->progs[p].str &&
			    !strcmp(m->progs[p].str, param))
				want = p;
		if ((tp = prov_stable_missing(sp)) != NULL) {
			/* an older kernel: say which probe and why, once; a glob
			 * goes on with the probes that are there */
			if (want < 0 || all)
				continue;
			prov_stable_say_missing(sp, tp);
			if (prog_named(m, want, sp))
				return -2;
			continue;
		}
		if (m->nprogs && want < 0 && !all) /* all: -l numbers every probe */
			continue;
		struct probe *pr = probes_add(ps, sp->prov, "vmlinux", "", sp->name, DT_FAM_TP, want);

		if (!pr)
			return -1;
		pr->tp = sp->tp;
	}
	return 0;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Every tracepoint: rawtp:GROUP::EVENT, then sdt:GROUP::EVENT. */
static int add_tracepoints(struct probes *ps)
{
	const char *ev = prov_events_dir();
	struct dirent *g, *e;
	char **names = NULL;
	int n = 0, cap = 0, rc = 0;
	DIR *gd, *ed;

	if (!ev || !(gd = opendir(ev)))
		return 0;
	while ((g = readdir(gd)) != NULL) {
		char path[PATH_MAX];

		if (g->d_name[0] == '.' || g->d_type != DT_DIR)
			continue;
		snprintf(path, sizeof(path), "%s/%s", ev, g->d_name);
		if (!(ed = opendir(path)))
			continue;
		while ((e = readdir(ed)) != NULL) {
			char buf[512];

			if (e->d_name[0] == '.' || e->d_type != DT_DIR)
				continue;
			if (n == cap) {
				char **nn = realloc(names, sizeof(*nn) * (cap = cap ? 2 * cap : 1024));

				if (!nn) {
					rc = -1;
					break;
				}
				names = nn;
			}
			snprintf(buf, sizeof(buf), "%s:%s", g->d_name, e->d_name);
			names[n++] = strdup(buf);
		}
		closedir(ed);
	}
	closedir(gd);
	if (n > 1) /* qsort(NULL, 0) is undefined */
		qsort(names, n, sizeof(*names), name_cmp);
	for (int pass = 0; pass < 2 && rc == 0; pass++)
		for (int i = 0; i < n; i++) {
			char *colon = strchr(names[i], ':');
			const char *grp, *evn;
			struct probe *p;

			*colon = '\0';
			grp = prov_str(ps, names[i]);
			evn = prov_str(ps, colon + 1);
			*colon = ':';
			p = probes_add(ps, pass ? "sdt" : "rawtp", grp, "", evn, DT_FAM_RAWTP, 0);
			if (!p) {
				rc = -1;
				break;
			}
			p->tp = evn;
		}
	for (int i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return rc;
}

/* ---- ELF symbols ------------------------------------------------------- */

struct elf_sym {
	char *name;
	uint64_t off;   /* file offset */
	uint64_t size;
	int weak;       /* STB_WEAK */
	const char *canon; /* the name probes at off take (canon_names()) */
};

struct elf_file {
	struct elf_sym *syms;
	int n;
	struct usdt_note {
		char *prov, *name; /* name: as D names it (usdt_dname()) */
		char *raw;         /* name: as the note has it, for attaching */
		char *args; /* "N@LOC ..." */
		uint64_t pc;
	} *notes;
	int nnotes;
};

static void elf_file_free(struct elf_file *f)
{
	for (int i = 0; i < f->n; i++)
		free(f->syms[i].name);
	for (int i = 0; i < f->nnotes; i++)
		free(f->notes[i].prov), free(f->notes[i].name), free(f->notes[i].raw),
			free(f->notes[i].args);
	free(f->syms);
	free(f->notes);
	memset(f, 0, sizeof(*f));
}

/* Virtual address -> file offset through the PT_LOAD headers. */
static uint64_t vaddr_off(Elf *e, uint64_t va)
{
	size_t n;
	GElf_Phdr ph;

	if (elf_getphdrnum(e, &n) != 0)
		return va;
	for (size_t i = 0; i < n; i++) {
		if (!gelf_getphdr(e, (int)i, &ph) || ph.p_type != PT_LOAD)
			continue;
		if (va >= ph.p_vaddr && va < ph.p_vaddr + ph.p_memsz)
			return va - ph.p_vaddr + ph.p_offset;
	}
	return va;
}

static void canon_names(struct elf_file *f);

/*
 * A probe name as D names it: C identifiers cannot hold '-', so a probe
 * declared as request-start in a provider definition is written
 * request__start in C (dtrace -h, DTRACE_PROBE(app, request__start)), and
 * DTrace and Oracle's stapsdt provider turn each "__" back into "-".
 */
static char *usdt_dname(const char *raw)
{
	char *d = strdup(raw), *w = d;

	for (const char *r = raw; d && *r; r++) {
		if (r[0] == '_' && r[1] == '_')
			*w++ = '-', r++;
		else
			*w++ = *r;
	}
	if (d)
		*w = 0;
	return d;
}

static int sym_cmp(const void *a, const void *b)
{
	const struct elf_sym *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	return c ? c : (x->off > y->off) - (x->off < y->off);
}

/* Function symbols (.symtab and .dynsym, deduplicated) and stapsdt notes. */
static int elf_file_read(const char *path, struct elf_file *f)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	Elf_Scn *scn = NULL;
	Elf *e;
	int cap = 0;

	memset(f, 0, sizeof(*f));
	if (fd < 0)
		return -1;
	elf_version(EV_CURRENT);
	e = elf_begin(fd, ELF_C_READ_MMAP, NULL);
	if (!e || elf_kind(e) != ELF_K_ELF) {
		if (e)
			elf_end(e);
		close(fd);
		return -1;
	}
	while ((scn = elf_nextscn(e, scn)) != NULL) {
		GElf_Shdr sh;
		Elf_Data *d;

		if (!gelf_getshdr(scn, &sh) || !(d = elf_getdata(scn, NULL)))
			continue;
		if (sh.sh_type == SHT_SYMTAB || sh.sh_type == SHT_DYNSYM) {
			size_t cnt = sh.sh_entsize ? sh.sh_size / sh.sh_entsize : 0;

			for (size_t i = 0; i < cnt; i++) {
				GElf_Sym s;
				const char *nm;

				if (!gelf_getsym(d, (int)i, &s) || GELF_ST_TYPE(s.st_info) != STT_FUNC ||
				    s.st_shndx == SHN_UNDEF || s.st_value == 0)
					continue;
				nm = elf_strptr(e, sh.sh_link, s.st_name);
				if (!nm || !*nm)
					continue;
				if (f->n == cap) {
					struct elf_sym *ns = realloc(f->syms,
								     sizeof(*ns) * (cap = cap ? 2 * cap : 256));
					if (!ns)
						break;
					f->syms = ns;
				}
				f->syms[f->n].name = strndup(nm, strcspn(nm, "@"));
				f->syms[f->n].off = vaddr_off(e, s.st_value);
				f->syms[f->n].size = s.st_size;
				f->syms[f->n].weak = GELF_ST_BIND(s.st_info) == STB_WEAK;
				f->n++;
			}
		} else if (sh.sh_type == SHT_NOTE) {
			size_t off = 0, noff, doff;
			GElf_Nhdr nh;

			while ((off = gelf_getnote(d, off, &nh, &noff, &doff)) > 0) {
				const char *nm = (const char *)d->d_buf + noff;
				const char *desc = (const char *)d->d_buf + doff;
				struct usdt_note *nn;
				uint64_t pc;

				if (nh.n_type != 3 || nh.n_namesz != 8 || memcmp(nm, "stapsdt", 8) ||
				    nh.n_descsz < 3 * 8 + 2)
					continue;
				memcpy(&pc, desc, 8);
				nn = realloc(f->notes, sizeof(*nn) * (f->nnotes + 1));
				if (!nn)
					break;
				f->notes = nn;
				nn[f->nnotes].pc = vaddr_off(e, pc);
				nn[f->nnotes].prov = strndup(desc + 24, nh.n_descsz - 24);
				nn[f->nnotes].raw = strndup(desc + 24 + strlen(desc + 24) + 1,
							    nh.n_descsz - 25 - strlen(desc + 24));
				nn[f->nnotes].name = nn[f->nnotes].raw ? usdt_dname(nn[f->nnotes].raw)
								       : NULL;
				{
					size_t at = 24 + strlen(desc + 24) + 1;

					at += at < nh.n_descsz ? strnlen(desc + at, nh.n_descsz - at) + 1 : 0;
					nn[f->nnotes].args = at < nh.n_descsz
								     ? strndup(desc + at, nh.n_descsz - at)
								     : NULL;
				}
				f->nnotes++;
			}
		}
	}
	elf_end(e);
	close(fd);
	if (f->n > 1) /* a stripped file has none: qsort(NULL, 0) is undefined */
		qsort(f->syms, f->n, sizeof(*f->syms), sym_cmp);
	/* one entry per name: the first (lowest offset) */
	{
		int w = 0;

		for (int i = 0; i < f->n; i++) {
			if (w && !strcmp(f->syms[w - 1].name, f->syms[i].name)) {
				if (!f->syms[w - 1].size)
					f->syms[w - 1].size = f->syms[i].size;
				free(f->syms[i].name);
				continue;
			}
			f->syms[w++] = f->syms[i];
		}
		f->n = w;
	}
	canon_names(f);
	return 0;
}

static int uscores(const char *s)
{
	int n = 0;

	while (s[n] == '_')
		n++;
	return n;
}

static const struct elf_file *g_canon_file; /* qsort() has no context argument */

static int off_cmp(const void *a, const void *b)
{
	const struct elf_sym *x = &g_canon_file->syms[*(const int *)a];
	const struct elf_sym *y = &g_canon_file->syms[*(const int *)b];

	return (x->off > y->off) - (x->off < y->off);
}

/*
 * Aliases (one address, several names: a weak alias, __x and x): a pid
 * probe there is one probe, named as dtrace's libproc names the address,
 * preferring fewer leading underscores, then a global over a weak symbol
 * (pid/tst.weak1.d: "_go" and "go" both give pid$1:a.out:go:entry).
 */
static void canon_names(struct elf_file *f)
{
	int *ix = malloc(sizeof(*ix) * (f->n ? f->n : 1));

	for (int i = 0; i < f->n; i++)
		f->syms[i].canon = f->syms[i].name;
	if (!ix)
		return;
	for (int i = 0; i < f->n; i++)
		ix[i] = i;
	g_canon_file = f;
	if (f->n > 1)
		qsort(ix, f->n, sizeof(*ix), off_cmp);
	for (int i = 0, j; i < f->n; i = j) {
		struct elf_sym *best = &f->syms[ix[i]];

		for (j = i + 1; j < f->n && f->syms[ix[j]].off == best->off; j++) {
			struct elf_sym *c = &f->syms[ix[j]];
			int cu = uscores(c->name), bu = uscores(best->name);

			if (cu < bu || (cu == bu && best->weak && !c->weak) ||
			    (cu == bu && best->weak == c->weak && strcmp(c->name, best->name) < 0))
				best = c;
		}
		for (int k = i; k < j; k++)
			f->syms[ix[k]].canon = best->name;
	}
	free(ix);
}

static const char *func_at(const struct elf_file *f, uint64_t off)
{
	for (int i = 0; i < f->n; i++)
		if (off >= f->syms[i].off && off < f->syms[i].off + (f->syms[i].size ? f->syms[i].size : 1))
			return f->syms[i].name;
	return "";
}

static const char *base(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

/* The files mapped into a process; before a -c child's exec, its command. */
int prov_proc_modules(int pid, const char *target_cmd, int is_target, char ***out)
{
	char path[64], line[PATH_MAX + 256], self[PATH_MAX] = "", exe[PATH_MAX] = "";
	char **v = NULL;
	int n = 0;
	FILE *fp;
	ssize_t l;

	l = readlink("/proc/self/exe", self, sizeof(self) - 1);
	self[l > 0 ? l : 0] = '\0';
	snprintf(path, sizeof(path), "/proc/%d/exe", pid);
	l = readlink(path, exe, sizeof(exe) - 1);
	exe[l > 0 ? l : 0] = '\0';
	snprintf(path, sizeof(path), "/proc/%d/maps", pid);
	if (is_target && target_cmd && !strcmp(exe, self)) {
		/* the -c child waits before its exec: its command and our libraries */
		char cmd[PATH_MAX], *sp, *found = NULL;

		snprintf(cmd, sizeof(cmd), "%s", target_cmd);
		if ((sp = strpbrk(cmd, " \t")))
			*sp = '\0';
		if (strchr(cmd, '/')) {
			found = realpath(cmd, NULL);
		} else {
			char *pathv = getenv("PATH") ? strdup(getenv("PATH")) : strdup("/bin:/usr/bin");
			char *save = NULL;

			for (char *d = strtok_r(pathv, ":", &save); d && !found;
			     d = strtok_r(NULL, ":", &save)) {
				char cand[2 * PATH_MAX + 2];

				snprintf(cand, sizeof(cand), "%s/%s", d, cmd);
				if (access(cand, X_OK) == 0)
					found = realpath(cand, NULL);
			}
			free(pathv);
		}
		if (found) {
			v = realloc(v, sizeof(*v) * (n + 1));
			v[n++] = found;
		}
		snprintf(path, sizeof(path), "/proc/self/maps");
	}
	fp = fopen(path, "re");
	if (!fp)
		return n ? (*out = v, n) : -1;
	while (fgets(line, sizeof(line), fp)) {
		char *file = strchr(line, '/');
		int dup = 0;

		if (!file)
			continue;
		file[strcspn(file, "\n")] = '\0';
		if (!strcmp(file, self) && strcmp(path, "/proc/self/maps") == 0)
			continue;
		for (int i = 0; i < n && !dup; i++)
			dup = !strcmp(v[i], file);
		if (dup || strstr(file, " (deleted)"))
			continue;
		v = realloc(v, sizeof(*v) * (n + 1));
		v[n++] = strdup(file);
	}
	fclose(fp);
	*out = v;
	return n;
}

static int is_hex_name(const char *s)
{
	if (!*s || !strcmp(s, "entry") || !strcmp(s, "return"))
		return 0;
	for (; *s; s++)
		if (!isxdigit((unsigned char)*s))
			return 0;
	return 1;
}

static struct probe *find_probe(const struct probes *ps, int from, const char *prov,
				const char *mod, const char *func, const char *name)
{
	for (int k = from; k < ps->n; k++)
		if (!strcmp(ps->v[k].name, name) && !strcmp(ps->v[k].func, func) &&
		    !strcmp(ps->v[k].mod, mod) && !strcmp(ps->v[k].prov, prov))
			return &ps->v[k];
	return NULL;
}

static int has_probe(const struct probes *ps, int from, const char *prov, const char *mod,
		     const char *func, const char *name)
{
	return find_probe(ps, from, prov, mod, func, name) != NULL;
}

/*
 * "pid123" -> 123; "name123" with usdt -> 123 and the provider name; -1 when
 * the provider does not end in digits, 0 when they are no valid pid (zero,
 * or too large: DTrace's dt_pid_get_pid()).
 */
static int prov_pid(const char *prov, char *name, size_t len)
{
	size_t n = strlen(prov), i = n;
	long v;

	while (i > 0 && isdigit((unsigned char)prov[i - 1]))
		i--;
	if (i == n || i == 0 || i >= len)
		return -1;
	memcpy(name, prov, i);
	name[i] = '\0';
	errno = 0;
	v = strtol(prov + i, NULL, 10);
	return errno || v <= 0 || v > INT_MAX ? 0 : (int)v;
}

/*
 * An error in a pid or USDT description, found here where the process is:
 * DTrace's dt_pid.c raises it while compiling (D_PROC_*), so it is worded as
 * a compile error of the script or of the -n description.
 */
static void __attribute__((format(printf, 4, 5)))
proc_desc_error(const struct dtrun_opts *o, const char *tag, const char *desc, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (o->desc_kind && !strcmp(o->desc_kind, "description"))
		dt_err("invalid probe specifier %s: %s%s%s probe description %s: %s\n",
		       o->nnspecs ? o->nspecs[0] : o->desc_name, o->errtags ? "[" : "",
		       o->errtags ? tag : "", o->errtags ? "]" : "", desc, msg);
	else
		dt_err("failed to compile script %s: %s%s%s probe description %s: %s\n",
		       o->desc_name ? o->desc_name : "", o->errtags ? "[" : "", o->errtags ? tag : "",
		       o->errtags ? "]" : "", desc, msg);
}

/* A pid offset past its function's end: DTrace's D_PROC_OFF, at run time here. */
static void proc_off_error(const struct dtrun_opts *o, const char *desc, uint64_t off,
			   const char *func)
{
	proc_desc_error(o, "D_PROC_OFF", desc, "offset 0x%llx outside of function %s",
			(unsigned long long)off, func);
}

/*
 * pid<PID>:mod:func:GLOB: the probes at func's instruction offsets that the
 * name glob matches ("1c", as DTrace names them), found by decoding its
 * instructions (x86insn.c; x86-64 only).  A function that does not decode
 * exactly to its end gets none.  The kernel may refuse a uprobe on some
 * instructions: such a probe is soft, skipped when it does not attach.
 */
static int add_offset_probes(struct probes *ps, int first, const char *prov, const char *mod,
			     const char *path, const struct elf_sym *s, const char *pat, int pid)
{
#if defined(__x86_64__)
	uint8_t *code;
	uint32_t *offs;
	int fd, n = -1, rc = 0;

	if (!s->size || s->size > (1u << 20) || !strcmp(pat, "entry") || !strcmp(pat, "return"))
		return 0;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	code = malloc(s->size);
	offs = malloc(sizeof(*offs) * s->size);
	if (code && offs && pread(fd, code, s->size, (off_t)s->off) == (ssize_t)s->size)
		n = x86_insn_offsets(code, s->size, offs, (int)s->size);
	close(fd);
	for (int k = 0; k < n; k++) {
		char nb[24];
		struct probe *p;

		snprintf(nb, sizeof(nb), "%x", offs[k]);
		if (!probes_gmatch(nb, pat) || has_probe(ps, first, prov, mod, s->canon, nb))
			continue;
		if (!(p = probes_add(ps, prov_str(ps, prov), prov_str(ps, mod), prov_str(ps, s->canon),
				     prov_str(ps, nb), DT_FAM_UPROBE, 0))) {
			rc = -1;
			break;
		}
		p->path = prov_str(ps, path);
		p->off = s->off + offs[k];
		p->pid = pid;
		p->soft = 1;
	}
	free(code);
	free(offs);
	return rc;
#else
	(void)ps, (void)first, (void)prov, (void)mod, (void)path, (void)s, (void)pat, (void)pid;
	return 0;
#endif
}

/* A symbol of that name (a function, its weak or local aliases included). */
static int elf_has_sym(const struct elf_file *f, const char *name)
{
	for (int i = 0; i < f->n; i++)
		if (!strcmp(f->syms[i].name, name))
			return 1;
	return 0;
}

/* pid and USDT probes named by one description of a clause. */
static int add_user_desc(struct probes *ps, int fam, const char *desc, const struct dtrun_opts *o,
			 int first)
{
	char f[DT_PDESC_NFIELDS][DT_PDESC_LEN], pname[128], provbuf[160], **mods = NULL;
	int pid, nm, rc = 0;

	if (dt_pdesc_split(desc, f) < 0)
		return 0;
	pid = prov_pid(f[1], pname, sizeof(pname));
	if (pid < 0)
		return 0;
	if ((fam == DT_FAM_USDT) == probes_gmatch("pid", pname))
		return 0;
	if (fam != DT_FAM_USDT && pid == 0 && !strcmp(pname, "pid")) {
		/* DTrace's dt_pid_create_pid_probes(): pid0 or a number no pid has */
		proc_desc_error(o, "D_PROC_BADPID", desc, !strcmp(f[1], "pid0") ?
				"%s does not contain a valid pid" : "'%s' does not contain a valid pid",
				f[1]);
		return -1;
	}
	if (pid == 0)
		return 0;
	if (fam != DT_FAM_USDT)
		snprintf(pname, sizeof(pname), "pid");
	nm = prov_proc_modules(pid, o->target_cmd, pid == o->target, &mods);
	if (nm < 0) {
		if (fam == DT_FAM_USDT)
			return 0; /* no such process: the description matches nothing */
		proc_desc_error(o, "D_PROC_GRAB", desc, "failed to grab process %d", pid);
		return -1;
	}
	snprintf(provbuf, sizeof(provbuf), "%s%d", pname, pid);
	for (int i = 0; i < nm; i++) {
		const char *mod = base(mods[i]);
		int is_exe = i == 0;
		struct elf_file ef;

		/* "a.out" names the executable, as in DTrace */
		if (is_exe && !strcmp(f[2], "a.out"))
			mod = "a.out";
		else if (*f[2] && !probes_mod_match(mod, f[2]))
			continue;
		if (elf_file_read(mods[i], &ef) != 0)
			continue;
		if (fam != DT_FAM_USDT && *f[2] && !strpbrk(f[2], "*?[") && *f[3] &&
		    !strpbrk(f[3], "*?[") && !elf_has_sym(&ef, f[3])) {
			/* DTrace's dt_pid_per_mod(): a function named in a module
			 * named, and no such symbol there */
			proc_desc_error(o, "D_PROC_FUNC", desc, "failed to lookup '%s' in module '%s'",
					f[3], f[2]);
			elf_file_free(&ef);
			rc = -1;
			break;
		}
		if (fam == DT_FAM_USDT) {
			for (int k = 0; k < ef.nnotes; k++) {
				const char *fn = func_at(&ef, ef.notes[k].pc);
				struct probe *p;

				if (strcmp(ef.notes[k].prov, pname) || !probes_gmatch(fn, f[3]) ||
				    !probes_gmatch(ef.notes[k].name, f[4]) ||
				    has_probe(ps, first, provbuf, mod, fn, ef.notes[k].name))
					continue;
				/* libbpf attaches every site of provider:name in the file */
				if (!(p = probes_add(ps, prov_str(ps, provbuf), prov_str(ps, mod),
						     prov_str(ps, fn), prov_str(ps, ef.notes[k].name),
						     fam, 0))) {
					rc = -1;
					break;
				}
				p->path = prov_str(ps, mods[i]);
				p->pid = pid;
				p->usdt_prov = prov_str(ps, pname);
				p->usdt_name = prov_str(ps, ef.notes[k].raw);
				if (ef.notes[k].args)
					p->usdt_args = prov_str(ps, ef.notes[k].args);
			}
		} else {
			for (int k = 0; k < ef.n && rc == 0; k++) {
				const struct elf_sym *s = &ef.syms[k];
				const char *names[2] = { "entry", "return" };

				if (!probes_gmatch(s->name, f[3]))
					continue;
				if (fam == DT_FAM_UPROBE && is_hex_name(f[4])) {
					uint64_t off = strtoull(f[4], NULL, 16);
					char nb[128];
					struct probe *p;

					if (s->size && off >= s->size) {
						if (strpbrk(f[3], "*?[") || !*f[3])
							continue;
						proc_off_error(o, desc, off, s->name);
						rc = -1;
						break;
					}
					snprintf(nb, sizeof(nb), "%s", f[4]);
					if (has_probe(ps, first, provbuf, mod, s->name, nb) ||
					    !(p = probes_add(ps, prov_str(ps, provbuf), prov_str(ps, mod),
							     prov_str(ps, s->name), prov_str(ps, nb), fam,
							     0)))
						continue;
					p->path = prov_str(ps, mods[i]);
					p->off = s->off + off;
					p->pid = pid;
					continue;
				}
				const char *nmv = names[fam == DT_FAM_URETPROBE];
				struct probe *p;

				if (!probes_gmatch(nmv, f[4])) {
					if (fam == DT_FAM_UPROBE && !strcmp(s->name, s->canon) &&
					    add_offset_probes(ps, first, provbuf, mod, mods[i], s, f[4],
							      pid)) {
						rc = -1;
						break;
					}
					continue;
				}
				if ((p = find_probe(ps, first, provbuf, mod, s->canon, nmv))) {
					/* an alias of a function already probed: one probe */
					if (strcmp(s->name, s->canon) && !p->alias)
						p->alias = prov_str(ps, s->name);
					continue;
				}
				if (!(p = probes_add(ps, prov_str(ps, provbuf), prov_str(ps, mod),
						     prov_str(ps, s->canon), nmv, fam, 0))) {
					rc = -1;
					break;
				}
				if (strcmp(s->name, s->canon))
					p->alias = prov_str(ps, s->name);
				p->path = prov_str(ps, mods[i]);
				p->off = s->off;
				p->pid = pid;
				if (fam == DT_FAM_URETPROBE) {
					/* at each instruction leaving func (pid_ret.c) */
					uint32_t *sites;
					int ns = pid_return_sites(mods[i], s->off, s->size, &sites);

					if (ns > 0 && prov_keep(ps, sites))
						p->rets = sites, p->nrets = ns;
				}
				if (fam == DT_FAM_UPROBE && !strcmp(s->name, s->canon) &&
				    add_offset_probes(ps, first, provbuf, mod, mods[i], s, f[4], pid)) {
					rc = -1;
					break;
				}
			}
		}
		elf_file_free(&ef);
	}
	for (int i = 0; i < nm; i++)
		free(mods[i]);
	free(mods);
	return rc;
}

/*
 * dtrace -l -p PID / -l -c CMD: the process's USDT probes, every provider of
 * every mapped file's notes, as dtrace creates them when it grabs a process.
 */
int prov_usdt_all(struct probes *ps, const struct dtrun_opts *o)
{
	char **mods = NULL, provbuf[160];
	int nm, first = ps->n, rc = 0;

	nm = prov_proc_modules(o->target, o->target_cmd, 1, &mods);
	for (int i = 0; i < nm; i++) {
		const char *mod = base(mods[i]);
		struct elf_file ef;

		if (rc == 0 && elf_file_read(mods[i], &ef) == 0) {
			for (int k = 0; k < ef.nnotes && rc == 0; k++) {
				const char *fn = func_at(&ef, ef.notes[k].pc);
				struct probe *p;

				snprintf(provbuf, sizeof(provbuf), "%s%d", ef.notes[k].prov, o->target);
				if (has_probe(ps, first, provbuf, mod, fn, ef.notes[k].name))
					continue;
				p = probes_add(ps, prov_str(ps, provbuf), prov_str(ps, mod),
					       prov_str(ps, fn), prov_str(ps, ef.notes[k].name),
					       DT_FAM_USDT, 0);
				if (!p) {
					rc = -1;
					break;
				}
				p->path = prov_str(ps, mods[i]);
				p->pid = o->target;
				p->usdt_prov = prov_str(ps, ef.notes[k].prov);
				p->usdt_name = prov_str(ps, ef.notes[k].raw);
				if (ef.notes[k].args)
					p->usdt_args = prov_str(ps, ef.notes[k].args);
			}
			elf_file_free(&ef);
		}
		free(mods[i]);
	}
	free(mods);
	return rc;
}

/* ---- fbt ------------------------------------------------------------------ */

static int add_fd(struct dtrun *d, int fd);
static void fail(const struct probe *p, const char *how, int err);

/*
 * This host's kernel functions: the FUNC entries of its BTF, loaded once.
 * fbt descriptions (globs included) are expanded against them here, on the
 * host dtrun runs on, never at compile time.
 */
struct btf *prov_vmlinux_btf(void)
{
	static struct btf *btf;
	static int tried;

	if (!tried) {
		tried = 1;
		btf = btf__load_vmlinux_btf();
		if (libbpf_get_error(btf))
			btf = NULL;
	}
	return btf;
}

/*
 * The kernel functions fbt has probes for: the BTF FUNC entries, one per
 * name (the first), in BTF order, less synthetic names (with a '.'), as
 * Oracle's fbt provider leaves them out.  Computed once; *np gets the count.
 */
static const __u32 *fbt_funcs(int *np)
{
	static __u32 *ids;
	static int n, done;
	struct btf *btf = prov_vmlinux_btf();
	const char **seen = NULL;
	__u32 cnt, size = 1;

	if (done || !btf) {
		*np = n;
		return ids;
	}
	done = 1;
	cnt = btf__type_cnt(btf);
	while (size < 2 * cnt)
		size <<= 1;
	seen = calloc(size, sizeof(*seen));   /* open addressing on the name */
	ids = calloc(cnt, sizeof(*ids));
	if (!seen || !ids) {
		free(seen);
		free(ids);
		ids = NULL;
		*np = 0;
		return NULL;
	}
	for (__u32 id = 1; id < cnt; id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);
		const char *fn;
		__u32 h = 2166136261u;

		if (!btf_is_func(t))
			continue;
		fn = btf__name_by_offset(btf, t->name_off);
		if (!fn || !*fn || strchr(fn, '.'))
			continue;
		for (const char *c = fn; *c; c++)
			h = (h ^ (unsigned char)*c) * 16777619u;
		for (h &= size - 1; seen[h] && strcmp(seen[h], fn); h = (h + 1) & (size - 1))
			;
		if (seen[h])
			continue;
		seen[h] = fn;
		ids[n++] = id;
	}
	free(seen);
	*np = n;
	return ids;
}

static struct probe *add_fbt(struct probes *ps, __u32 id, int fam)
{
	struct btf *btf = prov_vmlinux_btf();
	/* BTF strings live as long as the BTF, loaded once for the run */
	const char *fn = btf__name_by_offset(btf, btf__type_by_id(btf, id)->name_off);
	struct probe *p = probes_add(ps, "fbt", "vmlinux", fn,
				     fam == DT_FAM_FENTRY ? "entry" : "return", fam, 0);

	if (p)
		p->off = id; /* the function's BTF type ID, its fentry target */
	return p;
}

/*
 * Every fbt probe, as a plain -l lists them: each function's entry, then
 * its return probe, after the rest of the table.
 */
static int add_fbt_all(struct probes *ps)
{
	int n;
	const __u32 *ids = fbt_funcs(&n);

	if (ps->n + 2 * n > ps->cap) { /* room for them all at once */
		struct probe *nv = realloc(ps->v, sizeof(*nv) * (ps->n + 2 * n + 64));

		if (!nv)
			return -1;
		ps->v = nv;
		ps->cap = ps->n + 2 * n + 64;
	}
	for (int i = 0; i < n; i++)
		if (!add_fbt(ps, ids[i], DT_FAM_FENTRY) || !add_fbt(ps, ids[i], DT_FAM_FEXIT))
			return -1;
	return 0;
}

/*
 * fbt:MOD:FUNC:NAME: a probe per matching kernel function and family,
 * once: added[i] has bit 1 (entry) and 2 (return) for function i.
 */
static int add_fbt_desc(struct probes *ps, int fam, const char *desc, unsigned char *added)
{
	const char *name = fam == DT_FAM_FENTRY ? "entry" : "return";
	int bit = fam == DT_FAM_FENTRY ? 1 : 2, n;
	const __u32 *ids = fbt_funcs(&n);
	struct btf *btf = prov_vmlinux_btf();
	char f[DT_PDESC_NFIELDS][DT_PDESC_LEN];

	if (dt_pdesc_split(desc, f) < 0 || !probes_gmatch("fbt", f[1]) ||
	    !probes_gmatch("vmlinux", f[2]) || !probes_gmatch(name, f[4]) || !btf)
		return 0;
	for (int i = 0; i < n; i++) {
		const char *fn = btf__name_by_offset(btf, btf__type_by_id(btf, ids[i])->name_off);

		if ((added[i] & bit) || !probes_gmatch(fn, f[3]))
			continue;
		added[i] |= bit;
		if (!add_fbt(ps, ids[i], fam))
			return -1;
	}
	return 0;
}

/*
 * How fbt probes attach here, decided once: fentry/fexit where the kernel
 * loads a tracing program on the function, else kprobes where the kernel
 * has them, else neither (this host: fentry refused with EPERM, no kprobes).
 */
enum { FBT_FENTRY = 1, FBT_KPROBE, FBT_NONE };
static int fbt_mode;
static int fbt_err; /* why fentry was refused */

static int fbt_decide(__u32 btf_id)
{
	struct bpf_insn insns[2];
	int fd;

	if (fbt_mode)
		return fbt_mode;
	if (getenv("DTRUN_FBT") && !strcmp(getenv("DTRUN_FBT"), "kprobe"))
		return fbt_mode = FBT_KPROBE; /* the kprobe twins, whatever the kernel has */
	memset(insns, 0, sizeof(insns));
	insns[0].code = BPF_ALU64 | BPF_MOV | BPF_K; /* r0 = 0 */
	insns[1].code = BPF_JMP | BPF_EXIT;
	{
		LIBBPF_OPTS(bpf_prog_load_opts, lo, .expected_attach_type = BPF_TRACE_FENTRY,
			    .attach_btf_id = btf_id);

		fd = bpf_prog_load(BPF_PROG_TYPE_TRACING, "dtrun_fentry", "GPL", insns, 2, &lo);
	}
	if (fd >= 0) {
		close(fd);
		return fbt_mode = FBT_FENTRY;
	}
	fbt_err = errno;
	if (access("/sys/bus/event_source/devices/kprobe/type", F_OK) == 0)
		return fbt_mode = FBT_KPROBE;
	return fbt_mode = FBT_NONE;
}

/* dtc_p<P>_kp: program P's kprobe twin (compiler/prov.c). */
static struct bpf_program *fbt_twin(struct bpf_object *obj, int p)
{
	char name[32];

	snprintf(name, sizeof(name), "dtc_p%d_kp", p);
	return bpf_object__find_program_by_name(obj, name);
}

static const struct probe *first_att(const struct dtrun *d, int p)
{
	for (int i = 0; i < d->en.natt; i++)
		if (d->en.att[i][0] == p)
			return &d->probes.v[d->en.att[i][1]];
	return NULL;
}

/*
 * Before load: each enabled fbt program gets its first probe's function as
 * its fentry target, or gives way to its kprobe twin; a kernel with neither
 * is refused here, in one line naming the probe.  Twins not needed are not
 * loaded.
 */
int prov_before_load(struct dtrun *d)
{
	struct bpf_program *prog;

	bpf_object__for_each_program(prog, d->obj)
	{
		const char *n = bpf_program__name(prog);
		size_t l = strlen(n);

		if (l > 3 && !strcmp(n + l - 3, "_kp"))
			bpf_program__set_autoload(prog, false);
	}
	for (int p = 0; p < d->meta.nprogs; p++) {
		struct bpf_program *tp2 = prov_stable_tp2(d->obj, p), *main;
		char name[32];

		snprintf(name, sizeof(name), "dtc_p%d", p);
		if (tp2 && (main = bpf_object__find_program_by_name(d->obj, name)))
			bpf_program__set_autoload(tp2, bpf_program__autoload(main));
	}
	for (int p = 0; p < d->meta.nprogs; p++) {
		int fam = d->meta.progs[p].fam, mode;
		const struct probe *pr;
		struct bpf_program *twin;
		char name[32];

		if (fam != DT_FAM_FENTRY && fam != DT_FAM_FEXIT)
			continue;
		snprintf(name, sizeof(name), "dtc_p%d", p);
		prog = bpf_object__find_program_by_name(d->obj, name);
		if (!prog || !bpf_program__autoload(prog) || !(pr = first_att(d, p)))
			continue;
		mode = fbt_decide((__u32)pr->off);
		twin = fbt_twin(d->obj, p);
		if (mode == FBT_KPROBE && twin) {
			bpf_program__set_autoload(prog, false);
			bpf_program__set_autoload(twin, true);
		} else if (mode == FBT_FENTRY) {
			int err = bpf_program__set_attach_target(prog, 0, pr->func);

			if (err) {
				fail(pr, "fentry", -err);
				return -1;
			}
		} else {
			dt_err("failed to enable probe %s:%s:%s:%s: this kernel refuses fentry/fexit "
			       "(%s) and has no kprobes\n", pr->prov, pr->mod, pr->func, pr->name,
			       strerror(fbt_err ? fbt_err : EOPNOTSUPP));
			return -1;
		}
	}
	return 0;
}

/* Whether program P is served by its kprobe twin (prov_before_load()). */
int prov_fbt_twin_loaded(struct dtrun *d, int p)
{
	struct bpf_program *twin = fbt_twin(d->obj, p);

	return twin && bpf_program__autoload(twin);
}

/*
 * One fbt probe: with fentry, the program itself on its target (the first
 * probe), else a copy of its loaded instructions on the probe's function;
 * with kprobes, the twin on the function.  The probe ID is the cookie.
 */
static int fbt_attach(struct dtrun *d, struct bpf_program *prog, int p, const struct probe *pr)
{
	int fam = d->meta.progs[p].fam, ret = fam == DT_FAM_FEXIT;
	struct bpf_program *twin = fbt_twin(d->obj, p);
	struct bpf_link *l;

	if (twin && bpf_program__autoload(twin)) {
		LIBBPF_OPTS(bpf_kprobe_opts, ko, .bpf_cookie = pr->id, .retprobe = ret);

		l = bpf_program__attach_kprobe_opts(twin, pr->func, &ko);
		if (!l) {
			fail(pr, ret ? "kretprobe" : "kprobe", errno);
			return -1;
		}
		return run_add_link(d, l);
	}
	if (pr == first_att(d, p)) {
		LIBBPF_OPTS(bpf_trace_opts, to, .cookie = pr->id);

		l = bpf_program__attach_trace_opts(prog, &to);
		if (!l) {
			fail(pr, ret ? "fexit" : "fentry", errno);
			return -1;
		}
		return run_add_link(d, l);
	}
	{
		enum bpf_attach_type at = ret ? BPF_TRACE_FEXIT : BPF_TRACE_FENTRY;
		LIBBPF_OPTS(bpf_prog_load_opts, lo, .expected_attach_type = at,
			    .attach_btf_id = (__u32)pr->off);
		LIBBPF_OPTS(bpf_link_create_opts, co, .tracing.cookie = pr->id);
		int fd, lfd;

		fd = bpf_prog_load(BPF_PROG_TYPE_TRACING, bpf_program__name(prog), "GPL",
				   bpf_program__insns(prog), bpf_program__insn_cnt(prog), &lo);
		if (fd < 0) {
			fail(pr, ret ? "fexit" : "fentry", errno);
			return -1;
		}
		if (add_fd(d, fd))
			return -1;
		lfd = bpf_link_create(fd, 0, at, &co);
		if (lfd < 0) {
			fail(pr, ret ? "fexit" : "fentry", errno);
			return -1;
		}
		return add_fd(d, lfd);
	}
}

/*
 * Where libdtprobe.so.1 is, the first that exists: $DTRUN_LIBDTPROBE alone
 * when set; else next to this dtrun as installed (bin/../lib, whatever
 * prefix `cmake --install --prefix` was given), next to it in the build
 * tree, and at the configured install path.  NULL when none is; `tried`
 * then lists the places, for the message.
 */
static char *dt_probe_lib(char *tried, size_t len)
{
	const char *env = getenv("DTRUN_LIBDTPROBE");
	char exe[PATH_MAX], cand[3][PATH_MAX + 64];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	int nc = 0;
	size_t at = 0;

	if (env && *env) {
		snprintf(cand[nc++], sizeof(cand[0]), "%s", env);
	} else {
		char *slash = n > 0 ? (exe[n] = 0, strrchr(exe, '/')) : NULL;

		if (slash) {
			*slash = 0;
			if (*DTRUN_LIBDTPROBE_REL)
				snprintf(cand[nc++], sizeof(cand[0]), "%s/%s/libdtprobe.so.1", exe,
					 DTRUN_LIBDTPROBE_REL);
			snprintf(cand[nc++], sizeof(cand[0]), "%s/%s", exe, DTRUN_LIBDTPROBE_BUILD);
		}
		snprintf(cand[nc++], sizeof(cand[0]), "%s", DTRUN_LIBDTPROBE);
	}
	tried[0] = 0;
	for (int i = 0; i < nc; i++) {
		if (access(cand[i], R_OK) == 0)
			return strdup(cand[i]);
		if (at < len)
			at += snprintf(tried + at, len - at, "%s%s", i ? ", " : "", cand[i]);
	}
	return NULL;
}

/* sdt:::dt_probe: the dt_probe() symbol of libdtprobe, in every process. */
static int add_dt_probe(struct probes *ps)
{
	char tried[3 * PATH_MAX], *path = dt_probe_lib(tried, sizeof(tried)), *real;
	struct elf_file ef;
	struct probe *p = NULL;

	real = path ? realpath(path, NULL) : NULL;
	if (!real) {
		snprintf(ps->dt_probe_why, sizeof(ps->dt_probe_why),
			 "sdt:::dt_probe is dt_probe() of libdtprobe.so.1, which is not at %.7900s%s",
			 tried, getenv("DTRUN_LIBDTPROBE") && *getenv("DTRUN_LIBDTPROBE")
					? " ($DTRUN_LIBDTPROBE)"
					: " (install it, or name it with $DTRUN_LIBDTPROBE)");
		free(path);
		return 0;
	}
	if (elf_file_read(real, &ef) != 0) {
		snprintf(ps->dt_probe_why, sizeof(ps->dt_probe_why),
			 "sdt:::dt_probe is dt_probe() of libdtprobe.so.1, and %s is not an "
			 "ELF file", real);
		free(real);
		free(path);
		return 0;
	}
	for (int k = 0; k < ef.n; k++) {
		if (strcmp(ef.syms[k].name, "dt_probe"))
			continue;
		p = probes_add(ps, "sdt", prov_str(ps, base(path)), "dt_probe", "dt_probe",
			       DT_FAM_UPROBE, 0);
		if (p) {
			p->path = prov_str(ps, real);
			p->off = ef.syms[k].off;
		}
		break;
	}
	if (!p)
		snprintf(ps->dt_probe_why, sizeof(ps->dt_probe_why),
			 "sdt:::dt_probe is dt_probe() of libdtprobe.so.1, and %s has no "
			 "dt_probe symbol", real);
	elf_file_free(&ef);
	free(real);
	free(path);
	return 0;
}

/*
 * A description that matched nothing and could have matched
 * sdt:::dt_probe: why that probe is missing on this host, if it is.
 */
void prov_why_none(const struct probes *ps, const char *desc)
{
	char f[DT_PDESC_NFIELDS][DT_PDESC_LEN];

	if (!ps->dt_probe_why[0] || dt_pdesc_split(desc, f) < 0)
		return;
	if (probes_gmatch("sdt", f[1]) && probes_gmatch("dt_probe", f[3]) &&
	    probes_gmatch("dt_probe", f[4]))
		dt_err("%s\n", ps->dt_probe_why);
}

static int names_dt_probe(const char *desc)
{
	char f[5][128];

	return dt_pdesc_split(desc, f) >= 0 && probes_gmatch("sdt", f[1]) &&
	       probes_gmatch("dt_probe", f[3]) && probes_gmatch("dt_probe", f[4]);
}

/*
 * A clause of a uprobe program, or a description dtrun -l -n lists, may
 * match sdt:::dt_probe.
 */
static int dt_probe_wanted(const struct meta *m, const struct dtrun_opts *o)
{
	for (int i = 0; i < o->nlist_descs; i++)
		if (names_dt_probe(o->list_descs[i]))
			return 1;
	for (int i = 0; i < m->npairs; i++) {
		const struct meta_pair *pr = &m->pairs[i];
		const struct meta_clause *cl;

		if (pr->prog >= m->nprogs || m->progs[pr->prog].fam != DT_FAM_UPROBE)
			continue;
		cl = &m->clauses[pr->clause];
		for (int d = 0; d < cl->ndesc; d++)
			if (names_dt_probe(cl->pdesc[d]))
				return 1;
	}
	return 0;
}

/* The file of libdtprobe.so.1's sdt:::dt_probe, when add_dt_probe() found it. */
static const char *dt_probe_shared(const struct probes *ps)
{
	for (int k = 0; k < ps->n; k++)
		if (ps->v[k].fam == DT_FAM_UPROBE && !strcmp(ps->v[k].prov, "sdt") &&
		    !strcmp(ps->v[k].func, "dt_probe"))
			return ps->v[k].path;
	return NULL;
}

/*
 * pid$target -> pid<N>, pid$1 -> pid<$1> in the descriptions, as DTrace
 * expands macros in probe descriptions.
 */
static void subst_macros(struct meta *m, const struct dtrun_opts *o)
{
	for (int c = 0; c < m->nclauses; c++)
		for (int d = 0; d < m->clauses[c].ndesc; d++) {
			char *s = m->clauses[c].pdesc[d], *t = strchr(s, '$'), *ns, num[16];
			const char *val = NULL;
			int skip = 0;

			while (t && !val) {
				if (!strncmp(t, "$target", 7)) {
					snprintf(num, sizeof(num), "%d", o->target);
					val = num, skip = 7;
				} else if (isdigit((unsigned char)t[1]) && t[1] != '0' &&
					   t[1] - '0' <= o->nmacro_args) {
					val = o->macro_args[t[1] - '1'], skip = 2;
				} else {
					t = strchr(t + 1, '$');
				}
			}
			if (!val || asprintf(&ns, "%.*s%s%s", (int)(t - s), s, val, t + skip) < 0)
				continue;
			free(s);
			m->clauses[c].pdesc[d] = ns;
			d--; /* another macro */
		}
}

int prov_probes_add(struct probes *ps, struct meta *m, const struct dtrun_opts *o, int want_tp)
{
	int fams = 0, first;

	for (int p = 0; p < m->nprogs; p++)
		fams |= 1 << m->progs[p].fam;
	subst_macros(m, o);
	if (want_tp || !m->nprogs || (fams & (1 << DT_FAM_TP)))
		switch (add_stable(ps, m, want_tp)) {
		case -1: goto oom;
		case -2: return -1; /* said why */
		}
	/* a listing has every fbt probe, after the tracepoints (below) */
	if (!want_tp && (fams & (1 << DT_FAM_FENTRY | 1 << DT_FAM_FEXIT))) {
		int nf;
		unsigned char *added;

		fbt_funcs(&nf);
		added = calloc(nf ? nf : 1, 1);
		if (!added)
			goto oom;
		for (int i = 0; i < m->npairs; i++) {
			const struct meta_pair *pr = &m->pairs[i];
			int fam = pr->prog < m->nprogs ? m->progs[pr->prog].fam : -1;
			const struct meta_clause *cl;

			if (fam != DT_FAM_FENTRY && fam != DT_FAM_FEXIT)
				continue;
			cl = &m->clauses[pr->clause];
			for (int d = 0; d < cl->ndesc; d++)
				if (add_fbt_desc(ps, fam, cl->pdesc[d], added)) {
					free(added);
					goto oom;
				}
		}
		free(added);
	}
	/* in every listing, so that probe IDs do not depend on the descriptions */
	if (!m->nprogs || want_tp || (fams & (1 << DT_FAM_UPROBE)))
		add_dt_probe(ps);
	if ((want_tp || (fams & (1 << DT_FAM_RAWTP))) && add_tracepoints(ps))
		goto oom;
	if (want_tp && add_fbt_all(ps))
		goto oom;
	first = ps->n;
	/* entry probes (and USDT) first, then return probes: IDs in dtrace's order */
	for (int i = 0; i < 2 * m->npairs; i++) {
		const struct meta_pair *pr = &m->pairs[i % m->npairs];
		int fam = pr->prog < m->nprogs ? m->progs[pr->prog].fam : -1;
		const struct dt_family *f = dt_family(fam);
		const struct meta_clause *cl;

		if (!f || !f->user || f->ret != (i >= m->npairs))
			continue;
		cl = &m->clauses[pr->clause];
		for (int d = 0; d < cl->ndesc; d++)
			if (add_user_desc(ps, fam, cl->pdesc[d], o, first))
				return -1; /* said why */
	}
	/* programs with their own copy of dt_probe() (libdtprobe.a), last: the
	 * other probes' IDs do not depend on the processes running; a listing
	 * of every probe has the -c/-p target's, a description naming
	 * sdt:::dt_probe those of every process */
	if ((!m->nprogs || want_tp || dt_probe_wanted(m, o)) &&
	    prov_dt_probe_static(ps, o, dt_probe_shared(ps), dt_probe_wanted(m, o)))
		goto oom;
	return 0;
oom:
	dt_err("out of memory\n");
	return -1;
}

/* ---- attachment ---------------------------------------------------------- */

static int add_fd(struct dtrun *d, int fd)
{
	int *nf = realloc(d->perf_fds, sizeof(int) * (d->nperf + 1));

	if (!nf) {
		close(fd);
		return -1;
	}
	d->perf_fds = nf;
	d->perf_fds[d->nperf++] = fd;
	return 0;
}

/* BPF_RAW_TRACEPOINT_OPEN with a cookie (Linux 6.10); older UAPI headers lack the field. */
static int raw_tp_open(int prog_fd, const char *name, uint64_t cookie)
{
	union bpf_attr attr;
	struct {
		uint64_t name;
		uint32_t prog_fd;
		uint32_t pad;
		uint64_t cookie;
	} *r = (void *)&attr;

	_Static_assert(sizeof(attr) >= 24, "bpf_attr too small");
	memset(&attr, 0, sizeof(attr));
	r->name = (uint64_t)(uintptr_t)name;
	r->prog_fd = (uint32_t)prog_fd;
	r->cookie = cookie;
	return (int)syscall(SYS_bpf, BPF_RAW_TRACEPOINT_OPEN, &attr, sizeof(attr));
}

static void fail(const struct probe *p, const char *how, int err)
{
	dt_err("failed to enable probe %s:%s:%s:%s: %s%s%s\n", p->prov, p->mod, p->func, p->name,
	       how, *how ? ": " : "", strerror(err));
}

int prov_attach(struct dtrun *d, struct bpf_program *prog, int p)
{
	const struct meta_prog *pg = &d->meta.progs[p];
	struct bpf_link *l;

	switch (pg->fam) {
	case DT_FAM_TP:
		for (int k = 0; k < d->probes.n; k++) {
			const struct probe *pr = &d->probes.v[k];
			const struct dt_stable_probe *sp;
			const struct dt_stable_tp2 *t2;

			if (pr->fam != pg->fam || pr->key != p)
				continue;
			/* its second tracepoint first: lockstat's records the waits
			 * that the first one's program reports */
			sp = prov_stable_row(pr->prov, pr->name);
			if (sp && (t2 = dt_stable_tp2_of(sp))) {
				struct bpf_program *tp2 = prov_stable_tp2(d->obj, p);

				l = tp2 ? bpf_program__attach_raw_tracepoint(tp2, t2->tp2) : NULL;
				if (!l) {
					fail(pr, "raw tracepoint", tp2 ? errno : ENOENT);
					return -1;
				}
				if (run_add_link(d, l))
					return -1;
			}
			l = bpf_program__attach_raw_tracepoint(prog, pr->tp);
			if (!l) {
				fail(pr, "raw tracepoint", errno);
				return -1;
			}
			if (run_add_link(d, l))
				return -1;
		}
		return 0;
	default:
		break;
	}
	for (int i = 0; i < d->en.natt; i++) {
		const struct probe *pr;
		int fd;

		if (d->en.att[i][0] != p)
			continue;
		pr = &d->probes.v[d->en.att[i][1]];
		switch (pg->fam) {
		case DT_FAM_RAWTP:
			fd = raw_tp_open(bpf_program__fd(prog), pr->tp, pr->id);
			if (fd < 0) {
				fail(pr, "raw tracepoint", errno);
				return -1;
			}
			if (add_fd(d, fd))
				return -1;
			break;
		case DT_FAM_URETPROBE:
			if (pr->nrets) {
				/* a uprobe on each instruction leaving the function; the
				 * cookie's high half is its offset, the program's arg0 */
				for (int k = 0; k < pr->nrets; k++) {
					LIBBPF_OPTS(bpf_uprobe_opts, ro,
						    .bpf_cookie = pr->id | (uint64_t)pr->rets[k] << 32);

					l = bpf_program__attach_uprobe_opts(prog, pr->pid, pr->path,
									    pr->off + pr->rets[k], &ro);
					if (!l) {
						fail(pr, "uprobe", errno);
						return -1;
					}
					if (run_add_link(d, l))
						return -1;
				}
				break;
			}
			/* a function that did not decode gets a uretprobe */
			/* fall through */
		case DT_FAM_UPROBE: {
			LIBBPF_OPTS(bpf_uprobe_opts, uo, .bpf_cookie = pr->id,
				    .retprobe = pg->fam == DT_FAM_URETPROBE);

			l = bpf_program__attach_uprobe_opts(prog, pr->pid, pr->path, pr->off, &uo);
			if (!l && pr->soft)
				break; /* an instruction the kernel does not probe */
			if (!l) {
				fail(pr, "uprobe", errno);
				return -1;
			}
			if (run_add_link(d, l))
				return -1;
			break;
		}
		case DT_FAM_FENTRY:
		case DT_FAM_FEXIT:
			if (fbt_attach(d, prog, p, pr))
				return -1;
			break;
		case DT_FAM_USDT: {
			LIBBPF_OPTS(bpf_usdt_opts, uo, .usdt_cookie = pr->id);

			l = bpf_program__attach_usdt(prog, pr->pid, pr->path, pr->usdt_prov, pr->usdt_name,
						     &uo);
			if (!l) {
				fail(pr, "USDT", errno);
				return -1;
			}
			if (run_add_link(d, l))
				return -1;
			break;
		}
		default:
			break;
		}
	}
	return 0;
}

int prov_after_load(struct dtrun *d)
{
	struct bpf_map *map = bpf_object__find_map_by_name(d->obj, "dtc_pnames");
	int fd;

	if (!map || (fd = bpf_map__fd(map)) < 0)
		return 0;
	for (int i = 0; i < d->en.natt; i++) {
		const struct probe *pr = &d->probes.v[d->en.att[i][1]];
		struct dt_pname v;
		uint32_t key = pr->id;

		memset(&v, 0, sizeof(v));
		snprintf(v.prov, sizeof(v.prov), "%s", pr->prov);
		snprintf(v.mod, sizeof(v.mod), "%s", pr->mod);
		snprintf(v.func, sizeof(v.func), "%s", pr->func);
		snprintf(v.name, sizeof(v.name), "%s", pr->name);
		if (bpf_map_update_elem(fd, &key, &v, BPF_ANY) != 0) {
			dt_err("failed to set the names of probe %u: %s\n", pr->id, strerror(errno));
			return -1;
		}
	}
	return 0;
}
