/*
 * obj.c: checking an object's ELF structure (base.c reads the file), dtrun's
 * first stage (before meta.c parses ".dtc" and run.c hands the image to
 * libbpf).
 *
 * An object is input like any other: it may be truncated, byte-flipped or
 * hostile.  libbpf (1.1.2 here) trusts much of the ELF it is given and
 * crashes on some corruptions, so before it sees the image dtrun checks
 * what libbpf and libelf index by: the ELF header, every section within
 * the file, string tables NUL-terminated, the symbol table and each
 * relocation pointing inside the sections they name, and the .BTF and
 * .BTF.ext headers.  A failed check says which part is wrong.
 */
#include <elf.h>
#include <linux/btf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "dtrun.h"

#ifndef EM_BPF
#define EM_BPF 247
#endif

/* [off, off + size) lies within len bytes (no overflow). */
static int in_range(uint64_t off, uint64_t size, uint64_t len)
{
	return off <= len && size <= len - off;
}

#define FAIL(...)                                          \
	do {                                               \
		snprintf(msg, msglen, __VA_ARGS__);        \
		return -1;                                 \
	} while (0)

static uint32_t u32_at(const unsigned char *p)
{
	uint32_t v;

	memcpy(&v, p, 4);
	return v;
}

/*
 * BTF types (linux/btf.h): each of a kind libbpf 1.1 knows, with its
 * trailing records inside the type section, names inside the string
 * section and references to types that exist.  A chain of modifiers,
 * typedefs, pointers and array elements longer than 64 links is refused:
 * libbpf follows such chains without a bound (a cycle never ends).
 */
static int check_btf_types(const unsigned char *t, uint32_t tlen, uint32_t slen, char *msg,
			   size_t msglen)
{
	/* extra bytes after struct btf_type, and per vlen entry, by kind */
	static const uint8_t extra[20] = { [1] = 4, [3] = 12, [14] = 4, [17] = 4 };
	static const uint8_t per[20] = { [4] = 12, [5] = 12, [6] = 8, [13] = 8, [15] = 12,
					 [19] = 12 };
	uint32_t off = 0, n = 1, cap = 0, i, *offs = NULL;
	int rc = -1;

	/* pass 1: type boundaries */
	while (off < tlen) {
		uint32_t info, kind, vlen;
		uint64_t sz;

		if (tlen - off < 12) {
			snprintf(msg, msglen, "malformed .BTF section: truncated type %u", n);
			goto out;
		}
		info = u32_at(t + off + 4);
		kind = BTF_INFO_KIND(info);
		vlen = BTF_INFO_VLEN(info);
		if (kind == 0 || kind > 19) {
			snprintf(msg, msglen, "malformed .BTF section: type %u of unknown kind %u",
				 n, kind);
			goto out;
		}
		sz = 12 + (uint64_t)extra[kind] + (uint64_t)vlen * per[kind];
		if (sz > tlen - off) {
			snprintf(msg, msglen, "malformed .BTF section: type %u outside the section",
				 n);
			goto out;
		}
		if (n >= cap) {
			uint32_t *no = realloc(offs, sizeof(*offs) * (cap = cap ? cap * 2 : 256));

			if (!no) {
				snprintf(msg, msglen, "out of memory");
				goto out;
			}
			offs = no;
		}
		offs[n++] = off;
		off += (uint32_t)sz;
	}
	/* pass 2: names and references */
	for (i = 1; i < n; i++) {
		const unsigned char *ty = t + offs[i];
		uint32_t info = u32_at(ty + 4), kind = BTF_INFO_KIND(info), vlen = BTF_INFO_VLEN(info);
		uint32_t ref = u32_at(ty + 8), k, hops = 0, cur = i;
		int refs_type = kind == 2 || (kind >= 8 && kind <= 12) || kind == 13 || kind == 14 ||
				kind == 17 || kind == 18;

		if (u32_at(ty) >= slen || (refs_type && ref >= n) ||
		    (kind == 3 && (u32_at(ty + 12) >= n || u32_at(ty + 16) >= n))) {
			snprintf(msg, msglen, "malformed .BTF section: type %u names a type or "
				 "string that does not exist", i);
			goto out;
		}
		for (k = 0; k < vlen && per[kind]; k++) {
			const unsigned char *e = ty + 12 + extra[kind] + k * per[kind];
			/* member, param: name then type; datasec: type first */
			uint32_t name = kind == 15 ? 0 : u32_at(e);
			uint32_t et = kind == 15 ? u32_at(e) : kind == 4 || kind == 5 || kind == 13
										 ? u32_at(e + 4) : 0;

			if (name >= slen || et >= n) {
				snprintf(msg, msglen, "malformed .BTF section: type %u names a type or "
					 "string that does not exist", i);
				goto out;
			}
		}
		/* chains libbpf follows: modifiers, typedefs, pointers, array elements */
		for (;;) {
			const unsigned char *c = t + offs[cur];
			uint32_t ck = BTF_INFO_KIND(u32_at(c + 4));

			if (ck == 3)
				cur = u32_at(c + 12);
			else if (ck == 2 || (ck >= 8 && ck <= 11) || ck == 18)
				cur = u32_at(c + 8);
			else
				break;
			if (cur == 0 || cur >= n)
				break; /* void, or a bad reference reported at its type */
			if (++hops > 64) {
				snprintf(msg, msglen, "malformed .BTF section: type %u refers to itself",
					 i);
				goto out;
			}
		}
	}
	rc = 0;
out:
	free(offs);
	return rc;
}

