/*
 * prov_pid.c: dtrun's pid provider: pid<PID>:MODULE:FUNCTION:entry|return
 * and instruction offsets, from the ELF symbol tables of the files the
 * process maps (uproc.c), attached as uprobes/uretprobes with the probe ID
 * as BPF cookie.  Its uprobe attachment also serves sdt:::dt_probe
 * (prov_sdt.c).  dtc's side: compiler/prov_pid.c.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <bpf/libbpf.h>

#include "prov.h"
#include "uproc.h"
#include "x86insn.h"

/* an offset, as DTrace's dt_pid_per_sym() reads one: what strtoull(s, 16)
 * reads whole ("1c", "0x1c") */
static int is_hex_name(const char *s)
{
	char *end;

	if (!*s || !strcmp(s, "entry") || !strcmp(s, "return") || strpbrk(s, "*?[\\"))
		return 0;
	(void)strtoull(s, &end, 16);
	return !*end;
}

/* A pid offset past its function's end: DTrace's D_PROC_OFF, at run time here. */
static void proc_off_error(const struct dtrun_opts *o, const struct prov_desc *pd, uint64_t off,
			   const char *func)
{
	uproc_desc_error(o, "D_PROC_OFF", pd, "offset 0x%llx outside of function '%s'",
			(unsigned long long)off, func);
}

/*
 * Why the kernel will not place a uprobe at file offset off of path (a
 * lock-prefixed instruction, hlt, ...), or NULL: such a probe fails to
 * enable, which pid_before_load() says before any probe is attached.
 */
