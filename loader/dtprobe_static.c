/*
 * dtprobe_static.c: sdt:::dt_probe in programs linked with the static
 * libdtprobe.a.  Such a program calls its own copy of dt_probe(), in its
 * own file, which the uprobe on libdtprobe.so.1 (prov.c add_dt_probe())
 * never reaches.  libdtprobe's dt_probe() carries a USDT note (provider
 * libdtprobe, probe dt_probe, at the function's entry: runtime/libdtprobe/
 * dt_probe.c), which linking copies into the program, stripped or not; so
 * dtrun looks for that note in the files mapped by the -c/-p processes and,
 * for a description naming sdt:::dt_probe, by every process running when
 * it starts, and puts the same uprobe on each copy it finds:
 * sdt:<file>:dt_probe:dt_probe.  A uprobe is per file, so
 * every later process of such a program fires too; a program first started
 * after dtrun is not found (README).  Part of the probes.c stage.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <dirent.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dtrun.h"
#include "uproc.h"

struct seen {
	dev_t *dev;
	ino_t *ino;
	int n;
};

static int seen_add(struct seen *s, const struct stat *st)
{
	dev_t *nd;
	ino_t *ni;

	for (int i = 0; i < s->n; i++)
		if (s->dev[i] == st->st_dev && s->ino[i] == st->st_ino)
			return 0;
	nd = realloc(s->dev, sizeof(*nd) * (s->n + 1));
	if (nd)
		s->dev = nd;
	ni = realloc(s->ino, sizeof(*ni) * (s->n + 1));
	if (ni)
		s->ino = ni;
	if (!nd || !ni)
		return 0;
	s->dev[s->n] = st->st_dev;
	s->ino[s->n++] = st->st_ino;
	return 1;
}

/* The file offset of libdtprobe's dt_probe note in an ELF file, or 0. */
static uint64_t note_off(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	Elf_Scn *scn = NULL;
	uint64_t pc = 0, off = 0;
	size_t shstr, n;
	Elf *e;

	if (fd < 0)
		return 0;
	elf_version(EV_CURRENT);
	e = elf_begin(fd, ELF_C_READ_MMAP, NULL);
	if (!e || elf_kind(e) != ELF_K_ELF || elf_getshdrstrndx(e, &shstr) != 0)
		goto done;
	while (!pc && (scn = elf_nextscn(e, scn)) != NULL) {
		GElf_Shdr sh;
		GElf_Nhdr nh;
		Elf_Data *d;
		const char *nm;
		size_t at = 0, noff, doff;

		if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_NOTE ||
		    !(nm = elf_strptr(e, shstr, sh.sh_name)) || strcmp(nm, ".note.stapsdt") ||
		    !(d = elf_getdata(scn, NULL)))
			continue;
		while (!pc && (at = gelf_getnote(d, at, &nh, &noff, &doff)) > 0) {
			const char *desc = (const char *)d->d_buf + doff;
			static const char want[] = "libdtprobe\0dt_probe";

			if (nh.n_type == 3 && nh.n_descsz >= 24 + sizeof(want) &&
			    !memcmp(desc + 24, want, sizeof(want)))
				memcpy(&pc, desc, 8);
		}
	}
	/* the note's address, a virtual address, as a file offset */
	if (pc && elf_getphdrnum(e, &n) == 0)
		for (size_t i = 0; i < n && !off; i++) {
			GElf_Phdr ph;

			if (gelf_getphdr(e, (int)i, &ph) && ph.p_type == PT_LOAD &&
			    pc >= ph.p_vaddr && pc < ph.p_vaddr + ph.p_filesz)
				off = pc - ph.p_vaddr + ph.p_offset;
		}
done:
	if (e)
		elf_end(e);
	close(fd);
	return off;
}

static int add_file(struct probes *ps, struct seen *s, const char *path, const struct stat *shared)
{
	struct stat st;
	uint64_t off;
	struct probe *p;
	const char *b;

	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode) ||
	    (shared && st.st_dev == shared->st_dev && st.st_ino == shared->st_ino) ||
	    !seen_add(s, &st) || !(off = note_off(path)))
		return 0;
	b = strrchr(path, '/');
	p = probes_add(ps, "sdt", prov_str(ps, b ? b + 1 : path), "dt_probe", "dt_probe",
		       DT_FAM_UPROBE, 0);
	if (!p)
		return -1;
	p->path = prov_str(ps, path);
	p->off = off;
	return 0;
}

/* The files of /proc/PID/maps (the executable's first). */
static int add_process(struct probes *ps, struct seen *s, const char *pid, const struct stat *shared)
{
	char path[64], line[PATH_MAX + 256];
	FILE *f;
	int rc = 0;

	snprintf(path, sizeof(path), "/proc/%s/maps", pid);
	if (!(f = fopen(path, "re")))
		return 0;
	while (rc == 0 && fgets(line, sizeof(line), f)) {
		char *file = strchr(line, '/');

		if (!file || !strstr(line, " r-xp ") || strstr(file, " (deleted)"))
			continue;
		file[strcspn(file, "\n")] = '\0';
		rc = add_file(ps, s, file, shared);
	}
	fclose(f);
	return rc;
}

int prov_dt_probe_static(struct probes *ps, const struct dtrun_opts *o, const char *shared_path,
			 int all)
{
	struct stat shared_st;
	const struct stat *shared = shared_path && stat(shared_path, &shared_st) == 0 ? &shared_st
										       : NULL;
	struct seen s = { 0 };
	struct dirent *de;
	char **mods = NULL, self[32];
	int nm = 0, rc = 0;
	DIR *dir;

	/* the -c/-p processes first: a -c child may not have run its command yet */
	for (int k = 0; k < o->nprocs; k++) {
		if (o->procs[k].pid > 0 && (nm = uproc_modules(o, o->procs[k].pid, &mods)) > 0)
			for (int i = 0; i < nm; i++) {
				if (rc == 0)
					rc = add_file(ps, &s, mods[i], shared);
				free(mods[i]);
			}
		free(mods);
		mods = NULL;
	}
	snprintf(self, sizeof(self), "%d", (int)getpid());
	if (rc == 0 && all && (dir = opendir("/proc")) != NULL) {
		while (rc == 0 && (de = readdir(dir)) != NULL)
			if (isdigit((unsigned char)de->d_name[0]) && strcmp(de->d_name, self))
				rc = add_process(ps, &s, de->d_name, shared);
		closedir(dir);
	}
	free(s.dev);
	free(s.ino);
	return rc;
}
