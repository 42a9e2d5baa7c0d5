/*
 * uproc.c: the ELF side of dtrun's user-space providers (uproc.h): function
 * symbols and stapsdt notes of a file through libelf, the files a process
 * maps, and the walk of one pid/USDT description over them.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "uproc.h"

void uproc_elf_free(struct elf_file *f)
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
 * The file offset of address va of process pid's executable path, as the
 * process sees it (a position-independent one is where its first segment
 * was mapped), for pid's '-' function; 0 with *ok 0 when no segment of the
 * file holds it.
 */
uint64_t uproc_addr_off(int pid, const char *path, uint64_t va, int *ok)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	uint64_t bias = 0, off = 0;
	GElf_Ehdr eh;
	GElf_Phdr ph;
	size_t n;
	Elf *e;

	*ok = 0;
	if (fd < 0)
		return 0;
	elf_version(EV_CURRENT);
	e = elf_begin(fd, ELF_C_READ_MMAP, NULL);
	if (e && gelf_getehdr(e, &eh) && eh.e_type == ET_DYN) {
		/* the first mapping of the file, at file offset 0 */
		char mp[64], line[PATH_MAX + 256];
		FILE *fp;

		snprintf(mp, sizeof(mp), "/proc/%d/maps", pid);
		if ((fp = fopen(mp, "re")) != NULL) {
			while (fgets(line, sizeof(line), fp)) {
				unsigned long long lo, fo;
				char *file = strchr(line, '/');

				if (!file)
					continue;
				file[strcspn(file, "\n")] = '\0';
				if (sscanf(line, "%llx-%*x %*s %llx", &lo, &fo) == 2 && fo == 0 &&
				    !strcmp(file, path)) {
					bias = lo;
					break;
				}
			}
			fclose(fp);
		}
		for (size_t i = 0; bias && elf_getphdrnum(e, &n) == 0 && i < n; i++)
			if (gelf_getphdr(e, (int)i, &ph) && ph.p_type == PT_LOAD) {
				bias -= ph.p_vaddr & ~(uint64_t)0xfff;
				break;
			}
	}
	for (size_t i = 0; e && va >= bias && elf_getphdrnum(e, &n) == 0 && i < n; i++) {
		if (!gelf_getphdr(e, (int)i, &ph) || ph.p_type != PT_LOAD || !(ph.p_flags & PF_X))
			continue;
		if (va - bias >= ph.p_vaddr && va - bias < ph.p_vaddr + ph.p_filesz) {
			off = va - bias - ph.p_vaddr + ph.p_offset;
			*ok = 1;
			break;
		}
	}
	if (e)
		elf_end(e);
	close(fd);
	return off;
}

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
int uproc_elf_read(const char *path, struct elf_file *f)
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
				f->syms[f->n].local = GELF_ST_BIND(s.st_info) == STB_LOCAL;
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
 * Aliases (one address, several names: a weak alias, __x and x, a local
 * alias): a pid probe there is one probe, named as dtrace's libproc names
 * the address (Psymtab.c byaddr_cmp_common()): a global or weak symbol
 * before a local one, a name not starting with '$', fewer leading
 * underscores, the smaller size, then the name that sorts first (a weak
 * alias is as good as its global: pid/tst.weak1.d's "_go" and "go" give go,
 * abc and zed give abc).
 */
static int canon_better(const struct elf_sym *c, const struct elf_sym *b)
{
	int cu = uscores(c->name), bu = uscores(b->name);

	if (c->local != b->local)
		return b->local;
	if ((c->name[0] == '$') != (b->name[0] == '$'))
		return b->name[0] == '$';
	if (cu != bu)
		return cu < bu;
	if (c->size != b->size)
		return c->size < b->size;
	return strcmp(c->name, b->name) < 0;
}

/* Each symbol's canon: the best name at its address (canon_better()). */
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

		for (j = i + 1; j < f->n && f->syms[ix[j]].off == best->off; j++)
			if (canon_better(&f->syms[ix[j]], best))
				best = &f->syms[ix[j]];
		for (int k = i; k < j; k++)
			f->syms[ix[k]].canon = best->name;
	}
	free(ix);
}

