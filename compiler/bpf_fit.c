/*
 * bpf_fit.c: whether the BPF object clang made will still load once the
 * kernel's verifier has patched it, and how dtc compiles again when not.
 *
 * BPF jumps (BPF CPU v1-v3, and v4's conditional jumps) carry a 16-bit
 * offset: at most 32767 instructions.  clang checks that for the code it
 * writes, but the verifier then rewrites some instructions into several
 * (do_misc_fixups(): a map lookup becomes the map's inline lookup, up to 9
 * instructions for an array of maps; bpf_get_smp_processor_id() and
 * bpf_get_current_task() inline; a division by a register gains its check
 * for 0), and a jump across them grows; past 32767 the load fails with
 * "insn N cannot be patched due to 16-bit range".  So a clause of 26-32K
 * instructions passed clang and failed at load (a clause of 1,380
 * statements: its exit jump crossed 32,313 instructions and 922 lookups).
 *
 * bpf_fit_reach() bounds each jump's length after those patches: its
 * offset plus, for each instruction it crosses, the most the verifier adds
 * there (FIT_CALL for a helper call, FIT_LOOP for bpf_loop(), FIT_DIV for a
 * division or modulo by a register), plus FIT_SLACK.  Past FIT_REACH, dtc
 * compiles the script again (a second compile in one process crashes LLVM
 * 19, driver.cpp, so dtc runs itself again with DTC_BPF_FIT set):
 *   stage 1: each clause's statements one function or more, of at most
 *            FIT_NODES1 nodes of D each (emit_stmt.c; an ERROR clause's
 *            not), called with BPF-to-BPF calls, whose 32-bit offsets reach
 *            anywhere: this loads on every kernel dtc supports (Linux 4.16
 *            has BPF-to-BPF calls);
 *   stage 2: the same with FIT_NODES2 nodes (one statement much larger
 *            than its nodes suggest);
 *   stage 3: stage 2's C for BPF CPU v4, whose gotol reaches anywhere
 *            (Linux 6.6 or later; dtc warns): one statement too large alone.
 * clang's own "out of insn range" (driver.cpp) takes the next stage too.
 * A script read from stdin is read again from a memory copy.
 */
#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <linux/bpf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "dtc.h"

#define FIT_REACH 32767 /* a 16-bit jump offset's reach */
#define FIT_SLACK 256   /* what no rule below counts (context field rewrites) */
#define FIT_CALL 9      /* a helper call: an array of maps' inline lookup, 10 for 1 */
#define FIT_LOOP 24     /* bpf_loop() inlined (inline_bpf_loop(): 17 for 1) */
#define FIT_DIV 8       /* a division or modulo by a register: its check for 0 */
#define FIT_NODES1 2000 /* stage 1: nodes of D per function (about 6K instructions) */
#define FIT_NODES2 250  /* stage 2 */

static const char fit_env[] = "DTC_BPF_FIT";
static int stdin_fd = -1; /* a memory copy of the script read from stdin */

int bpf_fit_stage(void)
{
	const char *s = getenv(fit_env);
	int n = s ? atoi(s) : 0;

	return n < 0 ? 0 : n > 3 ? 3 : n;
}

int bpf_fit_split_nodes(void)
{
	int stage = bpf_fit_stage();

	return stage == 0 ? 0 : stage == 1 ? FIT_NODES1 : FIT_NODES2;
}

void bpf_fit_keep_stdin(const char *text, size_t len)
{
	int fd = memfd_create("dtc-stdin", MFD_CLOEXEC);

	if (fd < 0)
		return;
	if (write(fd, text, len) != (ssize_t)len) {
		close(fd);
		return;
	}
	stdin_fd = fd;
}

/*
 * Run dtc again, with the same arguments (from /proc/self), at the next
 * stage; returns only when there is none, or the run failed to start.
 */
