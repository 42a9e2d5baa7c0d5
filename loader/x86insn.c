/*
 * x86insn.c: the length of x86-64 instructions (64-bit mode), enough to find
 * the instruction boundaries of a function for the pid provider's offset
 * probes, as DTrace's pid provider places a probe at every instruction when
 * the probe name is a glob.  Only lengths are decoded: legacy prefixes, REX,
 * VEX (C4/C5) and EVEX (62) prefixes, the one-byte, 0F, 0F38 and 0F3A opcode
 * maps, ModRM/SIB/displacement and immediates (Intel SDM vol. 2, appendix A).
 * An opcode invalid in 64-bit mode, or one not known here, makes the decode
 * fail: callers then place no offset probe in that function.
 */
#include "x86insn.h"

/* One-byte map.  M: has ModRM; the immediate kind is in the low bits. */
enum { I0, IB, IW, IZ, IV, IWB, IMOFF, IGRP3, INV, PFX, ESC };
#define M 0x10

static const uint8_t map1[256] = {
	/* 00 */ M, M, M, M, IB, IZ, INV, INV, M, M, M, M, IB, IZ, INV, ESC,
	/* 10 */ M, M, M, M, IB, IZ, INV, INV, M, M, M, M, IB, IZ, INV, INV,
	/* 20 */ M, M, M, M, IB, IZ, PFX, INV, M, M, M, M, IB, IZ, PFX, INV,
	/* 30 */ M, M, M, M, IB, IZ, PFX, INV, M, M, M, M, IB, IZ, PFX, INV,
	/* 40 */ PFX, PFX, PFX, PFX, PFX, PFX, PFX, PFX,
	/* 48 */ PFX, PFX, PFX, PFX, PFX, PFX, PFX, PFX,
	/* 50 */ I0, I0, I0, I0, I0, I0, I0, I0, I0, I0, I0, I0, I0, I0, I0, I0,
	/* 60 */ INV, INV, INV, M, PFX, PFX, PFX, PFX, IZ, M | IZ, IB, M | IB, I0, I0, I0, I0,
	/* 70 */ IB, IB, IB, IB, IB, IB, IB, IB, IB, IB, IB, IB, IB, IB, IB, IB,
	/* 80 */ M | IB, M | IZ, INV, M | IB, M, M, M, M, M, M, M, M, M, M, M, M,
	/* 90 */ I0, I0, I0, I0, I0, I0, I0, I0, I0, I0, INV, I0, I0, I0, I0, I0,
	/* a0 */ IMOFF, IMOFF, IMOFF, IMOFF, I0, I0, I0, I0, IB, IZ, I0, I0, I0, I0, I0, I0,
	/* b0 */ IB, IB, IB, IB, IB, IB, IB, IB, IV, IV, IV, IV, IV, IV, IV, IV,
	/* c0 */ M | IB, M | IB, IW, I0, INV, INV, M | IB, M | IZ, IWB, I0, IW, I0, I0, IB, INV, I0,
	/* d0 */ M, M, M, M, INV, INV, INV, I0, M, M, M, M, M, M, M, M,
	/* e0 */ IB, IB, IB, IB, IB, IB, IB, IB, IZ, IZ, INV, IB, I0, I0, I0, I0,
	/* f0 */ PFX, I0, PFX, PFX, I0, I0, M | IGRP3, M | IGRP3, I0, I0, I0, I0, I0, I0, M, M,
};

/* 0F map: ModRM, and which have an imm8. */
static const uint8_t map0f[256] = {
	/* 00 */ M, M, M, M, INV, I0, I0, I0, I0, I0, INV, I0, INV, M, I0, M | IB,
	/* 10 */ M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M,
	/* 20 */ M, M, M, M, INV, INV, INV, INV, M, M, M, M, M, M, M, M,
	/* 30 */ I0, I0, I0, I0, I0, I0, INV, I0, ESC, INV, ESC, INV, INV, INV, INV, INV,
	/* 40 */ M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M,
	/* 50 */ M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M,
	/* 60 */ M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M,
	/* 70 */ M | IB, M | IB, M | IB, M | IB, M, M, M, I0, M, M, M, M, M, M, M, M,
	/* 80 */ IZ, IZ, IZ, IZ, IZ, IZ, IZ, IZ, IZ, IZ, IZ, IZ, IZ, IZ, IZ, IZ,
	/* 90 */ M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M,
	/* a0 */ I0, I0, I0, M, M | IB, M, INV, INV, I0, I0, I0, M, M | IB, M, M, M,
	/* b0 */ M, M, M, M, M, M, M, M, M, M, M | IB, M, M, M, M, M,
	/* c0 */ M, M, M | IB, M, M | IB, M | IB, M | IB, M, I0, I0, I0, I0, I0, I0, I0, I0,
	/* d0 */ M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M,
	/* e0 */ M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M,
	/* f0 */ M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M,
};

/* VEX/EVEX map 1 opcodes that take an imm8 (shifts by immediate, compares,
 * pinsrw/pextrw, shufps). */
static int vex_map1_imm(uint8_t op)
{
	return (op >= 0x70 && op <= 0x73) || op == 0xc2 || (op >= 0xc4 && op <= 0xc6);
}

/* ModRM, SIB and displacement bytes at p (64-bit addressing; a 0x67 prefix
 * selects 32-bit addressing, which encodes the same way in 64-bit mode). */
