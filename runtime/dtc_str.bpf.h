/*
 * dtc_str.bpf.h: BPF-side string subroutines (strlen, strjoin, substr, ...),
 * included by dtc.bpf.h and called by the code compiler/emit_subr.c writes.
 *
 * Every string operand is strsize-readable (a variable, a temporary or a
 * copy: see str_sized() in the compiler) and every result is written into a
 * clause temporary of DT_STRSIZE bytes, always NUL-terminated.  Loops are
 * bounded by DT_STRSIZE so the verifier can follow them (bounded loops,
 * Linux 5.3).
 */
#ifndef DTC_STR_BPF_H
#define DTC_STR_BPF_H

#ifndef DT_STRLEN_MAX
#define DT_STRLEN_MAX (DT_STRSIZE - 1)
#endif
#define DT_STRMAX DT_STRLEN_MAX /* longest string (the strsize option) */

/*
 * The loops live in global BPF functions (verified once each, Linux 5.6+),
 * not in inline code: a strsize loop inlined at every call site, or a
 * nested one (index()), exceeds what the verifier will walk.  A global
 * function sees its string arguments as DT_STRSIZE bytes of memory, which
 * is what every D string value is.
 */
/* struct dt_str, DT_S(): dtc.bpf.h */


/* s[i], or 0 outside the string's bytes. */
static __always_inline int dt_g_char_at(const struct dt_str *s, int i)
{
	__u64 k = (__u32)i;

	DT_OPAQUE(k);
	if (k >= DT_STRMAX)
		return 0;
	return s->c[k];
}

__noinline int dt_g_strlen(const struct dt_str *s)
{
	int n = DT_STRMAX, i;

	if (!s)
		return 0;
	DT_FOR(i, DT_STRMAX) {
		__u64 k = (__u32)i;

		DT_OPAQUE(k);
		if (k >= DT_STRMAX || !s->c[k]) {
			n = i;
			break;
		}
	}
	return n;
}

/* strlen(s): bytes before the NUL, at most strsize - 1. */
#define dt_strlen(s) ((__u64)dt_g_strlen(DT_S(s)))

/*
 * Up to count bytes of s from index into d, NUL-terminated; returns the
 * bytes copied.  Its own global function: the verifier walks the loop once
 * with index and count unknown, not once for every path that computed them
 * (dt_g_substr() has a dozen).
 */
__noinline int dt_g_copy(struct dt_str *d, const struct dt_str *s, __s64 index, __s64 count)
{
	int n = DT_STRMAX, i;
	__u64 e;

	if (!d || !s)
		return 0;
	DT_FOR(i, DT_STRMAX) {
		__u64 k = (__u64)index + i, o = (__u32)i;
		if (i >= count) {
			n = i;
			break;
		}
		DT_OPAQUE(k);
		DT_OPAQUE(o);
		if (k >= DT_STRMAX || o >= DT_STRMAX || !s->c[k]) {
			n = i;
			break;
		}
		d->c[o] = s->c[k];
	}
	e = (__u32)n;
	DT_OPAQUE(e);
	if (e < DT_STRSIZE)
		d->c[e] = 0;
	return n;
}

/* b appended to d at byte at, truncated at strsize bytes; returns the length. */
__noinline int dt_g_append(struct dt_str *d, int at, const struct dt_str *b)
{
	__u64 k;
	int n = DT_STRMAX, j;

	if (!d || !b || at < 0 || at > DT_STRMAX)
		return 0;
	DT_FOR(j, DT_STRMAX) {
		__u64 o = (__u32)j;

		k = (__u32)at + j;
		DT_OPAQUE(k);
		DT_OPAQUE(o);
		if (k >= DT_STRMAX || o >= DT_STRMAX || !b->c[o]) {
			n = j;
			break;
		}
		d->c[k] = b->c[o];
	}
	k = (__u32)at + n; /* past the last byte, also when all DT_STRMAX were copied */
	DT_OPAQUE(k);
	if (k < DT_STRSIZE)
		d->c[k] = 0;
	return (int)k;
}

/*
 * strjoin(a, b): a copied, then b appended, each by a global function, so
 * the verifier walks each loop once, not b's once for every length of a.
 */
