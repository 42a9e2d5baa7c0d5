/*
 * sym.c: address -> symbol for stack(), ustack(), sym(), usym(), %a, %A.
 *
 * Used by the consumer (consume.c) when it prints a record, and installed as
 * format.c's symbolizer hook for printf's %a/%A.  Kernel addresses resolve
 * with /proc/kallsyms, read once, the first time a record needs it (most
 * scripts never pay for it), sorted and binary-searched.  User addresses
 * resolve per process: /proc/PID/maps names the object mapped at the address,
 * and that object's ELF symbol tables (.symtab, else .dynsym, read with
 * libelf) give the symbol.  Objects are cached by path, processes by pid;
 * a process's mappings are kept after it exits (the -c/-p target's taken
 * when it starts, sym_user_snapshot()), and read again when an address is
 * in none of them.  A process never seen alive resolves to nothing, and
 * the caller prints the raw address, as dtrace does.
 */
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <gelf.h>
#include <libelf.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dtrun.h"
#include "sym.h"

struct ksym {
	uint64_t addr;
	char *name;
	const char *mod;         /* "vmlinux" or the module name */
};

struct usym {
	uint64_t addr, size;
	char *name;
	int rank;                /* binding: 0 GLOBAL, 1 WEAK, 2 LOCAL (ties: lowest wins) */
};

struct uobj {                    /* one ELF file, symbols sorted by address */
	char *path;
	struct usym *v;
	size_t n;
	int et_dyn;              /* ET_DYN: symbol values are load-relative */
	struct uobj *next;
};

struct umap {
	uint64_t lo, hi, off;    /* mapping and its file offset */
	struct uobj *obj;        /* NULL when the file has no symbols */
	char *base;              /* basename of the path, less a " (deleted)" */
	char *path;
	uint64_t bias;           /* load bias, from the mapping at offset 0 */
};

struct uproc {
	int pid;
	struct umap *m;
	size_t n;
	uint64_t read_ns;        /* when /proc/PID/maps was last read */
	struct uproc *next;
};

static struct ksym *ksyms;
static char *kbuf;               /* /proc/kallsyms's text: ksyms' names */
static size_t nksyms;
static int kloaded;
static char **kmods;
static size_t nkmods;
static struct uobj *uobjs;
static struct uproc *uprocs;

static int ksym_cmp(const void *a, const void *b)
{
	const struct ksym *x = a, *y = b;

	return x->addr < y->addr ? -1 : x->addr > y->addr;
}

static const char *kmod_intern(const char *m)
{
	size_t i;

	for (i = 0; i < nkmods; i++)
		if (strcmp(kmods[i], m) == 0)
			return kmods[i];
	kmods = realloc(kmods, (nkmods + 1) * sizeof(*kmods));
	kmods[nkmods] = strdup(m);
	return kmods[nkmods++];
}

/* One hex number at *p, advancing past it. */
static uint64_t hex_at(char **p)
{
	uint64_t v = 0;

	for (;; (*p)++) {
		char c = **p;

		if (c >= '0' && c <= '9')
			v = v << 4 | (uint64_t)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v = v << 4 | (uint64_t)(c - 'a' + 10);
		else
			return v;
	}
}

/*
 * /proc/kallsyms's text symbols.  The kernel formats 100k+ lines on every
 * read, so it is read once, in large pieces, and parsed in place: names
 * point into the buffer, which stays.  kallsyms lists the kernel's and the
 * modules' symbols in address order, so only what follows them is sorted.
 */