void bpf_fit_retry(void)
{
	static char cmdline[1 << 16];
	char *argv[1024], stage[2];
	size_t n = 0;
	int argc = 0;
	FILE *f;

	if (bpf_fit_stage() >= 3 || !(f = fopen("/proc/self/cmdline", "r")))
		return;
	n = fread(cmdline, 1, sizeof(cmdline) - 1, f);
	fclose(f);
	if (n == 0 || n == sizeof(cmdline) - 1)
		return;
	cmdline[n] = 0;
	for (size_t i = 0; i < n && argc < 1023; i += strlen(cmdline + i) + 1)
		argv[argc++] = cmdline + i;
	argv[argc] = NULL;
	stage[0] = (char)('1' + bpf_fit_stage());
	stage[1] = 0;
	setenv(fit_env, stage, 1);
	if (stdin_fd >= 0 && (lseek(stdin_fd, 0, SEEK_SET) || dup2(stdin_fd, 0) < 0))
		return;
	fflush(NULL);
	execv("/proc/self/exe", argv);
}

/* At most what the verifier adds at instruction p (see the file's comment). */
static int fit_growth(const unsigned char *p)
{
	unsigned code = p[0], cls = code & 7, op = code & 0xf0, src = p[1] >> 4;
	int imm;

	memcpy(&imm, p + 4, 4);
	if (code == (BPF_JMP | BPF_CALL))
		return src != 0 ? 0 : imm == 181 /* bpf_loop */ ? FIT_LOOP : FIT_CALL;
	if ((cls == BPF_ALU || cls == BPF_ALU64) && (op == BPF_DIV || op == BPF_MOD) &&
	    (code & BPF_X))
		return FIT_DIV;
	return 0;
}

/* The longest jump of the n instructions at p, after the verifier's patches. */
static long fit_section(const unsigned char *p, size_t n)
{
	long *grow = calloc(n + 1, sizeof(long)), worst = 0;

	if (!grow)
		return FIT_REACH + 1;
	for (size_t i = 0; i < n; i++)
		grow[i + 1] = grow[i] + fit_growth(p + 8 * i);
	for (size_t i = 0; i < n; i++) {
		const unsigned char *q = p + 8 * i;
		unsigned cls = q[0] & 7, op = q[0] & 0xf0;
		short off;
		long t, len;

		if ((cls != BPF_JMP && cls != BPF_JMP32) || op == BPF_CALL || op == BPF_EXIT)
			continue;
		if (cls == BPF_JMP32 && op == BPF_JA)
			continue; /* gotol: a 32-bit offset */
		memcpy(&off, q + 2, 2);
		t = (long)i + 1 + off;
		if (t < 0 || t > (long)n)
			continue;
		/* forward: what lies between; backward: the target up to the jump */
		len = off >= 0 ? off + grow[t] - grow[i + 1] : -(long)off + grow[i] - grow[t];
		if (len > worst)
			worst = len;
	}
	free(grow);
	return worst;
}

/*
 * The longest jump in the executable sections of the ELF object at obj,
 * after the verifier's patches, plus FIT_SLACK; more than FIT_REACH: the
 * object may not load.  *insns: the largest section's instructions.
 */
long bpf_fit_reach(const void *obj, size_t len, long *insns)
{
	const Elf64_Ehdr *eh = obj;
	long worst = 0;

	*insns = 0;
	if (len < sizeof(*eh) || memcmp(eh->e_ident, ELFMAG, SELFMAG) ||
	    eh->e_ident[EI_CLASS] != ELFCLASS64 || eh->e_shentsize != sizeof(Elf64_Shdr) ||
	    eh->e_shoff > len || (len - eh->e_shoff) / sizeof(Elf64_Shdr) < eh->e_shnum)
		return 0;
	for (int i = 0; i < eh->e_shnum; i++) {
		Elf64_Shdr sh;
		long w;

		memcpy(&sh, (const char *)obj + eh->e_shoff + i * sizeof(sh), sizeof(sh));
		if (sh.sh_type != SHT_PROGBITS || !(sh.sh_flags & SHF_EXECINSTR) ||
		    sh.sh_offset > len || sh.sh_size > len - sh.sh_offset)
			continue;
		if ((long)(sh.sh_size / 8) > *insns)
			*insns = (long)(sh.sh_size / 8);
		w = fit_section((const unsigned char *)obj + sh.sh_offset, sh.sh_size / 8);
		if (w > worst)
			worst = w;
	}
	return worst ? worst + FIT_SLACK : 0;
}