__noinline int dt_g_strjoin(struct dt_str *d, const struct dt_str *a, const struct dt_str *b)
{
	return dt_g_append(d, dt_g_copy(d, a, 0, DT_STRMAX), b);
}

/* strjoin(a, b) into d, truncated at strsize - 1 bytes. */
static __always_inline char *dt_strjoin(char *d, const char *a, const char *b)
{
	dt_g_strjoin(DT_S(d), DT_S(a), DT_S(b));
	return d;
}

/*
 * substr(s, index, length) with DTrace's rules: a negative index counts
 * from the end, a negative length leaves that many bytes off the end, and
 * the result never goes past the string or strsize.
 */
__noinline int dt_g_substr(struct dt_str *d, const struct dt_str *s, __s64 index, __s64 remaining)
{
	__s64 len = dt_g_strlen(s), sz = DT_STRSIZE;

	if (!d || !s)
		return 0;
	if (index < 0) {
		index += len;
		if (index < 0 && index + remaining > 0) {
			remaining += index;
			index = 0;
		}
	}
	if (index >= len || index < 0)
		remaining = 0;
	else if (remaining < 0)
		remaining += len - index;
	else if (index + remaining > sz)
		remaining = sz - index;
	return dt_g_copy(d, s, index, remaining);
}

/* DTrace's dt_substr (bpf/substr.S) takes the index and the count as int32_t:
 * their low 32 bits, sign-extended (substr(s, 0xffffffff) is substr(s, -1)). */
static __always_inline char *dt_substr(char *d, const char *s, __s64 index, __s64 remaining)
{
	dt_g_substr(DT_S(d), DT_S(s), (__s32)index, (__s32)remaining);
	return d;
}

/* Does sub (sublen bytes) occur in s at pos? */
__noinline int dt_g_match_at(const struct dt_str *s, const struct dt_str *sub, int pos, int sublen)
{
	int j;

	if (!s || !sub)
		return 0;
	if (pos < 0)
		return 0;
	DT_FOR(j, DT_STRMAX) {
		__u64 k = (__u32)pos + j, o = (__u32)j;
		if (j >= sublen)
			return 1;
		DT_OPAQUE(k);
		DT_OPAQUE(o);
		if (k >= DT_STRMAX || o >= DT_STRMAX || s->c[k] != sub->c[o])
			return 0;
	}
	return sublen <= DT_STRMAX;
}

/*
 * index(s, sub[, start]) and rindex(): the first (last) position of sub at
 * or after (before) start, or -1.  DTrace's dt_index() and dt_rindex()
 * (bpf/index.S, rindex.S; strstr() too) read both strings into buffers of
 * strsize rounded up to 8 bytes, NUL included: they see at most that less
 * one byte of each, so with strsize a multiple of 8 the last byte of a
 * string strsize bytes long is not searched.
 */
#define DT_INDEX_MAX (((DT_STRMAX + 7) & ~7) - 1)

__noinline int dt_g_index(const struct dt_str *s, const struct dt_str *sub, __s64 start,
			  int has_start, int reverse)
{
	__s64 len = dt_g_strlen(s), sublen = dt_g_strlen(sub), pos;
	int i;

	if (len > DT_INDEX_MAX)
		len = DT_INDEX_MAX;
	if (sublen > DT_INDEX_MAX)
		sublen = DT_INDEX_MAX;

	if (!reverse) {
		pos = has_start && start > 0 ? start : 0;
		if (pos >= len)
			return sublen == 0 && pos == len ? (int)len : -1;
		DT_FOR(i, DT_STRSIZE) {
			if (pos + i + sublen > len)
				break;
			if (dt_g_match_at(s, sub, (int)(pos + i), (int)sublen))
				return (int)(pos + i);
		}
		return -1;
	}
	pos = has_start ? start : len;
	if (pos < 0)
		return -1;
	if (pos > len - sublen)
		pos = len - sublen;
	DT_FOR(i, DT_STRSIZE) {
		if (pos - i < 0)
			break;
		if (dt_g_match_at(s, sub, (int)(pos - i), (int)sublen))
			return (int)(pos - i);
	}
	return -1;
}