static void kload(void)
{
	size_t len = 0, cap = 1 << 22, kcap = 0, sorted = SIZE_MAX;
	char *buf = malloc(cap), *p, *end;
	int fd = open("/proc/kallsyms", O_RDONLY | O_CLOEXEC);
	ssize_t r;

	kloaded = 1;
	if (fd < 0 || !buf) {
		if (fd >= 0)
			close(fd);
		free(buf);
		return;
	}
	for (;;) {
		if (cap - len < (1 << 16)) {
			char *nb = realloc(buf, cap * 2);

			if (!nb)
				break;
			buf = nb;
			cap *= 2;
		}
		r = read(fd, buf + len, cap - len - 1);
		if (r <= 0)
			break;
		len += (size_t)r;
	}
	close(fd);
	buf[len] = '\0';
	kbuf = buf;
	for (p = buf, end = buf + len; p < end; p++) {
		char *line = p, *name, *mod = NULL, type;
		uint64_t a = hex_at(&p);

		p = memchr(p, '\n', (size_t)(end - p));
		if (!p)
			p = end;
		*p = '\0';
		if (line[16] != ' ' || line[18] != ' ' || line + 19 >= p)
			continue; /* not "ADDR T NAME" (64-bit) */
		type = line[17];
		if (a == 0 || (type != 't' && type != 'T' && type != 'w' && type != 'W'))
			continue;
		name = line + 19;
		for (char *q = name; *q; q++)
			if (*q == '\t' || *q == ' ') {
				*q = '\0';
				if (q[1] == '[' && (mod = q + 2) && (q = strchr(mod, ']')))
					*q = '\0';
				break;
			}
		/* dt_modsym_update() drops BPF programs' and kprobe pages' symbols */
		if (mod && (strcmp(mod, "bpf") == 0 || strcmp(mod, "__builtin__kprobes") == 0))
			continue;
		if (nksyms == kcap) {
			struct ksym *nk;

			kcap = kcap ? kcap * 2 : 65536;
			nk = realloc(ksyms, kcap * sizeof(*ksyms));
			if (!nk)
				break;
			ksyms = nk;
		}
		if (sorted == SIZE_MAX && nksyms && a < ksyms[nksyms - 1].addr)
			sorted = nksyms; /* the sorted prefix ends here */
		ksyms[nksyms].addr = a;
		ksyms[nksyms].name = name;
		ksyms[nksyms].mod = kmod_intern(mod ? mod : "vmlinux");
		nksyms++;
	}
	/* BPF programs (listed in load order) and such follow the sorted
	 * symbols: sort that tail, then merge the two */
	if (sorted < nksyms) {
		struct ksym *m = malloc(nksyms * sizeof(*m));
		size_t i = 0, j = sorted, k = 0;

		qsort(ksyms + sorted, nksyms - sorted, sizeof(*ksyms), ksym_cmp);
		if (!m) {
			qsort(ksyms, nksyms, sizeof(*ksyms), ksym_cmp);
			return;
		}
		while (i < sorted || j < nksyms)
			m[k++] = j >= nksyms || (i < sorted && ksyms[i].addr <= ksyms[j].addr)
					 ? ksyms[i++]
					 : ksyms[j++];
		free(ksyms);
		ksyms = m;
	}
}

/*
 * The last symbol at or below addr, within its module's address range.
 * DTrace (dtrace_lookup_by_addr()) first finds the module whose range holds
 * addr; from /proc/kallsyms, which gives no sizes, a run of one module's
 * symbols spans from its first symbol to one byte past its last
 * (dt_modsym_addsym() with size 1), so an address past a module's last
 * symbol, or past the last symbol of all, is no symbol's: %a prints
 * 0xfffffffffffffedb, not `ftrace_trampoline+0x3fdfeedb'.
 */
int sym_kernel(uint64_t addr, const char **mod, const char **name, uint64_t *symaddr)
{
	size_t lo = 0, hi;

	if (!kloaded)
		kload();
	hi = nksyms;
	if (!nksyms || addr < ksyms[0].addr)
		return 0;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (ksyms[mid].addr <= addr)
			lo = mid;
		else
			hi = mid;
	}
	if (addr != ksyms[lo].addr && (lo + 1 == nksyms || ksyms[lo + 1].mod != ksyms[lo].mod))
		return 0;
	*mod = ksyms[lo].mod;
	*name = ksyms[lo].name;
	*symaddr = ksyms[lo].addr;
	return 2;
}

/*
 * The address ranges of the kernel functions named (one name per call of
 * want() that returns nonzero): [start, next symbol's start).  Up to max
 * into r; returns how many, -1 when kallsyms gives no addresses.
 */
