/*
 * uproc.h: what dtrun's user-space providers share (uproc.c): the ELF
 * symbols and stapsdt notes of a file (libelf), the files a process maps,
 * and the walk of one pid/USDT description over them.  Used by the pid
 * (prov_pid.c) and USDT (prov_usdt.c) providers and sdt:::dt_probe
 * (prov_sdt.c).
 */
#ifndef DTRUN_UPROC_H
#define DTRUN_UPROC_H

#include "prov.h"

struct elf_sym {
	char *name;
	uint64_t off;   /* file offset */
	uint64_t size;
	int local;      /* STB_LOCAL */
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

int uproc_elf_read(const char *path, struct elf_file *f); /* 0, or -1: not an ELF file */
void uproc_elf_free(struct elf_file *f);
const char *uproc_func_at(const struct elf_file *f, uint64_t off); /* "" if none */
const char *uproc_base(const char *path);
/* pid's '-' function: the file offset of address va of its executable path */
uint64_t uproc_addr_off(int pid, const char *path, uint64_t va, int *ok);
/* The files process pid maps (malloc'd paths, executable first; a -c child
 * of o->procs[] not yet exec'd: its command's file); -1 if none. */
int uproc_modules(const struct dtrun_opts *o, int pid, char ***out);
struct probe *uproc_find_probe(const struct probes *ps, int from, const char *prov,
			       const char *mod, const char *func, const char *name);
int uproc_has_probe(const struct probes *ps, int from, const char *prov, const char *mod,
		    const char *func, const char *name);
void __attribute__((format(printf, 4, 5)))
uproc_desc_error(const struct dtrun_opts *o, const char *tag, const struct prov_desc *pd,
		 const char *fmt, ...);

/* One module of the process a pid/USDT description names (uproc_desc()). */
struct uproc_mod {
	struct probes *ps;
	int fam;                 /* DT_FAM_UPROBE, DT_FAM_URETPROBE or DT_FAM_USDT */
	const char *desc;        /* the description */
	const struct prov_desc *pd; /* it and where it came from, for messages */
	char (*f)[DT_PDESC_LEN]; /* its fields */
	const struct dtrun_opts *o;
	int first;               /* the probes this walk added start here */
	const char *pname;       /* provider without the pid: "pid", "myprov" */
	const char *provbuf;     /* with it: "pid123" */
	const char *mod;         /* module name (the executable's own for a.out) */
	const char *path;        /* its file */
	const struct elf_file *ef;
	int pid;
};

/*
 * Calls each(um) for every module of the process desc names that its module
 * field matches: 0, or -1 after an error (said).  usdt: desc names a USDT
 * provider (PROVIDER<PID>), else the pid provider.
 */
int uproc_desc(struct probes *ps, int fam, const struct prov_desc *pd, const struct dtrun_opts *o,
	       int first, int usdt, int (*each)(const struct uproc_mod *um));

/* Rewrites field i of the clause's copy of pd's description to v: the
 * object's or the function's own name (dt_pid.c). */
void uproc_fix_field(const struct prov_desc *pd, int i, const char *v);

#endif