#define dt_index(s, sub, start, has, rev) dt_g_index(DT_S(s), DT_S(sub), start, has, rev)

/* strstr(s, sub): a copy of s from the first sub, or NULL. */
static __always_inline char *dt_strstr(char *d, const char *s, const char *sub)
{
	int at = dt_index(s, sub, 0, 0, 0);

	if (at < 0)
		return 0;
	return dt_substr(d, s, at, DT_STRSIZE);
}

__noinline int dt_g_strchr(const struct dt_str *s, int ch, int last)
{
	int len = dt_g_strlen(s), i;

	if (!s)
		return -1;
	/* no position carried across iterations: each match returns at once;
	 * the NUL is not searched: strchr(s, 0) is NULL (Oracle bpf/strchr.S) */
	DT_FOR(i, DT_STRMAX) {
		int k = last ? len - 1 - i : i;
		if (k < 0 || k >= len)
			break;
		if (dt_g_char_at(s, k) == (char)ch)
			return k;
	}
	return -1;
}

/*
 * strchr(s, c) / strrchr(): a copy of s from the first (last) c, or NULL.
 * DTrace's dt_strchr() and dt_strrchr() (bpf/strchr.S, strrchr.S) copy s
 * with bpf_probe_read_str(dst, STRSZ, src): they search, and return, at
 * most its first strsize - 1 bytes; so do these, searching that much of s
 * copied into d (the search stays the one global function the verifier
 * walks once).
 */
#define DT_STRCHR_MAX (DT_STRMAX - 1)

static __always_inline char *dt_strchr(char *d, const char *s, char ch, int last)
{
	int at;

	dt_g_substr(DT_S(d), DT_S(s), 0, DT_STRCHR_MAX);
	at = dt_g_strchr(DT_S(d), ch, last);
	if (at < 0)
		return 0;
	return dt_substr(d, s, at, DT_STRCHR_MAX - at);
}

/* lltostr(v, base): base 10 signed, other bases (2..36) unsigned. */
__noinline int dt_g_lltostr(struct dt_str *d, __s64 v, __s64 base)
{
	char buf[72];
	__u64 u = (__u64)v;
	int n = 0, i;

	if (!d || base < 2 || base > 36)
		return -1;
	if (base == 10 && v < 0)
		u = -(__u64)v;
	for (i = 0; i < 64; i++) {
		__u64 r = u % (__u64)base;
		buf[n++] = r < 10 ? '0' + r : 'a' + r - 10;
		u /= (__u64)base;
		if (!u)
			break;
	}
	if (base == 10 && v < 0 && n < 72)
		buf[n++] = '-';
	for (i = 0; i < DT_STRMAX && i < 72; i++) {
		int k = n - 1 - i;
		if (k < 0 || k >= 72)
			break;
		d->c[i] = buf[k];
	}
	d->c[i] = 0;
	return 0;
}

static __always_inline char *dt_lltostr(char *d, __s64 v, __s64 base)
{
	return dt_g_lltostr(DT_S(d), v, base) ? 0 : d;
}

/* Value of each byte as a digit of bases up to 36; 99 for non-digits. */
#define DT_D10(x) x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8, x + 9
#define DT_NO16 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99
#define DT_LETTERS 99, DT_D10(10), DT_D10(20), 30, 31, 32, 33, 34, 35, 99, 99, 99, 99, 99
static const char dt_digit_val[256] = {
	DT_NO16, DT_NO16, DT_NO16, DT_D10(0), 99, 99, 99, 99, 99, 99,
	DT_LETTERS, DT_LETTERS,
	DT_NO16, DT_NO16, DT_NO16, DT_NO16, DT_NO16, DT_NO16, DT_NO16, DT_NO16,
};

/* Digits of base `base` from s[i], accumulated (a loop of its own: see
 * dt_g_skip()). */