int sym_kernel_funcs(int (*want)(void *arg, const char *name), void *arg, uint64_t (*r)[2],
		     int max)
{
	int n = 0;

	if (!kloaded)
		kload();
	if (!nksyms)
		return -1;
	for (size_t i = 0; i < nksyms && n < max; i++) {
		size_t j = i + 1;

		if (!want(arg, ksyms[i].name))
			continue;
		while (j < nksyms && ksyms[j].addr == ksyms[i].addr)
			j++;
		r[n][0] = ksyms[i].addr;
		r[n][1] = j < nksyms ? ksyms[j].addr : ksyms[i].addr + 1;
		n++;
	}
	return n;
}

/*
 * By address; of the names at one address the one printed (the last of its
 * run) is a global one before a weak one before a local one, then the one
 * with fewer leading underscores, as libproc's sym_prefer() prefers, then
 * the first in name order: one answer whatever order the tables came in.
 */
static int usym_cmp(const void *a, const void *b)
{
	const struct usym *x = a, *y = b;
	size_t ux = strspn(x->name, "_"), uy = strspn(y->name, "_");

	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	if (x->rank != y->rank)
		return x->rank > y->rank ? -1 : 1;
	if (ux != uy)
		return ux > uy ? -1 : 1;
	return -strcmp(x->name, y->name);
}

static void uobj_read_tab(struct uobj *o, Elf *e, Elf_Scn *scn, GElf_Shdr *sh, size_t *cap)
{
	Elf_Data *d = elf_getdata(scn, NULL);
	size_t i, n = sh->sh_entsize ? sh->sh_size / sh->sh_entsize : 0;

	for (i = 0; d && i < n; i++) {
		GElf_Sym s;
		const char *nm;

		if (!gelf_getsym(d, (int)i, &s) || GELF_ST_TYPE(s.st_info) != STT_FUNC ||
		    s.st_value == 0 || s.st_shndx == SHN_UNDEF)
			continue;
		nm = elf_strptr(e, sh->sh_link, s.st_name);
		if (!nm || !*nm)
			continue;
		if (o->n == *cap) {
			*cap = *cap ? *cap * 2 : 1024;
			o->v = realloc(o->v, *cap * sizeof(*o->v));
		}
		o->v[o->n].addr = s.st_value;
		o->v[o->n].size = s.st_size;
		/* a versioned name (memcpy@@GLIBC_2.14, in .symtab): DTrace
		 * prints the name alone */
		o->v[o->n].name = strndup(nm, strcspn(nm, "@"));
		o->v[o->n].rank = GELF_ST_BIND(s.st_info) == STB_GLOBAL ? 0
				  : GELF_ST_BIND(s.st_info) == STB_WEAK ? 1 : 2;
		o->n++;
	}
}

/*
 * A stripped object's .symtab, from its detached debug file when one is
 * installed (Debian's *-dbg / -dbgsym packages): found by the build ID note,
 * /usr/lib/debug/.build-id/NN/REST.debug, as gdb and dtrace (libproc) look
 * it up.  Local functions such as libc's __libc_start_call_main are only
 * there.  1 when it had a .symtab.
 */
static int uobj_read_debug(struct uobj *o, Elf *e, size_t *cap)
{
	Elf_Scn *scn = NULL;
	char path[PATH_MAX];
	int found = 0;

	while (!found && (scn = elf_nextscn(e, scn)) != NULL) {
		GElf_Shdr sh;
		Elf_Data *d;
		GElf_Nhdr nh;
		size_t off = 0, noff, doff;

		if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_NOTE ||
		    !(d = elf_getdata(scn, NULL)))
			continue;
		while ((off = gelf_getnote(d, off, &nh, &noff, &doff)) > 0) {
			const unsigned char *id = (const unsigned char *)d->d_buf + doff;
			size_t i;
			int n;

			if (nh.n_type != NT_GNU_BUILD_ID || nh.n_namesz != 4 || nh.n_descsz < 2 ||
			    memcmp((const char *)d->d_buf + noff, "GNU", 4) != 0)
				continue;
			n = snprintf(path, sizeof(path), "/usr/lib/debug/.build-id/%02x/", id[0]);
			for (i = 1; i < nh.n_descsz && n + 3 < (int)sizeof(path); i++)
				n += snprintf(path + n, sizeof(path) - (size_t)n, "%02x", id[i]);
			snprintf(path + n, sizeof(path) - (size_t)n, ".debug");
			found = 1;
			break;
		}
	}
	if (found) {
		int fd = open(path, O_RDONLY | O_CLOEXEC);
		Elf *de = fd < 0 ? NULL : elf_begin(fd, ELF_C_READ, NULL);

		found = 0;
		scn = NULL;
		while (de && (scn = elf_nextscn(de, scn)) != NULL) {
			GElf_Shdr sh;

			if (gelf_getshdr(scn, &sh) && sh.sh_type == SHT_SYMTAB) {
				uobj_read_tab(o, de, scn, &sh, cap);
				found = 1;
			}
		}
		if (de)
			elf_end(de);
		if (fd >= 0)
			close(fd);
	}
	return found && o->n;
}

