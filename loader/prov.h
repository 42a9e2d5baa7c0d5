/*
 * prov.h: dtrun's providers, one file each (loader/prov_<name>.c) behind
 * struct prov_ops, and prov.c, their table and what they share.
 *
 * A provider lists this host's probes of the families it owns
 * (runtime/dt_family.h), for matching and for -l, and attaches the programs
 * of those families; it may prepare them before load.  dtc's side of each
 * is compiler/prov_<name>.c.  Adding a provider: README "Layout".
 */
#ifndef DTRUN_PROV_H
#define DTRUN_PROV_H

#include <bpf/libbpf.h>

#include "dtrun.h"

/* The argument types found for a probe, one string each (malloc'd). */
struct argtypes {
	char *v[16];
	int n;
};

/*
 * One description of a clause, for the providers that raise DTrace's
 * compile errors as they add its probes (pid, USDT: dt_pid.c), worded as
 * dt_set_errmsg() words them: the -n it came from, or the script's line.
 */
struct prov_desc {
	const char *text;        /* the description, macros substituted */
	const char *spec;        /* the -n (-P -m -f) it came from; NULL: a script */
	const char *script;      /* or the script, by name */
	int line;                /* its line in the script; 0: unknown */
	char **fix;              /* the clause's own copy of text, which a pid
				    description rewrites (uproc_desc()), or NULL */
	char *err;               /* or NULL: the error's "TAG message" goes here,
				    unsaid (prov_pid_check()) */
	size_t errlen;
};

struct prov_ops {
	const char *name;
	unsigned fams;           /* 1 << DT_FAM_*: the families it owns */
	/* Adds this host's probes the object m needs, or with list every
	 * probe it has (-l): 0, -1 out of memory, -2 after an error (said). */
	int (*probes)(struct probes *ps, const struct meta *m, const struct dtrun_opts *o, int list);
	/* Adds the probes one description of a family-fam clause names, for
	 * providers whose probes exist per process (pid, USDT); probes from
	 * index first on are this walk's.  0, or -1 after an error (said). */
	int (*desc)(struct probes *ps, int fam, const struct prov_desc *pd,
		    const struct dtrun_opts *o, int first);
	int (*before_load)(struct dtrun *d);   /* after rodata is set; 0 or -1 (said) */
	/* Attaches program p (of its family): 0 or -1 (said); or NULL and ... */
	int (*attach)(struct dtrun *d, struct bpf_program *prog, int p);
	/* ... one probe the matching gave program p (d->en.att, cookie families),
	 * with its BPF cookie (prov_cookie(): the probe ID and description) */
	int (*attach_probe)(struct dtrun *d, struct bpf_program *prog, int p, const struct probe *pr,
			    uint64_t cookie);
	/* After "desc matches nothing": why this provider's probe is missing */
	void (*why_none)(const struct probes *ps, const char *desc);
	/* dtrace -lv: probe p's argument types (probeinfo_*() below); NULL: none */
	void (*argtypes)(const struct probe *p, struct argtypes *at);
};

/* The base providers, whose probes come first in DTrace's ID order
 * (probes.c: probes_build()), then the others (prov_probes_add()). */
extern const struct prov_ops prov_dtrace, prov_profile, prov_syscall;
extern const struct prov_ops prov_cpc, prov_tp, prov_sdt, prov_fbt, prov_pid, prov_usdt;

/* prov_sdt.c: sdt:::dt_probe in programs linked with libdtprobe.a, after
 * every other probe (dtprobe_static.c); 0 or -1 out of memory */
int prov_sdt_static(struct probes *ps, const struct meta *m, const struct dtrun_opts *o, int list);

/* prov_fbt.c: how a kernel function's probes attach here (btf_id: the
 * function's BTF id), decided once; *err: why fentry was refused */
enum { FBT_FENTRY = 1, FBT_KPROBE, FBT_NONE };
int prov_kfunc_mode(__u32 btf_id, int *err);

/* prov.c: for the providers */
const struct prov_ops *prov_of(int fam);            /* the family's provider, or NULL */
int prov_meta_has(const struct meta *m, int fam);   /* a program of family fam */
int prov_add_fd(struct dtrun *d, int fd);           /* closed by run_detach() */
uint64_t prov_cookie(const struct dtrun *d, const struct probe *pr, int dsc);
void prov_fail(const struct probe *p, const char *how, int err); /* "failed to enable" */
/* What dtrace says of pid description desc (pidN:mod:func:name) as it sets
 * its clause's context: "" (probes made), or "TAG message" in res */
int prov_pid_check(const char *desc, const struct dtrun_opts *o, char *res, size_t len);

/* probeinfo.c: for the argtypes hooks */
void probeinfo_add(struct argtypes *at, const char *t);
/* a tracefs format file's argument fields, `skip` more left out */
int probeinfo_format(const char *group, const char *event, int skip, struct argtypes *at); /* 0, or -1 unreadable */
/* the parameter count of BTF type id's prototype, -1 if none; *is_void */
int probeinfo_btf_params(const struct btf *btf, __s32 id, int *is_void);
void probeinfo_uint64(struct argtypes *at, int n); /* n uint64_t */

#endif