__noinline __s64 dt_g_digits(const struct dt_str *s, int i, __s64 base)
{
	__u64 k = (__u32)i;
	__s64 r = 0;

	/* base's range known, so the comparison below refines nothing */
	if (!s || base < 2 || base > 36)
		return 0;
	int n;

	DT_FOR(n, DT_STRMAX) {
		__s64 v;
		__u64 q = k + n;
		DT_OPAQUE(q);
		if (q >= DT_STRMAX)
			break;
		/* one path per iteration: a table, not a branch per class */
		v = dt_digit_val[(unsigned char)s->c[q]];
		if (v >= base)
			break;
		r = r * base + v;
	}
	return r;
}

/*
 * From pos, step by `step` while the byte is (slash) or is not (!slash) a
 * '/' (or, for slash == 2, a blank); returns where it stopped.  Each scan
 * is a global function of its own: scans chained in one function would
 * make the verifier walk every combination of their lengths.
 */
__noinline int dt_g_skip(const struct dt_str *s, int pos, int step, int slash)
{
	int n, at = pos;

	if (!s)
		return pos;
	DT_FOR(n, DT_STRSIZE) {
		int c;
		at = pos + n * step;
		if (at < 0 || at >= DT_STRMAX)
			break;
		c = dt_g_char_at(s, at);
		if (slash == 2 ? (c != ' ' && c != '\t') : ((c == '/') != slash))
			break;
		at = pos + (n + 1) * step;
	}
	return at;
}

/* strtoll(s, base), as DTrace's: blanks, a sign, 0x for base 16, digits. */
static __always_inline __s64 dt_g_strtoll(const struct dt_str *s, __s64 base)
{
	int i = dt_g_skip(s, 0, 1, 2), neg = 0, c = dt_g_char_at(s, i);

	if (c == '-' || c == '+') {
		neg = c == '-';
		i++;
	}
	if (base == 16 && dt_g_char_at(s, i) == '0' &&
	    (dt_g_char_at(s, i + 1) == 'x' || dt_g_char_at(s, i + 1) == 'X'))
		i += 2;
	return neg ? -dt_g_digits(s, i, base) : dt_g_digits(s, i, base);
}

static __always_inline int dt_strtoll(const char *s, __s64 base, __s64 *out)
{
	if (base < 2 || base > 36)
		return -1;
	*out = dt_g_strtoll(DT_S(s), base);
	return 0;
}

/* toupper(s) / tolower(s) */
__noinline int dt_g_chcase(struct dt_str *d, const struct dt_str *s, int upper)
{
	int i;

	if (!d || !s)
		return 0;
	int n = DT_STRMAX;
	__u64 e;

	DT_FOR(i, DT_STRMAX) {
		__u64 k = (__u32)i;
		char ch;
		DT_OPAQUE(k);
		if (k >= DT_STRMAX || !(ch = s->c[k])) {
			n = i;
			break;
		}
		if (upper && ch >= 'a' && ch <= 'z')
			ch -= 'a' - 'A';
		else if (!upper && ch >= 'A' && ch <= 'Z')
			ch += 'a' - 'A';
		d->c[k] = ch;
	}
	e = (__u32)n;
	DT_OPAQUE(e);
	if (e < DT_STRSIZE)
		d->c[e] = 0;
	return n;
}

static __always_inline char *dt_chcase(char *d, const char *s, int upper)
{
	dt_g_chcase(DT_S(d), DT_S(s), upper);
	return d;
}

/*
 * basename(s) / dirname(s) with DTrace's (and POSIX's) rules: trailing
 * slashes do not count, "" and names without a slash have dirname ".", a
 * path of slashes only is "/".  Returns start and end (inclusive) of the
 * part in s, or -1/-1 for "." and -2/-2 for "/".
 */
__noinline __s64 dt_g_pathpart(const struct dt_str *s, int dir)
{
	int len = dt_g_strlen(s), lastbase, firstbase, lastdir;

	if (!s || len == 0)
		return -1;
	lastbase = dt_g_skip(s, len - 1, -1, 1);
	if (lastbase < 0)
		return -2;
	firstbase = dt_g_skip(s, lastbase - 1, -1, 0) + 1;
	lastdir = dt_g_skip(s, firstbase - 1, -1, 1);
	if (!dir)
		return ((__s64)firstbase << 32) | (__u32)lastbase;
	if (firstbase == 0)
		return -1;
	if (lastdir < 0)
		return -2;
	return (__u32)lastdir;
}