static struct uobj *uobj_get(const char *path)
{
	struct uobj *o;
	Elf *e;
	Elf_Scn *scn = NULL;
	GElf_Ehdr eh;
	size_t cap = 0;
	int fd, have_symtab = 0;

	for (o = uobjs; o; o = o->next)
		if (strcmp(o->path, path) == 0)
			return o;
	o = calloc(1, sizeof(*o));
	o->path = strdup(path);
	o->next = uobjs;
	uobjs = o;
	elf_version(EV_CURRENT);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return o;
	e = elf_begin(fd, ELF_C_READ, NULL);
	if (e && gelf_getehdr(e, &eh)) {
		o->et_dyn = eh.e_type == ET_DYN;
		while ((scn = elf_nextscn(e, scn)) != NULL) {
			GElf_Shdr sh;

			if (gelf_getshdr(scn, &sh) && sh.sh_type == SHT_SYMTAB) {
				uobj_read_tab(o, e, scn, &sh, &cap);
				have_symtab = 1;
			}
		}
		if (!have_symtab)
			have_symtab = uobj_read_debug(o, e, &cap);
		while (!have_symtab && (scn = elf_nextscn(e, scn)) != NULL) {
			GElf_Shdr sh;

			if (gelf_getshdr(scn, &sh) && sh.sh_type == SHT_DYNSYM)
				uobj_read_tab(o, e, scn, &sh, &cap);
		}
	}
	if (e)
		elf_end(e);
	close(fd);
	if (o->n)
		qsort(o->v, o->n, sizeof(*o->v), usym_cmp);
	return o;
}

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/*
 * Reads /proc/PID/maps into p, replacing what p held; when the process is
 * gone (or has no file mappings), p keeps what it held, so that a process
 * seen alive is still symbolized after it exits.  1 when read.
 */
static int uproc_read(struct uproc *p)
{
	char path[64], line[4096];
	struct umap *v = NULL;
	size_t n = 0, cap = 0;
	FILE *f;

	p->read_ns = now_ns();
	snprintf(path, sizeof(path), "/proc/%d/maps", p->pid);
	f = fopen(path, "r");
	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f)) {
		unsigned long long lo, hi, off;
		char perm[8], file[4096] = "";
		struct umap *m;
		size_t i;

		if (sscanf(line, "%llx-%llx %7s %llx %*s %*s %4095[^\n]", &lo, &hi, perm, &off,
			   file) < 4 || file[0] != '/')
			continue;
		if (n == cap) {
			struct umap *nv = realloc(v, (cap = cap ? cap * 2 : 64) * sizeof(*v));

			if (!nv)
				break;
			v = nv;
		}
		m = &v[n++];
		memset(m, 0, sizeof(*m));
		m->lo = lo;
		m->hi = hi;
		m->off = off;
		m->path = strdup(file);
		/* a file deleted since it was mapped (a rebuilt binary that still
		 * runs): named as it was, as libproc's Pupdate_maps() reads the
		 * name (sscanf %ms); its symbols are read through umap_file() */
		m->base = strdup(strrchr(file, '/') + 1);
		if (m->base && strlen(m->base) > 10 &&
		    !strcmp(m->base + strlen(m->base) - 10, " (deleted)"))
			m->base[strlen(m->base) - 10] = '\0';
		if (!m->path || !m->base) {
			free(m->path);
			free(m->base);
			n--;
			break;
		}
		/* the load bias: where the file's offset 0 was mapped */
		m->bias = lo - off;
		for (i = 0; i + 1 < n; i++)
			if (strcmp(v[i].path, m->path) == 0) {
				m->bias = v[i].bias;
				break;
			}
	}
	fclose(f);
	if (!n) {
		free(v);
		return 0;
	}
	for (size_t i = 0; i < p->n; i++) {
		free(p->m[i].path);
		free(p->m[i].base);
	}
	free(p->m);
	p->m = v;
	p->n = n;
	return 1;
}

