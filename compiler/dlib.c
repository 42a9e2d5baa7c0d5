/*
 * dlib.c: the D library, loaded before every script.
 *
 * Every *.d file of the installed library directory (dtc_dlib_dir()) and
 * then of each -L directory (none with -x nolibs) is added as a source file ahead of the script,
 * in name order, so its typedefs are type names when the script is lexed.
 * Parsing a few kilobytes costs next to nothing; sema resolves the library's
 * typedefs, inlines and translators only when a script uses them
 * (sema_decl.c, sema_inline.c), so kernel BTF is loaded only for scripts
 * that need it.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dtc.h"
#include "sema.h"

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every *.d of dir in name order, or only the file named only. */
static void load_dir(struct dtc *dx, const char *dir, const char *only)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char *names[256];
	int n = 0, i;

	if (!d)
		return;
	while ((e = readdir(d)) && n < 256) {
		size_t l = strlen(e->d_name);
		if (l > 2 && !strcmp(e->d_name + l - 2, ".d") && (!only || !strcmp(e->d_name, only)))
			names[n++] = arena_strdup(dx, e->d_name);
	}
	closedir(d);
	qsort(names, (size_t)n, sizeof(names[0]), cmp_names);
	for (i = 0; i < n; i++) {
		char *path = arena_printf(dx, "%s/%s", dir, names[i]);
		FILE *f = fopen(path, "r");
		char *buf;
		long len;
		if (!f)
			continue;
		fseek(f, 0, SEEK_END);
		len = ftell(f);
		fseek(f, 0, SEEK_SET);
		buf = arena_alloc(dx, (size_t)len + 1);
		if (len > 0 && fread(buf, 1, (size_t)len, f) != (size_t)len)
			len = 0;
		fclose(f);
		buf[len > 0 ? len : 0] = 0;
		dtc_add_file(dx, path, buf, (size_t)(len > 0 ? len : 0));
	}
}

/*
 * -x nolibs (DTRACE_C_NOLIBS): dt_load_libs() loads no library file; only
 * what libdtrace compiles whatever that option says (_dtrace_hardwire's
 * NULL: types.d here) stays.
 */
void dlib_load(struct dtc *dx)
{
	const char *sys = dtc_dlib_dir();
	int nolibs = sema_option(dx, "nolibs") != NULL;

	if (sys)
		load_dir(dx, sys, nolibs ? "types.d" : NULL);
	if (!nolibs && dx->dlib_dir && (!sys || strcmp(dx->dlib_dir, sys)))
		load_dir(dx, dx->dlib_dir, NULL);
	dx->ndlib_files = dx->nfiles;
}