static __always_inline char *dt_pathpart(char *d, const char *s, int dir)
{
	__s64 r = dt_g_pathpart(DT_S(s), dir);

	if (r < 0) {
		d[0] = r == -1 ? '.' : '/';
		d[1] = 0;
		return d;
	}
	return dt_substr(d, s, r >> 32, (r & 0xffffffff) - (r >> 32) + 1);
}

/* progenyof(pid): the current process is pid or one of its descendants. */
static __always_inline int dt_progenyof(struct dt_ctx *c, int pid)
{
	struct task_struct___dt *t = (void *)dt_cur_task(c);

	for (int i = 0; i < 64 && t; i++) {
		struct task_struct___dt *p;
		if (BPF_CORE_READ(t, tgid) == pid)
			return 1;
		p = BPF_CORE_READ(t, real_parent);
		if (p == t)
			break;
		t = p;
	}
	return 0;
}

#ifdef DT_WANT_STRTOK /* a clause calls strtok(): its state, a map of strsize bytes */
/*
 * strtok(s, delims) as DTrace's (dtrace-utils bpf/strtok.S): the saved
 * position lives for one probe firing, shared by its clauses, as DTrace's
 * dctx memory, which dt_cg_tramp_prologue_act() marks unset each firing
 * (dt_strtok_reset(), called by every program's prologue when a clause
 * uses strtok()); strtok(NULL, ...) with no position faults.  The position
 * is at the delimiter that ended the last token, so the next call skips
 * the delimiters it is given.  DTrace keeps a copy of s; so does this.
 */
struct dt_strtok_state {
	__u64 set[4];      /* delimiter bitmap */
	__u32 valid;       /* a string was given, and not yet used up */
	__u32 off;         /* where the next strtok(NULL, ...) starts */
	struct dt_str s;
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, DT_NEST); /* a firing's own: dt_nest_enter() */
	__type(key, __u32);
	__type(value, struct dt_strtok_state);
} dtc_strtok SEC(".maps");

/* A new probe firing: strtok(NULL, ...) has no string until strtok(s, ...). */
static __always_inline void dt_strtok_reset(struct dt_ctx *c)
{
	__u32 z = c->lvl;
	struct dt_strtok_state *t = bpf_map_lookup_elem(&dtc_strtok, &z);

	if (t)
		t->valid = 0;
}

__noinline int dt_g_strtok_load(struct dt_strtok_state *t, const struct dt_str *s)
{
	int i;

	if (!t || !s)
		return 0;
	int n = DT_STRMAX;
	__u64 e;

	DT_FOR(i, DT_STRMAX) {
		__u64 k = (__u32)i;
		char ch;
		DT_OPAQUE(k);
		if (k >= DT_STRMAX || !(ch = s->c[k])) {
			n = i;
			break;
		}
		t->s.c[k] = ch;
	}
	i = n;
	e = (__u32)n;
	DT_OPAQUE(e);
	if (e < DT_STRSIZE)
		t->s.c[e] = 0;
	t->off = 0;
	t->valid = 1;
	return i;
}

__noinline int dt_g_strtok_set(struct dt_strtok_state *t, const struct dt_str *d)
{
	int i;

	if (!t || !d)
		return 0;
	int n = DT_STRMAX;

	t->set[0] = t->set[1] = t->set[2] = t->set[3] = 0;
	DT_FOR(i, DT_STRMAX) {
		__u64 k = (__u32)i;
		unsigned char ch;
		DT_OPAQUE(k);
		if (k >= DT_STRMAX || !(ch = d->c[k])) {
			n = i;
			break;
		}
		t->set[(ch >> 6) & 3] |= 1ULL << (ch & 63);
	}
	return n;
}

/* From pos, the first byte that is a delimiter (delim 0) or is not one
 * (delim 1), or the NUL. */