/*
 * The file to read m's symbols from: its path, or for a file deleted since
 * it was mapped, the process's own link to it (/proc/PID/map_files/LO-HI),
 * as libproc reads a deleted executable through /proc/PID/exe.
 */
static const char *umap_file(const struct uproc *p, const struct umap *m)
{
	static char buf[96];
	size_t l = strlen(m->path);

	if (l <= 10 || strcmp(m->path + l - 10, " (deleted)"))
		return m->path;
	snprintf(buf, sizeof(buf), "/proc/%d/map_files/%llx-%llx", p->pid,
		 (unsigned long long)m->lo, (unsigned long long)m->hi);
	return buf;
}

static struct uproc *uproc_find(int pid)
{
	struct uproc *p;

	for (p = uprocs; p; p = p->next)
		if (p->pid == pid)
			return p;
	p = calloc(1, sizeof(*p));
	if (!p)
		return NULL;
	p->pid = pid;
	p->next = uprocs;
	uprocs = p;
	if (pid > 0)
		uproc_read(p);
	return p;
}

static struct uproc *uproc_get(int pid)
{
	struct uproc *p = uproc_find(pid);

	return p && p->n ? p : NULL;
}

/*
 * An address in none of the mappings held: the process may have mapped
 * more since (dlopen(), or it was first seen before its libraries were
 * loaded).  Read its maps again, at most every 50 ms.  1 when read.
 */
static int uproc_refresh(int pid)
{
	struct uproc *p = pid > 0 ? uproc_find(pid) : NULL;

	if (!p || now_ns() - p->read_ns < 50000000u)
		return 0;
	return uproc_read(p);
}

/*
 * The -c or -p process, taken now (its exec done, its libraries mapped):
 * dtrun keeps its mappings, so that the records it consumes after the
 * process has exited still name its functions, as dtrace's libproc keeps a
 * process's symbol tables.  The objects' symbols are read from their files
 * when first needed (a -c run that prints no user symbol reads none).
 */
void sym_user_snapshot(int pid)
{
	struct uproc *p = pid > 0 ? uproc_find(pid) : NULL;

	if (p)
		uproc_read(p);
}

static int sym_user_holds(const struct uproc *p, uint64_t addr)
{
	for (size_t i = 0; i < p->n; i++)
		if (addr >= p->m[i].lo && addr < p->m[i].hi)
			return 1;
	return 0;
}

/*
 * Like dtrace's Plookup_by_addr(): 2 with the symbol, 1 with only the object
 * (basename), 0 when the address is in no file mapping of a live process.
 */
int sym_user(int pid, uint64_t addr, const char **obj, const char **name, uint64_t *symaddr)
{
	struct uproc *p = uproc_get(pid);
	size_t i;

	if ((!p || !sym_user_holds(p, addr)) && uproc_refresh(pid))
		p = uproc_get(pid);
	if (!p)
		return 0;
	for (i = 0; i < p->n; i++) {
		struct umap *m = &p->m[i];
		uint64_t rel;
		size_t lo = 0, hi;

		if (addr < m->lo || addr >= m->hi)
			continue;
		*obj = m->base;
		if (!m->obj)
			m->obj = uobj_get(umap_file(p, m));
		rel = m->obj->et_dyn ? addr - m->bias : addr;
		hi = m->obj->n;
		if (!hi || rel < m->obj->v[0].addr)
			return 1;
		while (hi - lo > 1) {
			size_t mid = lo + (hi - lo) / 2;

			if (m->obj->v[mid].addr <= rel)
				lo = mid;
			else
				hi = mid;
		}
		/* past the symbol's end (when sized) is only the object */
		if (m->obj->v[lo].size && rel >= m->obj->v[lo].addr + m->obj->v[lo].size)
			return 1;
		*name = m->obj->v[lo].name;
		*symaddr = addr - (rel - m->obj->v[lo].addr);
		return 2;
	}
	return 0;
}

