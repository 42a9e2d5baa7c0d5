/*
 * fuzz_frontend.c: libFuzzer target for dtc's front end.
 *
 * Each input is one D script: a fresh struct dtc, the D library, then
 * lexer -> parser -> sema -> C emission, exactly as dtc runs them, but
 * never clang (the generated C is dropped).  Types come from the pinned
 * BTF of the lit tests (DTC_FUZZ_BTF), so a run does not depend on the
 * host's kernel.  A crash, a sanitizer report, a leak or an input that
 * runs past libFuzzer's -timeout is a bug: D errors are the only way out
 * for bad input.  See test/fuzz/README.md.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dtc.h"
#include "prov.h"
#include "sema.h"

static FILE *devnull;

/*
 * driver.cpp's (LLVM's SHA-256), which this target does not link: the hash
 * names the source in the metadata; the emitter only prints it.
 */
void dtc_sha256_hex(const void *p, size_t n, char out[65])
{
	(void)p;
	(void)n;
	memset(out, '0', 64);
	out[64] = 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	devnull = fopen("/dev/null", "w");
	if (!devnull)
		abort();
	/* the D library and runtime headers of the source tree */
	setenv("DTC_DLIB_DIR", DTC_SOURCE_DIR "/dlib", 0);
	setenv("DTC_RUNTIME_DIR", DTC_SOURCE_DIR "/runtime", 0);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct dtc *dx = dtc_new();

	prov_install(dx);
	dx->diag_out = devnull;
	dx->btf_path = DTC_FUZZ_BTF;
	dx->script_name = "fuzz.d";
	dlib_load(dx);
	dtc_add_file(dx, "fuzz.d", (const char *)data, size);
	sema_parse_all(dx); /* with what precedes a syntax error */
	if (!dx->nerrors && !sema_check(dx) && !dx->nerrors)
		emit_c(dx);
	dtc_free(dx);
	return 0;
}