static const char *insn_refused(const char *path, uint64_t off)
{
#if defined(__x86_64__)
	uint8_t b[16];
	ssize_t n;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return NULL;
	n = pread(fd, b, sizeof(b), (off_t)off);
	close(fd);
	return n > 0 ? x86_insn_uprobe_refused(b, (size_t)n) : NULL;
#else
	(void)path, (void)off;
	return NULL;
#endif
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
		if (!probes_gmatch(nb, pat) || uproc_has_probe(ps, first, prov, mod, s->canon, nb))
			continue;
		/* as dt_pid_per_sym() skips hlt: none where the kernel refuses */
		if (x86_insn_uprobe_refused(code + offs[k], s->size - offs[k]))
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

/*
 * pid<PID>:a.out:-:ADDR: a probe at the executable's instruction at
 * address ADDR (hexadecimal), as dt_pid_per_sym() makes for the '-'
 * function: no entry or return probe, a name that is not an address is
 * D_PROC_NAME; an address no segment of the executable's code holds is
 * D_PROC_CREATEFAIL, as the probe dt_pid.c would make there fails.
 */
static int pid_dash(const struct uproc_mod *um)
{
	const char *name = um->f[4];
	struct probes *ps = um->ps;
	uint64_t va, off;
	struct probe *p;
	char *end;
	int ok;

	if (um->fam != DT_FAM_UPROBE)
		return 0; /* '-' has no return probes */
	errno = 0;
	va = strtoull(name, &end, 16);
	if (*end || errno) {
		uproc_desc_error(um->o, "D_PROC_NAME", um->pd, "'%s' is an invalid probe name",
				 name);
		return -1;
	}
	off = uproc_addr_off(um->pid, um->path, va, &ok);
	if (!ok) {
		uproc_desc_error(um->o, "D_PROC_CREATEFAIL", um->pd,
				 "failed to create probes at '-+0x%llx': the executable has no code "
				 "there", (unsigned long long)va);
		return -1;
	}
	if (uproc_has_probe(ps, um->first, um->provbuf, um->mod, "-", name))
		return 0;
	if (!(p = probes_add(ps, prov_str(ps, um->provbuf), prov_str(ps, um->mod), "-",
			     prov_str(ps, name), DT_FAM_UPROBE, 0)))
		return -1;
	p->path = prov_str(ps, um->path);
	p->off = off;
	p->pid = um->pid;
	p->refused = insn_refused(um->path, off);
	return 0;
}

/*
 * dt_pid_per_mod(): a function named (no glob) is looked up by name, and
 * its probes take the name libproc gives its address (dt_Plookup_by_addr():
 * canon_names()), which the description says from then on (pdp->fun), so
 * any alias of a function names its one probe.
 */
static void canon_func(const struct uproc_mod *um)
{
	const struct elf_file *ef = um->ef;

	for (int k = 0; k < ef->n; k++)
		if (!strcmp(ef->syms[k].name, um->f[3]) && ef->syms[k].size) {
			if (strcmp(ef->syms[k].canon, um->f[3]))
				uproc_fix_field(um->pd, 3, ef->syms[k].canon);
			return;
		}
}

/* The pid probes of one module of the process a description names. */
static int pid_module(const struct uproc_mod *um)
{
	struct probes *ps = um->ps;
	const struct elf_file *ef = um->ef;
	char(*f)[DT_PDESC_LEN] = um->f;
	const char *provbuf = um->provbuf, *mod = um->mod, *path = um->path;
	int fam = um->fam, first = um->first, pid = um->pid, rc = 0;

	if (!strcmp(f[3], "-"))
		return pid_dash(um);
	if (*f[2] && !strpbrk(f[2], "*?[") && *f[3] && !strpbrk(f[3], "*?[") &&
	    !elf_has_sym(ef, f[3])) {
		/* DTrace's dt_pid_per_mod(): a function named in a module
		 * named, and no such symbol there */
		uproc_desc_error(um->o, "D_PROC_FUNC", um->pd,
				 "failed to lookup '%s' in module '%s'", f[3], f[2]);
		return -1;
	}
	if (*f[3] && !strpbrk(f[3], "*?[\\"))
		canon_func(um);
	for (int k = 0; k < ef->n && rc == 0; k++) {
		const struct elf_sym *s = &ef->syms[k];
		const char *names[2] = { "entry", "return" };

		if (!probes_gmatch(s->name, f[3]))
			continue;
		/* DTrace probes functions of non-zero size only (_init, _fini and
		 * frame_dummy have none), and a pattern skips the names the
		 * compiler makes (main.cold, f.part.0: dt_pid_sym_filt()) */
		if (!s->size || ((!*f[3] || dt_pdesc_isglob(f[3])) && strchr(s->name, '.')))
			continue;
		/* dt_pid_per_sym(): a name that is no glob, entry, return or
		 * offset (what strtoull(name, 16) reads whole), once a function
		 * matched (dtc says it where it has no process to grab) */
		if (*f[4] && !dt_pdesc_isglob(f[4]) && strcmp(f[4], "entry") &&
		    strcmp(f[4], "return") && !is_hex_name(f[4])) {
			uproc_desc_error(um->o, "D_PROC_NAME", um->pd, "'%s' is an invalid probe name",
					 f[4]);
			rc = -1;
			break;
		}
		if (fam == DT_FAM_UPROBE && is_hex_name(f[4])) {
			uint64_t off = strtoull(f[4], NULL, 16);
			char nb[128];
			struct probe *p;

			if (s->size && off >= s->size) {
				if (strpbrk(f[3], "*?[") || !*f[3])
					continue;
				proc_off_error(um->o, um->pd, off, s->canon);
				rc = -1;
				break;
			}
			/* named by its address's name, as entry is (canon_func()) */
			snprintf(nb, sizeof(nb), "%s", f[4]);
			if (uproc_has_probe(ps, first, provbuf, mod, s->canon, nb) ||
			    !(p = probes_add(ps, prov_str(ps, provbuf), prov_str(ps, mod),
					     prov_str(ps, s->canon), prov_str(ps, nb), fam,
					     0)))
				continue;
			p->path = prov_str(ps, path);
			p->off = s->off + off;
			p->pid = pid;
			p->refused = insn_refused(path, p->off);
			continue;
		}
		const char *nmv = names[fam == DT_FAM_URETPROBE];
		struct probe *p;

		if (!probes_gmatch(nmv, f[4])) {
			if (fam == DT_FAM_UPROBE && !strcmp(s->name, s->canon) &&
			    add_offset_probes(ps, first, provbuf, mod, path, s, f[4],
					      pid)) {
				rc = -1;
				break;
			}
			continue;
		}
		if ((p = uproc_find_probe(ps, first, provbuf, mod, s->canon, nmv))) {
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
		p->path = prov_str(ps, path);
		p->off = s->off;
		p->pid = pid;
		if (fam == DT_FAM_URETPROBE) {
			/* at each instruction leaving func (pid_ret.c) */
			uint32_t *sites;
			int ns = pid_return_sites(path, s->off, s->size, &sites);

			if (ns > 0 && prov_keep(ps, sites))
				p->rets = sites, p->nrets = ns;
			else if (ns == 0)
				p->nrets = -1; /* never returns: no uretprobe either */
		}
		if (!p->nrets) /* at the function's first instruction */
			p->refused = insn_refused(path, p->off);
		if (fam == DT_FAM_UPROBE && !strcmp(s->name, s->canon) &&
		    add_offset_probes(ps, first, provbuf, mod, path, s, f[4], pid)) {
			rc = -1;
			break;
		}
	}
	return rc;
}

static int pid_desc(struct probes *ps, int fam, const struct prov_desc *pd,
		    const struct dtrun_opts *o, int first)
{
	return uproc_desc(ps, fam, pd, o, first, 0, pid_module);
}

/*
 * A return probe: a uprobe on each instruction leaving the function, the
 * cookie's high half its offset, the program's arg0; a function that did
 * not decode gets a uretprobe.  One that decoded with no such instruction
 * (_start) gets nothing, as fasttrap finds no return point in it: a
 * uretprobe there would replace what lies at the stack pointer on entry,
 * which for _start is argc, not a return address.  A probe the kernel
 * refuses at some instructions is soft: skipped.
 */
static int pid_attach_probe(struct dtrun *d, struct bpf_program *prog, int p, const struct probe *pr,
			    uint64_t cookie)
{
	LIBBPF_OPTS(bpf_uprobe_opts, uo, .bpf_cookie = cookie,
		    .retprobe = dt_family(d->meta.progs[p].fam)->ret);
	struct bpf_link *l;

	for (int k = 0; k < pr->nrets; k++) {
		LIBBPF_OPTS(bpf_uprobe_opts, ro,
			    .bpf_cookie = cookie | ((uint64_t)pr->rets[k] & DT_COOKIE_OFF_MASK) << 32);

		l = bpf_program__attach_uprobe_opts(prog, pr->pid, pr->path, pr->off + pr->rets[k],
						    &ro);
		if (!l) {
			prov_fail(pr, "uprobe", errno);
			return -1;
		}
		if (run_add_link(d, l))
			return -1;
	}
	if (pr->nrets)
		return 0;
	l = bpf_program__attach_uprobe_opts(prog, pr->pid, pr->path, pr->off, &uo);

	if (!l && pr->soft)
		return 0; /* an instruction the kernel does not probe */
	if (!l) {
		prov_fail(pr, "uprobe", errno);
		return -1;
	}
	return run_add_link(d, l);
}

/*
 * Before load: a probe the kernel will not place fails the enabling, as
 * DTrace's (its uprobe's perf_event_open() fails with ENOTSUPP): said
 * before any probe is attached, since each attached one costs a kernel
 * grace period to remove (about 0.1 s; a whole library's are minutes).
 */
static int pid_before_load(struct dtrun *d)
{
	for (int i = 0; i < d->en.natt; i++) {
		const struct probe *pr = &d->probes.v[d->en.att[i][1]];

		if ((pr->fam == DT_FAM_UPROBE || pr->fam == DT_FAM_URETPROBE) && pr->refused) {
			dt_err("failed to enable probe %s:%s:%s:%s: uprobe: the kernel does not "
			       "probe %s\n", pr->prov, pr->mod, pr->func, pr->name, pr->refused);
			return -1;
		}
	}
	return 0;
}

const struct prov_ops prov_pid = {
	.name = "pid",
	.fams = 1u << DT_FAM_UPROBE | 1u << DT_FAM_URETPROBE,
	.desc = pid_desc,
	.before_load = pid_before_load,
	.attach_probe = pid_attach_probe,
};