/*
 * The mapping (one /proc/PID/maps line) holding addr: its object's basename
 * and start, for -x noresolve's OBJ:0xOFFSET.  0 when none.
 */
int sym_user_map(int pid, uint64_t addr, const char **obj, uint64_t *maplo)
{
	struct uproc *p = uproc_get(pid);
	size_t i;

	if ((!p || !sym_user_holds(p, addr)) && uproc_refresh(pid))
		p = uproc_get(pid);
	for (i = 0; p && i < p->n; i++)
		if (addr >= p->m[i].lo && addr < p->m[i].hi) {
			*obj = p->m[i].base;
			*maplo = p->m[i].lo;
			return 1;
		}
	return 0;
}

/*
 * An aggregation key's address as dtrace normalizes it when it snapshots an
 * aggregation (dt_aggregate.c), so that one function or module is one
 * entry: sym()/func() and usym()/ufunc() to the symbol's start, mod() to
 * the module's first symbol, umod() to the object's first mapping; uaddr()
 * stays as it is.  pid: the tgid recorded with a user address.
 */
uint64_t sym_normalize(char letter, int pid, uint64_t addr)
{
	static const char *lastmod;
	static uint64_t lastbase;
	const char *obj = NULL, *name = NULL;
	uint64_t sa = 0;
	struct uproc *p;
	size_t i;

	switch (letter) {
	case 'a':
	case 'y':
		return sym_kernel(addr, &obj, &name, &sa) == 2 ? sa : addr;
	case 'm':
		if (sym_kernel(addr, &obj, &name, &sa) != 2)
			return addr;
		if (obj != lastmod) {
			for (i = 0; i < nksyms && ksyms[i].mod != obj; i++)
				;
			lastmod = obj;
			lastbase = i < nksyms ? ksyms[i].addr : addr;
		}
		return lastbase;
	case 'A':
	case 'Y':
		return pid > 0 && sym_user(pid, addr, &obj, &name, &sa) == 2 ? sa : addr;
	case 'M':
		p = pid > 0 ? uproc_get(pid) : NULL;
		for (i = 0; p && i < p->n; i++)
			if (addr >= p->m[i].lo && addr < p->m[i].hi) {
				size_t j;

				for (j = 0; j < p->n; j++)
					if (strcmp(p->m[j].path, p->m[i].path) == 0)
						return p->m[j].lo;
			}
		return addr;
	}
	return addr;
}

void sym_free(void)
{
	while (uprocs) {
		struct uproc *p = uprocs;

		uprocs = p->next;
		for (size_t i = 0; i < p->n; i++) {
			free(p->m[i].path);
			free(p->m[i].base);
		}
		free(p->m);
		free(p);
	}
	while (uobjs) {
		struct uobj *o = uobjs;

		uobjs = o->next;
		for (size_t i = 0; i < o->n; i++)
			free(o->v[i].name);
		free(o->v);
		free(o->path);
		free(o);
	}
	for (size_t i = 0; i < nkmods; i++)
		free(kmods[i]);
	free(kmods);
	free(ksyms);
	free(kbuf);
	kmods = NULL;
	ksyms = NULL;
	kbuf = NULL;
	nkmods = nksyms = 0;
	kloaded = 0;
}

/* format.c's hook: pid -1 is the kernel. */
int sym_format_hook(void *arg, int pid, uint64_t addr, const char **object, const char **name,
		    uint64_t *symaddr)
{
	if (pid == 0 && arg)
		pid = *(const int *)arg; /* %A of a plain integer: $target's */
	if (pid < 0)
		return sym_kernel(addr, object, name, symaddr);
	return sym_user(pid, addr, object, name, symaddr);
}
