/*
 * prov_usdt.c: dtrun's USDT provider: PROVIDER<PID>:MODULE:FUNCTION:NAME
 * from the .note.stapsdt notes of the files the process maps (uproc.c),
 * attached through libbpf's USDT support (semaphores included) with the
 * probe ID as cookie; dtrun -l -p/-c lists every provider of the process.
 * dtc's side: compiler/prov_usdt.c.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "prov.h"
#include "uproc.h"

/* The USDT probes of one module of the process a description names. */
static int usdt_module(const struct uproc_mod *um)
{
	struct probes *ps = um->ps;
	const struct elf_file *ef = um->ef;
	char(*f)[DT_PDESC_LEN] = um->f;
	const char *pname = um->pname, *provbuf = um->provbuf, *mod = um->mod, *path = um->path;
	int fam = um->fam, first = um->first, pid = um->pid, rc = 0;

	for (int k = 0; k < ef->nnotes; k++) {
		const char *fn = uproc_func_at(ef, ef->notes[k].pc);
		struct probe *p;

		if (strcmp(ef->notes[k].prov, pname) || !probes_gmatch(fn, f[3]) ||
		    !probes_gmatch(ef->notes[k].name, f[4]) ||
		    uproc_has_probe(ps, first, provbuf, mod, fn, ef->notes[k].name))
			continue;
		/* libbpf attaches every site of provider:name in the file */
		if (!(p = probes_add(ps, prov_str(ps, provbuf), prov_str(ps, mod),
				     prov_str(ps, fn), prov_str(ps, ef->notes[k].name),
				     fam, 0))) {
			rc = -1;
			break;
		}
		p->path = prov_str(ps, path);
		p->pid = pid;
		p->usdt_prov = prov_str(ps, pname);
		p->usdt_name = prov_str(ps, ef->notes[k].raw);
		if (ef->notes[k].args)
			p->usdt_args = prov_str(ps, ef->notes[k].args);
	}
	return rc;
}

static int usdt_desc(struct probes *ps, int fam, const struct prov_desc *pd,
		     const struct dtrun_opts *o, int first)
{
	return uproc_desc(ps, fam, pd, o, first, 1, usdt_module);
}

/*
 * dtrace -l -p PID / -l -c CMD: the process's USDT probes, every provider of
 * every mapped file's notes, as dtrace creates them when it grabs a process.
 */
int prov_usdt_all(struct probes *ps, const struct dtrun_opts *o, int pid)
{
	char **mods = NULL, provbuf[160];
	int nm, first = ps->n, rc = 0;

	nm = uproc_modules(o, pid, &mods);
	for (int i = 0; i < nm; i++) {
		const char *mod = uproc_base(mods[i]);
		struct elf_file ef;

		if (rc == 0 && uproc_elf_read(mods[i], &ef) == 0) {
			for (int k = 0; k < ef.nnotes && rc == 0; k++) {
				const char *fn = uproc_func_at(&ef, ef.notes[k].pc);
				struct probe *p;

				snprintf(provbuf, sizeof(provbuf), "%s%d", ef.notes[k].prov, pid);
				if (uproc_has_probe(ps, first, provbuf, mod, fn, ef.notes[k].name))
					continue;
				p = probes_add(ps, prov_str(ps, provbuf), prov_str(ps, mod),
					       prov_str(ps, fn), prov_str(ps, ef.notes[k].name),
					       DT_FAM_USDT, 0);
				if (!p) {
					rc = -1;
					break;
				}
				p->path = prov_str(ps, mods[i]);
				p->pid = pid;
				p->usdt_prov = prov_str(ps, ef.notes[k].prov);
				p->usdt_name = prov_str(ps, ef.notes[k].raw);
				if (ef.notes[k].args)
					p->usdt_args = prov_str(ps, ef.notes[k].args);
			}
			uproc_elf_free(&ef);
		}
		free(mods[i]);
	}
	free(mods);
	return rc;
}

static int usdt_attach_probe(struct dtrun *d, struct bpf_program *prog, int p,
			     const struct probe *pr, uint64_t cookie)
{
	LIBBPF_OPTS(bpf_usdt_opts, uo, .usdt_cookie = cookie);
	struct bpf_link *l;

	(void)p;
	l = bpf_program__attach_usdt(prog, pr->pid, pr->path, pr->usdt_prov, pr->usdt_name, &uo);
	if (!l) {
		prov_fail(pr, "USDT", errno);
		return -1;
	}
	return run_add_link(d, l);
}

/* -lv: the stapsdt arguments "N@LOC ...": N bytes, signed when N is negative. */
static void usdt_argtypes(const struct probe *p, struct argtypes *at)
{
	const char *args = p->usdt_args;
	char buf[16];

	while (args && *args) {
		char *end;
		long sz;
		int neg, bits;

		while (*args == ' ')
			args++;
		if (!*args)
			break;
		sz = strtol(args, &end, 10);
		neg = sz < 0;
		sz = neg ? -sz : sz;
		if (end == args || *end != '@')
			sz = 8, neg = 0;
		bits = sz == 1 ? 8 : sz == 2 ? 16 : sz == 3 || sz == 4 ? 32 : 64;
		snprintf(buf, sizeof(buf), "%sint%d_t", neg ? "" : "u", bits);
		probeinfo_add(at, buf);
		args = strchr(args, ' ');
	}
}

const struct prov_ops prov_usdt = {
	.name = "usdt",
	.fams = 1u << DT_FAM_USDT,
	.desc = usdt_desc,
	.attach_probe = usdt_attach_probe,
	.argtypes = usdt_argtypes,
};
