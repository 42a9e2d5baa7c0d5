/*
 * pid_ret.c: where a pid return probe fires.  DTrace's pid provider puts a
 * return probe on each instruction that leaves the function (Solaris
 * fasttrap, dt_pid_create_return_probe()): every ret, and every jump whose
 * target is outside the function (a tail call); arg0 is that instruction's
 * offset in the function and arg1 the return value.  A uretprobe knows
 * neither the instruction nor its offset, so dtrun decodes the function
 * (x86insn.c) and puts a plain uprobe on each such instruction, passing its
 * offset in the high half of the BPF cookie (compiler/prov_pid.c's return
 * program).  Part of the probes.c stage, for loader/prov_pid.c.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include "dtrun.h"
#include "x86insn.h"

#if defined(__x86_64__)
/* The instruction at p (len bytes) leaves a function of fsize bytes at at. */
static int leaves(const uint8_t *p, int len, uint32_t at, uint64_t fsize)
{
	int i = 0;
	int64_t target;

	/* legacy prefixes (rep ret, bnd jmp, notrack jmp), then REX */
	while (i < len && (p[i] == 0x66 || p[i] == 0x67 || p[i] == 0xf0 || p[i] == 0xf2 ||
			   p[i] == 0xf3 || p[i] == 0x2e || p[i] == 0x36 || p[i] == 0x3e ||
			   p[i] == 0x26 || p[i] == 0x64 || p[i] == 0x65))
		i++;
	if (i < len && (p[i] & 0xf0) == 0x40)
		i++;
	if (i >= len)
		return 0;
	switch (p[i]) {
	case 0xc3: /* ret */
	case 0xc2: /* ret imm16 */
		return 1;
	case 0xe9: /* jmp rel32 */
		if (i + 5 > len)
			return 0;
		target = (int64_t)at + len + (int32_t)(p[i + 1] | p[i + 2] << 8 | p[i + 3] << 16 |
						       (uint32_t)p[i + 4] << 24);
		return target < 0 || (uint64_t)target >= fsize;
	case 0xeb: /* jmp rel8 */
		if (i + 2 > len)
			return 0;
		target = (int64_t)at + len + (int8_t)p[i + 1];
		return target < 0 || (uint64_t)target >= fsize;
	case 0xff:
		/* jmp *sym@GOTPCREL(%rip): a tail call through the GOT (-fno-plt);
		 * jumps through registers stay in the function (switch tables) */
		return i + 1 < len && p[i + 1] == 0x25;
	default:
		return 0;
	}
}
#endif

/*
 * The offsets of the instructions leaving the function of size bytes at
 * file offset off: their count, 0 when it decoded whole and none leaves
 * (it never returns: _start, a function ending in a call to exit()), -1
 * when it did not decode.
 */
int pid_return_sites(const char *path, uint64_t off, uint64_t size, uint32_t **sites)
{
#if defined(__x86_64__)
	uint8_t *code;
	uint32_t *offs, *out;
	int fd, n = -1, k = 0;

	*sites = NULL;
	if (!size || size > (1u << 20))
		return -1;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	code = malloc(size);
	offs = malloc(sizeof(*offs) * size);
	if (code && offs && pread(fd, code, size, (off_t)off) == (ssize_t)size)
		n = x86_insn_offsets(code, size, offs, (int)size);
	close(fd);
	out = n > 0 ? malloc(sizeof(*out) * n) : NULL;
	for (int i = 0; out && i < n; i++) {
		int len = (i + 1 < n ? offs[i + 1] : (uint32_t)size) - offs[i];

		if (leaves(code + offs[i], len, offs[i], size))
			out[k++] = offs[i];
	}
	free(code);
	free(offs);
	if (!out || !k) {
		free(out);
		return out ? 0 : -1;
	}
	*sites = out;
	return k;
#else
	(void)path, (void)off, (void)size;
	*sites = NULL;
	return -1;
#endif
}
