/*
 * paths.c: where dtc finds its resources, the BPF-side runtime headers the
 * generated C includes (runtime/, passed to clang as -I) and the D library
 * (dlib/), resolved once at startup.
 *
 * dtc must work from the build tree without installing and from an installed
 * (possibly relocated) prefix, so each directory is looked up in order:
 *   1. $DTC_RUNTIME_DIR / $DTC_DLIB_DIR
 *   2. <dir of /proc/self/exe>/../share/dtc/{runtime,dlib}  (installed)
 *   3. DTC_SOURCE_DIR/{runtime,dlib}    (source tree, recorded by CMake)
 *   4. DTC_INSTALL_DATADIR/{runtime,dlib} (configured install prefix)
 * The first that is an existing directory wins; NULL when none is.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dtc.h"

struct dtc_path {
	int done;
	const char *dir;       /* points into buf or the environment, or NULL */
	char buf[PATH_MAX];
};

static int is_dir(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Write <dir of our executable>/rel into buf; 0 on success. */
static int exe_relative(char *buf, size_t size, const char *rel)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	char *slash;

	if (n <= 0)
		return -1;
	exe[n] = '\0';
	slash = strrchr(exe, '/');
	if (!slash)
		return -1;
	*slash = '\0';
	if ((size_t)snprintf(buf, size, "%s/%s", exe, rel) >= size)
		return -1;
	return 0;
}

static const char *resolve(struct dtc_path *p, const char *env, const char *sub)
{
	const char *e;
	char rel[64];

	if (p->done)
		return p->dir;
	p->done = 1;

	e = getenv(env);
	if (e && *e) {
		p->dir = e;
		return p->dir;
	}
	snprintf(rel, sizeof(rel), "../share/dtc/%s", sub);
	if (exe_relative(p->buf, sizeof(p->buf), rel) == 0 && is_dir(p->buf)) {
		/* Canonicalize so that -v and diagnostics show a clean path. */
		char real[PATH_MAX];
		if (realpath(p->buf, real))
			snprintf(p->buf, sizeof(p->buf), "%s", real);
		p->dir = p->buf;
		return p->dir;
	}
#ifdef DTC_SOURCE_DIR
	snprintf(p->buf, sizeof(p->buf), "%s/%s", DTC_SOURCE_DIR, sub);
	if (is_dir(p->buf)) {
		p->dir = p->buf;
		return p->dir;
	}
#endif
#ifdef DTC_INSTALL_DATADIR
	snprintf(p->buf, sizeof(p->buf), "%s/%s", DTC_INSTALL_DATADIR, sub);
	if (is_dir(p->buf)) {
		p->dir = p->buf;
		return p->dir;
	}
#endif
	p->dir = NULL;
	return NULL;
}

/* A process-wide cache: the answer cannot change while dtc runs. */
static struct dtc_path runtime_path, dlib_path;

const char *dtc_runtime_dir(void)
{
	return resolve(&runtime_path, "DTC_RUNTIME_DIR", "runtime");
}

const char *dtc_dlib_dir(void)
{
	return resolve(&dlib_path, "DTC_DLIB_DIR", "dlib");
}