/* The BTF header (linux/btf.h struct btf_header) and its two parts. */
static int check_btf(const unsigned char *p, uint64_t size, char *msg, size_t msglen)
{
	uint32_t hdr_len, type_off, type_len, str_off, str_len;

	if (size < 24 || p[0] != 0x9f || p[1] != 0xeb || p[2] != 1)
		FAIL("malformed .BTF section: bad header");
	memcpy(&hdr_len, p + 4, 4);
	memcpy(&type_off, p + 8, 4);
	memcpy(&type_len, p + 12, 4);
	memcpy(&str_off, p + 16, 4);
	memcpy(&str_len, p + 20, 4);
	if (hdr_len < 24 || hdr_len > size ||
	    !in_range((uint64_t)hdr_len + type_off, type_len, size) ||
	    !in_range((uint64_t)hdr_len + str_off, str_len, size) || type_off % 4 ||
	    str_len == 0 || p[hdr_len + str_off + str_len - 1] != 0)
		FAIL("malformed .BTF section: types or strings outside the section");
	return check_btf_types(p + hdr_len + type_off, type_len, str_len, msg, msglen);
}

/* The BTF.ext header (libbpf's struct btf_ext_header): func_info and
 * line_info, then CO-RE relocations when the header is long enough. */
static int check_btf_ext(const unsigned char *p, uint64_t size, char *msg, size_t msglen)
{
	uint32_t hdr_len, v[6];
	int i, nparts;

	if (size < 8 || p[0] != 0x9f || p[1] != 0xeb || p[2] != 1)
		FAIL("malformed .BTF.ext section: bad header");
	memcpy(&hdr_len, p + 4, 4);
	if (hdr_len < 24 || hdr_len > size)
		FAIL("malformed .BTF.ext section: bad header");
	nparts = hdr_len >= 32 ? 3 : 2;
	memcpy(v, p + 8, (size_t)nparts * 8);
	for (i = 0; i < nparts; i++) {
		uint32_t off = v[2 * i], len = v[2 * i + 1], rec;

		if (!len)
			continue;
		if (off % 4 || !in_range((uint64_t)hdr_len + off, len, size) || len < 4)
			FAIL("malformed .BTF.ext section: a part outside the section");
		/* each part: a record size, then per section a name, a count and records */
		memcpy(&rec, p + hdr_len + off, 4);
		if (rec < 8 || rec % 4 || rec > 1024)
			FAIL("malformed .BTF.ext section: bad record size %u", rec);
		{
			uint64_t q = (uint64_t)hdr_len + off + 4, end = (uint64_t)hdr_len + off + len;

			while (q < end) {
				uint32_t n;

				if (end - q < 8)
					FAIL("malformed .BTF.ext section: truncated");
				memcpy(&n, p + q + 4, 4);
				q += 8;
				if (n == 0 || (end - q) / rec < n)
					FAIL("malformed .BTF.ext section: records outside the section");
				q += (uint64_t)n * rec;
			}
		}
	}
	return 0;
}