static int modrm_len(const uint8_t *p, size_t n)
{
	uint8_t mod, rm;
	int len = 1;

	if (n < 1)
		return -1;
	mod = p[0] >> 6;
	rm = p[0] & 7;
	if (mod == 3)
		return 1;
	if (rm == 4) {
		if (n < 2)
			return -1;
		len++;
		if (mod == 0 && (p[1] & 7) == 5)
			len += 4;
	} else if (mod == 0 && rm == 5) {
		len += 4; /* RIP-relative */
	}
	if (mod == 1)
		len += 1;
	else if (mod == 2)
		len += 4;
	return len;
}

int x86_insn_len(const uint8_t *p, size_t n)
{
	size_t i = 0;
	int opsize16 = 0, addr32 = 0, rexw = 0, kind, m;
	uint8_t op1;

	/* legacy prefixes, then at most one REX right before the opcode */
	for (;;) {
		if (i >= n || i >= 14)
			return -1;
		uint8_t b = p[i];
		if (b == 0x66)
			opsize16 = 1;
		else if (b == 0x67)
			addr32 = 1;
		else if (b != 0xf0 && b != 0xf2 && b != 0xf3 && b != 0x2e && b != 0x36 &&
			 b != 0x3e && b != 0x26 && b != 0x64 && b != 0x65)
			break;
		i++;
	}
	if (p[i] >= 0x40 && p[i] <= 0x4f) {
		rexw = (p[i] & 8) != 0;
		if (++i >= n)
			return -1;
	}

	/* VEX and EVEX: the payload names the map; ModRM always follows */
	if (p[i] == 0xc4 || p[i] == 0xc5 || p[i] == 0x62) {
		uint8_t esc = p[i], op;
		int map, pl = esc == 0xc5 ? 1 : esc == 0xc4 ? 2 : 3;

		if (i + (size_t)pl + 1 >= n)
			return -1;
		map = esc == 0xc5 ? 1 : p[i + 1] & (esc == 0x62 ? 0x7 : 0x1f);
		i += (size_t)pl + 1;
		op = p[i++];
		if (map == 1 && op == 0x77 && esc != 0x62)
			return (int)i; /* vzeroupper, vzeroall */
		if (map < 1 || map > 6 || map == 4)
			return -1;
		m = modrm_len(p + i, n - i);
		if (m < 0)
			return -1;
		i += (size_t)m;
		if (map == 3 || (map == 1 && vex_map1_imm(op)))
			i++;
		return i <= n ? (int)i : -1;
	}

	kind = map1[p[i]];
	if (kind == ESC) {
		if (++i >= n)
			return -1;
		if (p[i] == 0x38 || p[i] == 0x3a) {
			int imm = p[i] == 0x3a;

			i += 2; /* 0F 38/3A and the opcode */
			if (i > n)
				return -1;
			m = modrm_len(p + i, n - i);
			if (m < 0)
				return -1;
			i += (size_t)m + (size_t)imm;
			return i <= n ? (int)i : -1;
		}
		kind = map0f[p[i]];
		if (kind == ESC || kind == INV)
			return -1;
		i++;
		if (kind & M) {
			m = modrm_len(p + i, n - i);
			if (m < 0)
				return -1;
			i += (size_t)m;
		}
		if ((kind & 0xf) == IB)
			i += 1;
		else if ((kind & 0xf) == IZ)
			i += 4; /* jcc rel32 */
		return i <= n ? (int)i : -1;
	}
	if (kind == INV || kind == PFX)
		return -1;
	op1 = p[i++];
	if (kind & M) {
		uint8_t reg;

		if (i >= n)
			return -1;
		reg = (uint8_t)((p[i] >> 3) & 7);
		m = modrm_len(p + i, n - i);
		if (m < 0)
			return -1;
		i += (size_t)m;
		if ((kind & 0xf) == IGRP3) /* test r/m, imm: F6 /0 /1 and F7 /0 /1 */
			kind = reg > 1 ? (M | I0) : op1 == 0xf6 ? (M | IB) : (M | IZ);
	}
	switch (kind & 0xf) {
	case I0:
		break;
	case IB:
		i += 1;
		break;
	case IW:
		i += 2;
		break;
	case IWB:
		i += 3;
		break;
	case IZ:
		/* near call/jmp rel32 keep 4 bytes under 0x66 in 64-bit mode */
		i += opsize16 && op1 != 0xe8 && op1 != 0xe9 ? 2 : 4;
		break;
	case IV:
		i += rexw ? 8 : opsize16 ? 2 : 4;
		break;
	case IMOFF:
		i += addr32 ? 4 : 8;
		break;
	default:
		return -1;
	}
	return i <= n ? (int)i : -1;
}

int x86_insn_offsets(const uint8_t *code, size_t len, uint32_t *off, int max)
{
	size_t at = 0;
	int k = 0;

	while (at < len) {
		int l = x86_insn_len(code + at, len - at);

		if (l <= 0 || k >= max)
			return -1;
		off[k++] = (uint32_t)at;
		at += (size_t)l;
	}
	return at == len ? k : -1;
}

const char *x86_insn_uprobe_refused(const uint8_t *p, size_t n)
{
	size_t i = 0;

	for (; i < n && i < 14; i++) {
		uint8_t b = p[i];

		if (b == 0xf0)
			return "a lock-prefixed instruction";
		if (b == 0x26 || b == 0x2e || b == 0x36 || b == 0x3e)
			return "an instruction with a segment prefix";
		if (b != 0x66 && b != 0x67 && b != 0xf2 && b != 0xf3 && b != 0x64 && b != 0x65)
			break;
	}
	if (i < n && p[i] >= 0x40 && p[i] <= 0x4f)
		i++;
	if (i >= n)
		return NULL;
	switch (p[i]) {
	case 0xf4:
		return "hlt";
	case 0xcc:
		return "int3";
	case 0xf1:
		return "int1";
	}
	return NULL;
}