__noinline int dt_g_strtok_scan(const struct dt_strtok_state *t, int pos, int delim)
{
	int n, at = pos;

	if (!t)
		return pos;
	DT_FOR(n, DT_STRSIZE) {
		__u64 k = (__u32)(pos + n);
		unsigned char ch;
		at = pos + n;
		DT_OPAQUE(k);
		if (k >= DT_STRMAX)
			break;
		ch = t->s.c[k];
		if (!ch || (int)((t->set[(ch >> 6) & 3] >> (ch & 63)) & 1) != delim)
			break;
		at = pos + n + 1;
	}
	return at;
}

/*
 * The next token into d; returns its length, -1 when there is none (the
 * result is NULL) and -2 when strtok(NULL, ...) has no string to go on
 * (DTrace faults: BADADDR).
 */
static __always_inline int dt_strtok(char *d, const char *s, const char *delims, int cont)
{
	__u32 z = dt_nest_key();
	struct dt_strtok_state *t = bpf_map_lookup_elem(&dtc_strtok, &z);
	int start, end;

	if (!t)
		return -2;
	if (!cont)
		dt_g_strtok_load(t, DT_S(s));
	else if (!t->valid)
		return -2;
	dt_g_strtok_set(t, DT_S(delims));
	start = dt_g_strtok_scan(t, t->off, 1);
	end = dt_g_strtok_scan(t, start, 0);
	if (end <= start) {
		/* DTrace's position becomes the length of what was left, counted
		 * from the string's start: a string used up (nothing left) starts
		 * over at 0 for the next strtok(NULL, ...), one that ended in n
		 * delimiters at n (bpf/strtok.S, .Lnull) */
		t->off = dt_g_strlen(&t->s) - t->off;
		return -1;
	}
	t->off = end;
	return dt_g_substr(DT_S(d), &t->s, start, end - start);
}
#endif

/*
 * cleanpath(s), Oracle DTrace's rule (dtrace-utils bpf/cleanpath.S): a
 * string of at most one character is itself; otherwise the path's empty
 * and "." components go, a ".." removes the component before it, and a
 * ".." with none before it goes in an absolute path but stays in a
 * relative one as a leading "../" (DTrace's BPF code keeps at most 15, a
 * limit of its code, not of the rule); the result has no trailing '/', and
 * is "/" for an absolute path with no component left, "." for a relative
 * one.  One character per call of dt_g_clean_step(), a global function, so
 * the verifier walks it once.
 */
struct dt_clean_pos {
	int i, j;   /* read position in s, write position in d */
	int cstart; /* where the component being read starts in d */
	int base;   /* 1 for an absolute path (d starts with '/'), else 0 */
	int ncomp;  /* components kept in d */
};

static __always_inline void dt_clean_put(struct dt_str *d, int j, char ch)
{
	__u64 k = (__u32)j;

	DT_OPAQUE(k);
	if (k < DT_STRSIZE)
		d->c[k] = ch;
}

/* One character of s; returns 1 at its end. */
__noinline int dt_g_clean_step(struct dt_str *d, const struct dt_str *s, struct dt_clean_pos *p)
{
	int ch, len, j, k;

	if (!d || !s || !p || p->i < 0 || p->i > DT_STRMAX)
		return 1;
	ch = dt_g_char_at(s, p->i++);
	if (ch && ch != '/') {
		dt_clean_put(d, p->j++, ch);
		return 0;
	}
	/* the end of a component: d[cstart, j) */
	j = p->j;
	len = j - p->cstart;
	if (len == 1 && dt_g_char_at(d, p->cstart) == '.') {
		j = p->cstart;
	} else if (len == 2 && dt_g_char_at(d, p->cstart) == '.' &&
		   dt_g_char_at(d, p->cstart + 1) == '.') {
		j = p->cstart;
		if (p->ncomp > 0) {
			/* back to just after the '/' before the last component */
			k = dt_g_skip(d, j - 2, -1, 0);
			j = k < 0 ? 0 : k + 1;
			p->ncomp--;
		} else if (!p->base) {
			dt_clean_put(d, j++, '.');
			dt_clean_put(d, j++, '.');
			dt_clean_put(d, j++, '/');
		}
	} else if (len > 0) {
		dt_clean_put(d, j++, '/');
		p->ncomp++;
	}
	p->j = j;
	p->cstart = j;
	return !ch;
}

