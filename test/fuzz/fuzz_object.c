/*
 * fuzz_object.c: libFuzzer target for what dtrun does with an object file
 * before libbpf loads it (loader/main.c, in order): the ELF checks
 * (obj.c), the ".dtc" metadata (meta.c, agg.c, print.c), the options it
 * sets, probe matching on this host (probes.c, prov.c), the consumer's
 * decoding of each action (fastfmt.c) and record sizes (consume.c), then
 * libbpf's bpf_object__open_mem() and the load-time parameters (run.c).
 * Nothing is loaded into the kernel.  Seeds: objects dtc compiled
 * (test/fuzz/README.md).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "dtrun.h"
#include "agg.h"
#include "fastfmt.h"

static int quiet_print(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	libbpf_set_print(quiet_print);
	dt_err_quiet = 1; /* messages go nowhere here */
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct dtrun_opts o = { 0 };
	struct dtrun d = { 0 };
	char msg[512];
	char *img;

	/* a copy exactly the input's size, so ASan sees any read past it */
	img = malloc(size ? size : 1);
	if (!img)
		return 0;
	memcpy(img, data, size);
	o.out = stdout;
	o.instance = "host";
	o.desc_kind = "script";
	o.desc_name = "fuzz.o";
	o.bufsize = 1 << 20;
	o.bufsize_req = 1 << 20;
	d.o = &o;
	d.stat_fd = -1;
	if (obj_check(img, size, msg, sizeof(msg)) || meta_read(img, size, &d.meta, msg, sizeof(msg)))
		goto out;
	consume_default_bufsize(&d);
	consume_bufsize_check(&d);
	if (probes_build(&d.probes, &d.meta, 1) || prov_probes_add(&d.probes, &d.meta, &o, 0))
		goto out;
	if (probes_match(&d.probes, &d.meta, o.instance, 1, &d.en) != 0)
		goto out;
	if (fast_init(&d))
		goto out;
	if (run_open(&d, img, size, "fuzz.o") == 0)
		dynvar_check(&d);
out:
	if (d.obj)
		run_close(&d);
	fast_free(&d);
	probes_free(&d.probes);
	probes_enabling_free(&d.en);
	meta_free(&d.meta);
	free(img);
	return 0;
}