const char *uproc_func_at(const struct elf_file *f, uint64_t off)
{
	for (int i = 0; i < f->n; i++)
		if (off >= f->syms[i].off && off < f->syms[i].off + (f->syms[i].size ? f->syms[i].size : 1))
			return f->syms[i].name;
	return "";
}

const char *uproc_base(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

/* The files mapped into a process; before a -c child's exec, its command;
 * -1 for no process that can be grabbed. */
int uproc_modules(const struct dtrun_opts *o, int pid, char ***out)
{
	char path[64], line[PATH_MAX + 256], self[PATH_MAX] = "", exe[PATH_MAX] = "";
	const char *target_cmd = NULL;
	char **v = NULL;
	int n = 0;
	FILE *fp;
	ssize_t l;

	for (int i = 0; i < o->nprocs && !target_cmd; i++)
		if (o->procs[i].pid == pid)
			target_cmd = o->procs[i].cmd;

	l = readlink("/proc/self/exe", self, sizeof(self) - 1);
	self[l > 0 ? l : 0] = '\0';
	snprintf(path, sizeof(path), "/proc/%d/exe", pid);
	l = readlink(path, exe, sizeof(exe) - 1);
	exe[l > 0 ? l : 0] = '\0';
	/* Pgrab() reads /proc/PID/exe: a kernel thread (or a zombie) has none
	 * and is no process to grab */
	if (l <= 0 && !target_cmd)
		return -1;
	snprintf(path, sizeof(path), "/proc/%d/maps", pid);
	if (target_cmd && !strcmp(exe, self)) {
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

struct probe *uproc_find_probe(const struct probes *ps, int from, const char *prov,
				const char *mod, const char *func, const char *name)
{
	for (int k = from; k < ps->n; k++)
		if (!strcmp(ps->v[k].name, name) && !strcmp(ps->v[k].func, func) &&
		    !strcmp(ps->v[k].mod, mod) && !strcmp(ps->v[k].prov, prov))
			return &ps->v[k];
	return NULL;
}

int uproc_has_probe(const struct probes *ps, int from, const char *prov, const char *mod,
		     const char *func, const char *name)
{
	return uproc_find_probe(ps, from, prov, mod, func, name) != NULL;
}

/*
 * "pid123" -> 123; "name123" with usdt -> 123 and the provider name; -1 when
 * the provider does not end in digits, 0 when they name no process.  DTrace's
 * dt_pid_get_pid() reads them with strtol() into a pid_t, and the provider is
 * the process's only where "pid%d" of that pid matches it again: zero, a
 * number past a long, or one whose pid_t is not positive is refused (only
 * pid0 with D_PROC_BADPID, the others, like leading zeros and a number that
 * wraps to another pid, match nothing).
 */
static int desc_pid(const char *prov, char *name, size_t len)
{
	size_t n = strlen(prov), i = n;
	char num[16];
	long v;

	while (i > 0 && isdigit((unsigned char)prov[i - 1]))
		i--;
	if (i == n || i == 0 || i >= len)
		return -1;
	memcpy(name, prov, i);
	name[i] = '\0';
	errno = 0;
	v = strtol(prov + i, NULL, 10);
	if (errno || (int)v <= 0)
		return 0;
	snprintf(num, sizeof(num), "%d", (int)v);
	return strcmp(num, prov + i) ? 0 : (int)v;
}

/*
 * An error in a pid or USDT description, found here where the process is:
 * DTrace's dt_pid.c raises it while compiling (D_PROC_*), so it is worded as
 * a compile error of the script or of the -n description.
 */
void __attribute__((format(printf, 4, 5)))
uproc_desc_error(const struct dtrun_opts *o, const char *tag, const struct prov_desc *pd,
		 const char *fmt, ...)
{
	char msg[512], line[32] = "";
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (pd->err) { /* dtc's question in one step (prov_pid_check()) */
		snprintf(pd->err, pd->errlen, "%s %s", tag, msg);
		return;
	}
	/* dt_set_errmsg(): the tag, then the line where the program is a file */
	if (pd->spec) {
		dt_err("invalid probe specifier %s: %s%s%s%s\n", pd->spec, o->errtags ? "[" : "",
		       o->errtags ? tag : "", o->errtags ? "] " : "", msg);
		return;
	}
	if (pd->line)
		snprintf(line, sizeof(line), "line %d: ", pd->line);
	dt_err("failed to compile script %s: %s%s%s%s%s\n", pd->script ? pd->script : "",
	       o->errtags ? "[" : "", o->errtags ? tag : "", o->errtags ? "] " : "", line, msg);
}

/* The process's executable is the object whose name mod is (the '-'
 * function's check, dt_pid.c: its map is a.out's) */
static int uproc_names_exe(const struct dtrun_opts *o, int pid, const char *mod)
{
	char **mods = NULL;
	int nm = uproc_modules(o, pid, &mods), r;

	r = nm > 0 && !strpbrk(mod, "*?[\\") && probes_mod_match(uproc_base(mods[0]), mod);
	for (int i = 0; i < nm; i++)
		free(mods[i]);
	free(mods);
	return r;
}

/*
 * dt_pid_fix_mod(): a pid description whose module is no glob and names an
 * object of the process ("a.out" the executable, "libc" libc.so.6) says
 * that object's own name from then on, in the probes it matches and in a
 * message that it matches none (pid123:trig:nosuch*:entry).
 */
static void fix_mod(const struct prov_desc *pd, char (*f)[DT_PDESC_LEN], int nm, char **mods)
{
	const char *obj = NULL;

	if (!pd->fix || !*f[2] || strpbrk(f[2], "*?[\\"))
		return;
	for (int i = 0; i < nm && !obj; i++)
		if (i == 0 && !strcmp(f[2], "a.out"))
			obj = uproc_base(mods[0]);
		else if (probes_mod_match(uproc_base(mods[i]), f[2]))
			obj = uproc_base(mods[i]);
	if (obj && strcmp(obj, f[2]))
		uproc_fix_field(pd, 2, obj);
}

/* The clause's copy of pd's description, as it now reads, with field i set
 * to v, as dt_pid.c rewrites pdp->mod and pdp->fun */
void uproc_fix_field(const struct prov_desc *pd, int i, const char *v)
{
	char f[DT_PDESC_NFIELDS][DT_PDESC_LEN];
	const char *g[DT_PDESC_NFIELDS];
	char *ns;
	int r;

	if (!pd->fix || dt_pdesc_split(*pd->fix, f) < 0)
		return;
	for (int k = 0; k < DT_PDESC_NFIELDS; k++)
		g[k] = k == i ? v : f[k];
	if (*g[0])
		r = asprintf(&ns, "%s:%s:%s:%s:%s", g[0], g[1], g[2], g[3], g[4]);
	else
		r = asprintf(&ns, "%s:%s:%s:%s", g[1], g[2], g[3], g[4]);
	if (r < 0)
		return;
	free(*pd->fix);
	*pd->fix = ns;
}

/* The executable (mods[0]) asks for a dynamic linker (PT_INTERP). */
static int uproc_dynamic(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC), dyn = 1;
	GElf_Phdr ph;
	size_t n;
	Elf *e;

	if (fd < 0)
		return 1; /* unreadable: left to the probes' own lookups */
	elf_version(EV_CURRENT);
	e = elf_begin(fd, ELF_C_READ_MMAP, NULL);
	if (e && elf_getphdrnum(e, &n) == 0) {
		dyn = 0;
		for (size_t i = 0; i < n && !dyn; i++)
			dyn = gelf_getphdr(e, (int)i, &ph) && ph.p_type == PT_INTERP;
	}
	if (e)
		elf_end(e);
	close(fd);
	return dyn;
}

/*
 * dt_pid_create_pid_probes_proc()'s refusals, once the process is grabbed:
 * dtrace itself, a process with no dynamic linker (libproc finds no
 * PR_OBJ_LDSO: a static or static-pie executable), then the '-' function's
 * module and name.  0, or -1 after the error.
 */
static int pid_proc_refused(const struct dtrun_opts *o, const struct prov_desc *pd,
			    char (*f)[DT_PDESC_LEN], int pid, int nm, char **mods)
{
	if (pid == (int)getpid()) {
		uproc_desc_error(o, "D_PROC_DYN", pd, "process %d is dtrace itself", pid);
		return -1;
	}
	if (nm > 0 && !uproc_dynamic(mods[0])) {
		uproc_desc_error(o, "D_PROC_DYN", pd,
				 "process %d is not a dynamically-linked executable", pid);
		return -1;
	}
	if (strcmp(f[3], "-"))
		return 0;
	/* the '-' function, an address in the executable, named a.out, by
	 * its own name or not at all */
	if (*f[2] && strcmp(f[2], "a.out") && !uproc_names_exe(o, pid, f[2])) {
		uproc_desc_error(o, "D_PROC_LIB", pd,
				 "only the a.out module is valid with the '-' function");
		return -1;
	}
	if (!*f[4] || strpbrk(f[4], "*?[\\")) {
		uproc_desc_error(o, "D_PROC_NAME", pd,
				 "only individual addresses may be specified with the '-' function");
		return -1;
	}
	return 0;
}

/* pid and USDT probes named by one description of a clause. */
int uproc_desc(struct probes *ps, int fam, const struct prov_desc *pd, const struct dtrun_opts *o,
	       int first, int usdt, int (*each)(const struct uproc_mod *um))
{
	const char *desc = pd->text;
	char f[DT_PDESC_NFIELDS][DT_PDESC_LEN], pname[128], provbuf[160], **mods = NULL;
	int pid, nm, rc = 0;

	if (dt_pdesc_split(desc, f) < 0)
		return 0;
	pid = desc_pid(f[1], pname, sizeof(pname));
	if (pid < 0)
		return 0;
	if (usdt == probes_gmatch("pid", pname))
		return 0;
	if (!usdt && !strcmp(f[1], "pid0")) {
		/* DTrace's dt_pid_create_pid_probes(): pid0 asked for */
		uproc_desc_error(o, "D_PROC_BADPID", pd, "pid0 does not contain a valid pid");
		return -1;
	}
	if (pid == 0)
		return 0;
	/* dt_pid_create_pid_probes(): the process grabbed, then
	 * dt_pid_create_pid_probes_proc()'s checks */
	nm = uproc_modules(o, pid, &mods);
	if (nm < 0) {
		if (usdt)
			return 0; /* no such process: the description matches nothing */
		uproc_desc_error(o, "D_PROC_GRAB", pd, "failed to grab process %d", pid);
		return -1;
	}
	if (!usdt && (rc = pid_proc_refused(o, pd, f, pid, nm, mods)) != 0)
		goto out;
	if (!usdt)
		snprintf(pname, sizeof(pname), "pid");
	snprintf(provbuf, sizeof(provbuf), "%s%d", pname, pid);
	fix_mod(pd, f, nm, mods);
	/* dt_pid_create_pid_probes_proc(): an empty function is matched as
	 * "*", and the description says so from then on (pdp->fun =
	 * pp.dpp_func): "pid123:libfoo.so:*:entry does not match any probes" */
	if (!usdt && !*f[3])
		uproc_fix_field(pd, 3, "*");
	for (int i = 0; i < nm; i++) {
		const char *mod = uproc_base(mods[i]);
		int is_exe = i == 0;
		struct elf_file ef;

		/* "a.out" names the executable, as in DTrace; '-' is its address;
		 * its probes have the executable's own name for a module */
		if (!usdt && !strcmp(f[3], "-") && !is_exe)
			continue;
		if (!(is_exe && (!strcmp(f[2], "a.out") || (!usdt && !strcmp(f[3], "-")))) &&
		    *f[2] && !probes_mod_match(mod, f[2]))
			continue;
		if (uproc_elf_read(mods[i], &ef) != 0)
			continue;
		{
			struct uproc_mod um = { .ps = ps, .fam = fam, .desc = desc, .pd = pd, .f = f, .o = o,
						.first = first, .pname = pname, .provbuf = provbuf,
						.mod = mod, .path = mods[i], .ef = &ef, .pid = pid };

			rc = each(&um);
		}
		uproc_elf_free(&ef);
		if (rc)
			break;
	}
out:
	for (int i = 0; i < nm; i++)
		free(mods[i]);
	free(mods);
	return rc;
}