static __always_inline char *dt_cleanpath(char *d, const char *s)
{
	struct dt_clean_pos p = { 0, 0, 0, 0, 0 };
	__u64 k;

	if (dt_g_strlen(DT_S(s)) <= 1) {
		d[0] = s[0];
		d[1] = 0;
		return d;
	}
	if (s[0] == '/') {
		d[0] = '/';
		p.j = p.cstart = p.base = 1;
	}
	int n;

	DT_FOR(n, DT_STRSIZE)
		if (dt_g_clean_step(DT_S(d), DT_S(s), &p))
			break;
	if (p.j <= 0) {
		d[0] = '.';
		p.j = 1;
	} else if (p.j > 1) {
		p.j--; /* every component ends in a '/' */
	}
	k = (__u32)p.j;
	DT_OPAQUE(k);
	if (k > DT_STRMAX)
		k = DT_STRMAX;
	d[k] = 0;
	return d;
}

/*
 * inet_ntoa(), inet_ntoa6(), inet_ntop() and link_ntop(): addresses as
 * text, written by global functions from a copy of the address bytes.
 */
struct dt_addr {
	unsigned char b[20];
};

/* Append a byte as two lower-case hex digits (pad) or v's hex digits
 * without leading zeros (a 16-bit group). */
static __always_inline int dt_put_hex(struct dt_str *d, int j, unsigned int v, int pad)
{
	int started = 0;

	for (int sh = 12; sh >= 0; sh -= 4) {
		unsigned int x = (v >> sh) & 15;
		__u64 k;
		if (pad && sh > 4)
			continue;
		if (!pad && !x && !started && sh)
			continue;
		started = 1;
		k = (__u32)j;
		DT_OPAQUE(k);
		if (k < DT_STRMAX)
			d->c[k] = x < 10 ? '0' + x : 'a' + x - 10;
		j++;
	}
	return j;
}

static __always_inline int dt_put_ch(struct dt_str *d, int j, char ch)
{
	__u64 k = (__u32)j;

	DT_OPAQUE(k);
	if (k < DT_STRMAX)
		d->c[k] = ch;
	return j + 1;
}

/* Dotted quad of b[at..at+3]. */
static __always_inline int dt_put_quad(struct dt_str *d, int j, const struct dt_addr *a, int at)
{
	for (int i = 0; i < 4; i++) {
		unsigned int v = a->b[(at + i) & 15];
		if (v >= 100)
			j = dt_put_ch(d, j, '0' + v / 100);
		if (v >= 10)
			j = dt_put_ch(d, j, '0' + (v / 10) % 10);
		j = dt_put_ch(d, j, '0' + v % 10);
		if (i < 3)
			j = dt_put_ch(d, j, '.');
	}
	return j;
}

static __always_inline void dt_put_end(struct dt_str *d, int j)
{
	__u64 k = (__u32)j;

	DT_OPAQUE(k);
	if (k > DT_STRMAX)
		k = DT_STRMAX;
	d->c[k] = 0;
}

/*
 * An IPv6 address: 16-bit groups in hex, the longest run (leftmost of
 * equals) of two or more zero groups as "::".  IPv4-mapped (::ffff:a.b.c.d)
 * and, as legacy DTrace reads it, IPv4-compatible addresses (six zero
 * groups, then anything but :: and ::1) end in a dotted quad; with embed 0
 * (inet_ntoa6() without strict) they are the dotted quad alone.
 */
