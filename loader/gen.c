/*
 * gen.c: dtrace -h and dtrace -G through dtrun.  Installed as dtrace
 * (-DDTRUN_DTRACE_LINK=ON), dtrun gets the command lines build systems give
 * dtrace to build USDT probes into a program (PostgreSQL, CPython, Node,
 * MySQL: dtrace -h -s x.d -o x.h, dtrace -G -s x.d -o x.o objs...); that
 * work is dtc's (compiler/usdt_gen.c), so dtrun hands the command line to
 * dtc unchanged.  Runs before dtrun parses its options.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dtrun.h"

/* dtrace(1) options whose argument is the next word */
static int takes_arg(const char *a)
{
	static const char with_arg[] = "bcDdfiILmMnoOpPsUxX";

	return a[0] == '-' && a[1] && !a[2] && strchr(with_arg, a[1]);
}

/* Whether option group a ("-qs", "-n", "-sx.d") gives a program: -s -P -m
 * -f -n -i before the first letter that takes a value. */
static int gives_prog(const char *a)
{
	if (a[0] != '-' || a[1] == '-')
		return 0;
	for (a++; *a; a++) {
		if (strchr("sPmfni", *a))
			return 1;
		if (strchr("bcDdILMoOpUxX", *a))
			return 0;
	}
	return 0;
}

int dtrun_gen_exec(int argc, char **argv, const char *dtc)
{
	int gen = 0, modes = 0, progs = 0;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--"))
			break;
		/* dtrace.c's first pass counts each of -G -h -l -V */
		modes += argv[i][0] == '-' && argv[i][1] && !argv[i][2] &&
			 strchr("GhlV", argv[i][1]) != NULL;
		progs += gives_prog(argv[i]);
		if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "-G"))
			gen = argv[i][1];
		else if (takes_arg(argv[i]))
			i++;
	}
	if (!gen)
		return 0;
	if (modes > 1) {
		dt_err("only one of the [-GhlV] options can be specified at a time\n");
		return 2;
	}
	/* DMODE_HEADER and DMODE_LINK with no program (g_cmdc == 0) */
	if (!progs) {
		dt_err("-%c requires one or more scripts or enabling options\n", gen);
		return 2;
	}
	{
		/* dtc in dtrace's words (--dtrace-diags): the command line is dtrace's */
		char **av = calloc((size_t)argc + 2, sizeof(*av));

		if (!av) {
			dt_err("out of memory\n");
			return 1;
		}
		int n = 2;

		av[0] = (char *)dtc;
		av[1] = "--dtrace-diags";
		/* dtrace's options that are not dtc's: -c/-p's processes have
		 * nothing to do with a header or an object (dtrace creates and
		 * drops them), -Z -F -b are options (dt_opt.c) */
		for (int i = 1; i < argc; i++) {
			if (!strcmp(argv[i], "--")) {
				while (i < argc)
					av[n++] = argv[i++];
				break;
			}
			if ((!strcmp(argv[i], "-c") || !strcmp(argv[i], "-p")) && i + 1 < argc) {
				i++;
			} else if (!strcmp(argv[i], "-Z") || !strcmp(argv[i], "-F")) {
				av[n++] = argv[i][1] == 'Z' ? "-xzdefs" : "-xflowindent";
			} else if (!strcmp(argv[i], "-b") && i + 1 < argc) {
				char *x = malloc(strlen(argv[i + 1]) + 12);

				if (x)
					sprintf(x, "-xbufsize=%s", argv[++i]);
				av[n++] = x ? x : argv[i];
			} else {
				if (takes_arg(argv[i]) && i + 1 < argc)
					av[n++] = argv[i++];
				av[n++] = argv[i];
			}
		}
		av[n] = NULL;
		execvp(dtc, av);
		free(av);
	}
	dt_err("-h and -G are dtc's: failed to run %s: %s\n", dtc, strerror(errno));
	return 2;
}