/*
 * The ELF structure of a BPF object: a 64-bit little-endian relocatable
 * file for EM_BPF whose sections, symbols and relocations lie within it.
 */
int obj_check(const void *img, size_t len, char *msg, size_t msglen)
{
	const unsigned char *p = img;
	const Elf64_Ehdr *eh = img;
	const Elf64_Shdr *sh, *ss;
	Elf64_Ehdr ehc;
	Elf64_Shdr *shv = NULL;
	const char *shstr;
	unsigned i, nsh, symtab = 0, nsyms = 0, has_btf = 0;
	int rc = -1;

	if (len < 4 || memcmp(p, ELFMAG, SELFMAG) != 0)
		FAIL("not an ELF file");
	if (len < sizeof(*eh))
		FAIL("truncated ELF file (%zu bytes)", len);
	memcpy(&ehc, eh, sizeof(ehc));
	if (ehc.e_ident[EI_CLASS] != ELFCLASS64 || ehc.e_ident[EI_DATA] != ELFDATA2LSB)
		FAIL("not a 64-bit little-endian ELF file");
	if (ehc.e_machine != EM_BPF || ehc.e_type != ET_REL)
		FAIL("not a BPF object (ELF machine %u, type %u)", ehc.e_machine, ehc.e_type);
	nsh = ehc.e_shnum;
	if (ehc.e_shentsize != sizeof(Elf64_Shdr) || nsh < 2 || ehc.e_shoff % 8 ||
	    !in_range(ehc.e_shoff, (uint64_t)nsh * sizeof(Elf64_Shdr), len))
		FAIL("malformed ELF file: section headers outside the file");
	if (ehc.e_shstrndx == SHN_UNDEF || ehc.e_shstrndx >= nsh)
		FAIL("malformed ELF file: no section name table");
	/* a copy: the image need not be aligned for Elf64_Shdr */
	shv = malloc((size_t)nsh * sizeof(*shv));
	if (!shv)
		FAIL("out of memory");
	memcpy(shv, p + ehc.e_shoff, (size_t)nsh * sizeof(*shv));
#undef FAIL
#define FAIL(...)                                          \
	do {                                               \
		snprintf(msg, msglen, __VA_ARGS__);        \
		goto out;                                  \
	} while (0)
	for (i = 1; i < nsh; i++) {
		sh = &shv[i];
		if (sh->sh_type != SHT_NOBITS && !in_range(sh->sh_offset, sh->sh_size, len))
			FAIL("malformed ELF file: section %u outside the file", i);
		if (sh->sh_link >= nsh)
			FAIL("malformed ELF file: section %u links to section %u of %u", i,
			     sh->sh_link, nsh);
		if (sh->sh_type == SHT_STRTAB &&
		    (sh->sh_size == 0 || p[sh->sh_offset + sh->sh_size - 1] != 0))
			FAIL("malformed ELF file: string table %u not terminated", i);
		if (sh->sh_type == SHT_SYMTAB) {
			if (symtab)
				FAIL("malformed ELF file: two symbol tables");
			symtab = i;
		}
	}
	ss = &shv[ehc.e_shstrndx];
	if (ss->sh_type != SHT_STRTAB)
		FAIL("malformed ELF file: no section name table");
	shstr = (const char *)p + ss->sh_offset;
	for (i = 1; i < nsh; i++)
		if (shv[i].sh_name >= ss->sh_size)
			FAIL("malformed ELF file: section %u has no name", i);
	if (!symtab)
		FAIL("malformed ELF file: no symbol table");

	/* symbols: names in their string table, values within their section */
	sh = &shv[symtab];
	if (sh->sh_entsize != sizeof(Elf64_Sym) || sh->sh_size % sizeof(Elf64_Sym) ||
	    shv[sh->sh_link].sh_type != SHT_STRTAB)
		FAIL("malformed ELF file: bad symbol table");
	nsyms = (unsigned)(sh->sh_size / sizeof(Elf64_Sym));
	for (i = 0; i < nsyms; i++) {
		Elf64_Sym s;

		memcpy(&s, p + sh->sh_offset + (uint64_t)i * sizeof(s), sizeof(s));
		if (s.st_name >= shv[sh->sh_link].sh_size)
			FAIL("malformed ELF file: symbol %u has no name", i);
		if (s.st_shndx == SHN_UNDEF || s.st_shndx == SHN_ABS || s.st_shndx == SHN_COMMON)
			continue;
		if (s.st_shndx >= nsh)
			FAIL("malformed ELF file: symbol %u in section %u of %u", i, s.st_shndx,
			     nsh);
		if (!in_range(s.st_value, s.st_size, shv[s.st_shndx].sh_size))
			FAIL("malformed ELF file: symbol %u outside its section", i);
	}

	for (i = 1; i < nsh; i++) {
		const char *name = shstr + shv[i].sh_name;
		const Elf64_Shdr *t;
		unsigned k, n;

		sh = &shv[i];
		if ((!strcmp(name, ".BTF") || !strcmp(name, ".BTF.ext")) && sh->sh_type == SHT_NOBITS)
			FAIL("malformed ELF file: section %u (%s) has no contents", i, name);
		if (!strcmp(name, ".BTF")) {
			has_btf = 1;
			if (check_btf(p + sh->sh_offset, sh->sh_size, msg, msglen))
				goto out;
		} else if (!strcmp(name, ".BTF.ext")) {
			if (check_btf_ext(p + sh->sh_offset, sh->sh_size, msg, msglen))
				goto out;
		}
		if (sh->sh_type == SHT_RELA)
			FAIL("malformed ELF file: RELA section %u (BPF objects use REL)", i);
		if (sh->sh_type != SHT_REL)
			continue;
		if (sh->sh_entsize != sizeof(Elf64_Rel) || sh->sh_size % sizeof(Elf64_Rel) ||
		    sh->sh_link != symtab || sh->sh_info == 0 || sh->sh_info >= nsh)
			FAIL("malformed ELF file: bad relocation section %u", i);
		t = &shv[sh->sh_info];
		n = (unsigned)(sh->sh_size / sizeof(Elf64_Rel));
		for (k = 0; k < n; k++) {
			Elf64_Rel r;
			unsigned type, need;

			memcpy(&r, p + sh->sh_offset + (uint64_t)k * sizeof(r), sizeof(r));
			type = (unsigned)ELF64_R_TYPE(r.r_info);
			/* R_BPF_64_64 (ld_imm64): 16 bytes; ABS32, NODYLD32: 4 */
			need = type == 1 ? 16 : type == 3 || type == 4 ? 4 : 8;
			if (ELF64_R_SYM(r.r_info) >= nsyms)
				FAIL("malformed ELF file: relocation %u of section %u names symbol "
				     "%llu of %u", k, i, (unsigned long long)ELF64_R_SYM(r.r_info),
				     nsyms);
			if (!in_range(r.r_offset, need, t->sh_size) ||
			    ((t->sh_flags & SHF_EXECINSTR) && r.r_offset % 8))
				FAIL("malformed ELF file: relocation %u of section %u outside "
				     "section %u", k, i, sh->sh_info);
		}
	}
	if (!has_btf)
		FAIL("no .BTF section: not compiled by dtc");
	rc = 0;
out:
	free(shv);
	return rc;
}
#undef FAIL

/* The "sum" line (dtc_abi.h): CRC-32 of the file with its digits as '0's. */
int obj_modified(const void *img, size_t len, struct meta *m)
{
	const unsigned char *p = img;
	uLong crc;

	if (!m->sum_off || m->sum_off + 8 > len)
		return 0;
	crc = crc32(0, p, (uInt)m->sum_off);
	crc = crc32(crc, (const unsigned char *)"00000000", 8);
	crc = crc32(crc, p + m->sum_off + 8, (uInt)(len - m->sum_off - 8));
	m->modified = (uint32_t)crc != m->sum;
	return m->modified;
}