__noinline int dt_g_inet6(struct dt_str *d, const struct dt_addr *a, int embed)
{
	unsigned int w[8];
	int v4 = 0, n = 8, rs = -1, rl = 0, cs = -1, j = 0, g;

	if (!d || !a)
		return 0;
	for (g = 0; g < 8; g++)
		w[g] = (unsigned int)a->b[2 * g] << 8 | a->b[2 * g + 1];
	if (!(w[0] | w[1] | w[2] | w[3] | w[4])) {
		if (w[5] == 0xffff)
			v4 = 1;
		else if (!w[5] && (w[6] || w[7] > 1))
			v4 = 1;
	}
	if (v4 && !embed) {
		dt_put_end(d, dt_put_quad(d, 0, a, 12));
		return 0;
	}
	if (v4)
		n = 6;
	for (g = 0; g < 8; g++) {
		if (g < n && !w[g]) {
			if (cs < 0)
				cs = g;
			if (g - cs + 1 > rl && g - cs + 1 >= 2) {
				rs = cs;
				rl = g - cs + 1;
			}
		} else {
			cs = -1;
		}
	}
	for (g = 0; g < 8; g++) {
		if (g >= n)
			break;
		if (g == rs) {
			j = dt_put_ch(d, j, ':');
			j = dt_put_ch(d, j, ':');
			g += rl - 1;
			continue;
		}
		if (j > 0 && g != rs + rl)
			j = dt_put_ch(d, j, ':');
		j = dt_put_hex(d, j, w[g & 7], 0);
	}
	if (v4) {
		if (n != rs + rl)
			j = dt_put_ch(d, j, ':');
		j = dt_put_quad(d, j, a, 12);
	}
	dt_put_end(d, j);
	return 0;
}

/* n bytes as two hex digits each, ':' separated (link_ntop). */
__noinline int dt_g_link(struct dt_str *d, const struct dt_addr *a, int n)
{
	int j = 0;

	if (!d || !a)
		return 0;
	for (int i = 0; i < 20; i++) {
		if (i >= n)
			break;
		if (i)
			j = dt_put_ch(d, j, ':');
		j = dt_put_hex(d, j, a->b[i], 1);
	}
	dt_put_end(d, j);
	return 0;
}

#define DT_AF_INET 2
#define DT_AF_INET6 10
#define DT_ARPHRD_ETHER 1
#define DT_ARPHRD_INFINIBAND 32

/*
 * inet_ntop(af, addr) (kind 0), inet_ntoa6(addr, strict) (kind 1, af is
 * strict) and link_ntop(type, addr) (kind 2).  Returns 0, or the fault:
 * DTRACEFLT_BADADDR for a NULL addr, DTRACEFLT_ILLOP for a link type DTrace
 * does not know.  Memory that cannot be read does not fault (DTrace checks
 * only for NULL, dt_cg_subr_arg_to_tstring()).  inet_ntop() is Oracle's ternary
 * (dt_cg_subr_inet_ntop()): AF_INET6 is inet_ntoa6(addr, 1), any other
 * family inet_ntoa(addr).
 */
static __always_inline int dt_addr_ntop(char *d, int kind, __s64 af, const void *addr)
{
	struct dt_addr a = {};
	__u32 len;

	if (kind == 2)
		len = af == DT_ARPHRD_ETHER ? 6 : af == DT_ARPHRD_INFINIBAND ? 20 : 0;
	else if (kind == 1)
		len = 16;
	else
		len = af == DT_AF_INET6 ? 16 : 4;
	if (!len || len > sizeof(a))
		return DTRACEFLT_ILLOP;
	if (!addr)
		return DTRACEFLT_BADADDR;
	if (bpf_probe_read_kernel(&a, len, addr)) {
		/* as DTrace's: the read left zeros, which inet_ntoa() prints
		 * (inet_ntoa.S); inet_ntoa6() and link_ntop() give "" */
		__builtin_memset(&a, 0, sizeof(a));
		if (len != 4) {
			d[0] = 0;
			d[1] = 0;
			return 0;
		}
	}
	if (kind == 2)
		dt_g_link(DT_S(d), &a, len);
	else if (len == 4)
		dt_put_end(DT_S(d), dt_put_quad(DT_S(d), 0, &a, 0));
	else
		dt_g_inet6(DT_S(d), &a, kind == 0 || af != 0);
	return 0;
}

/* inet_ntoa(&ipaddr): dotted quad of the 4 bytes at addr (network order),
 * or NULL when addr is NULL. */
static __always_inline char *dt_inet_ntoa(char *d, const void *addr)
{
	return dt_addr_ntop(d, 0, DT_AF_INET, addr) ? 0 : d;
}

#endif
