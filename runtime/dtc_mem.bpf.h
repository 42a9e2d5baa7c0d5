/*
 * dtc_mem.bpf.h: DTrace's scratch memory (alloca(), copyin()) and the
 * subroutines that copy into it or out to user space (bcopy(), copyinto(),
 * copyout(), copyoutstr()); included by dtc.bpf.h when dtc defines
 * DT_WANT_ALLOCA (sema_mem.c, emit_mem.c).
 *
 * alloca'd memory is a per-CPU map region that every clause starts empty
 * (dt_alloca_begin), as DTrace frees it at clause end.  Its pointers are real
 * kernel addresses: they print, compare and convert like any pointer, and
 * any helper can read through them.  A load or store the compiler knows to
 * be alloca'd goes through DT_APTR: the address must lie in the clause's
 * allocations [abase, abase + atop) or the clause faults with
 * DTRACEFLT_BADADDR (DTRACEFLT_BADSIZE where it starts inside and ends
 * past the top), as DTrace does; the masked offset then keeps the
 * verifier's view of the access inside the map value.
 *
 * dtc defines DT_SCRATCHSIZE (the scratchsize option), DT_ASIZE (a power of
 * two >= DT_SCRATCHSIZE, at least 8) and DT_ASTAGE (a power of two >=
 * DT_ASIZE and DT_STRSIZE: copyout()'s staging buffer).
 */
#ifndef DTC_MEM_BPF_H
#define DTC_MEM_BPF_H

/* The largest size copyin(), bcopy() and copyinto() take: scratchsize, or
 * with scratchsize=0 DTrace's int scratchsize - 8 compared unsigned (so
 * any size, and the allocation then fails: dt_cg_subr_copyin()). */
#define DT_SCRATCH_MAXCOPY ((__u64)(DT_SCRATCHSIZE ? DT_SCRATCHSIZE : -8))

/* Offsets and variable sizes are masked with DT_AMASK; the region is large
 * enough for any masked offset plus any masked size (or a string). */
#define DT_AMASK (2 * DT_ASIZE - 1)
#define DT_ASTAGE_MASK (2 * DT_ASTAGE - 1)
/* A size masked where the verifier sees it: clang drops a mask that the
 * size's check already implies, and the verifier, which loses that bound
 * when clang tests a copy of the register, refused the read as unbounded
 * (copyin() in a clause split into functions, bpf_fit.c). */
#define DT_MASKED(v, mask)                                                                        \
	({                                                                                        \
		__u64 _mv = (__u64)(v);                                                           \
		asm volatile("" : "+r"(_mv));                                                     \
		_mv & (mask);                                                                     \
	})

struct dt_alloca {
	__u64 base;                              /* this CPU's mem[] address, as a scalar */
	char mem[4 * DT_ASIZE + DT_STRSIZE];     /* alloca'd memory */
	char stage[2 * DT_ASTAGE];               /* copyout() and copyoutstr() source */
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, DT_NEST); /* a firing's own: dt_nest_enter() */
	__type(key, __u32);
	__type(value, struct dt_alloca);
} dtc_alloca SEC(".maps");

/*
 * Set by dtrun when this kernel lets the program call bpf_probe_write_user()
 * (lockdown integrity and confidentiality forbid it).  The verifier knows
 * the frozen value, so where it is 0 the helper call is dead code, checked
 * by no one, and copyout() faults with DTRACEFLT_UPRIV instead.
 */
const volatile __u8 dtc_write_user = 0;

/*
 * Every clause: no allocations yet.  The verifier forbids subtracting a
 * pointer from a scalar, so alloca'd pointers are compared with the region's
 * address as a scalar: stored to the map and loaded back (volatile, so clang
 * cannot forward the pointer), it is one.
 */
static __always_inline int dt_alloca_begin(struct dt_ctx *c)
{
	__u32 lvl = c->lvl;
	struct dt_alloca *a = bpf_map_lookup_elem(&dtc_alloca, &lvl);

	if (!a)
		return -1;
	*(volatile __u64 *)&a->base = (__u64)a->mem;
	c->abase = *(volatile __u64 *)&a->base;
	c->areg = a;
	c->atop = 0;
	return 0;
}

/*
 * An ERROR clause: DTrace runs the ERROR clauses inside the faulting clause
 * (dt_probe_error() calls dt_error(), whose dt_cg_tramp_error() leaves the
 * scratch top alone: only dt_cg_call_clause() resets it), so the faulting
 * clause's allocations stay valid there, and an ERROR clause's own follow
 * them and the earlier ERROR clauses'.  dtc_error() passes the faulting
 * clause's top in c->atop, on the same scratch level (emit.c).
 */
static __always_inline int dt_alloca_error(struct dt_ctx *c)
{
	__u64 top = c->atop;

	if (dt_alloca_begin(c))
		return -1;
	c->atop = top;
	return 0;
}

/*
 * alloca(size): 8-byte aligned, at most scratchsize bytes per clause.  As
 * DTrace's dt_cg_subr_alloca_impl(), a full scratch space refuses even
 * alloca(0): the next allocation must start below scratchsize.
 */
#define DT_ALLOCA(c, size)                                                                        \
	({                                                                                        \
		__u64 _as = (__u64)(size), _ar;                                                   \
		if (_as > DT_SCRATCHSIZE || (c)->atop + _as > DT_SCRATCHSIZE ||                   \
		    (c)->atop >= DT_SCRATCHSIZE)                                                  \
			DT_FAULT(c, DTRACEFLT_NOSCRATCH, 0);                                      \
		_ar = (c)->abase + (c)->atop;                                                     \
		(c)->atop = ((c)->atop + _as + 7) & ~7ULL;                                        \
		_ar;                                                                              \
	})

/*
 * copyin(src, size): size bytes of user memory at src into new scratch
 * space, in DTrace's order (dt_cg_subr_copyin): a negative size or one
 * larger than scratchsize is a bad size, then the allocation (out of
 * scratch space), then the read (a bad address: src).
 */
#define DT_COPYIN(c, src, size)                                                                   \
	({                                                                                        \
		__u64 _is = (__u64)(size), _ip;                                                   \
		if ((__s64)_is < 0 || _is > DT_SCRATCH_MAXCOPY)                                   \
			DT_FAULT(c, DTRACEFLT_BADSIZE, _is);                                      \
		_ip = DT_ALLOCA(c, _is);                                                          \
		if (bpf_probe_read_user((c)->areg->mem + ((_ip - (c)->abase) & DT_AMASK),         \
					DT_MASKED(_is, DT_AMASK), (const void *)(__u64)(src)))    \
			DT_FAULT(c, DTRACEFLT_BADADDR, (src));                                    \
		_ip;                                                                              \
	})

/* The map address of `size` (a constant > 0) alloca'd bytes at addr, checked
 * as dt_cg_alloca_access_check() does: outside the allocations is a bad
 * address, starting inside but ending past their top a bad size. */
#define DT_APTR(c, addr, size)                                                                    \
	({                                                                                        \
		__u64 _pa = (__u64)(addr), _po = _pa - (c)->abase;                                \
		if (_po >= (c)->atop)                                                             \
			DT_FAULT(c, DTRACEFLT_BADADDR, _pa);                                      \
		if ((__u64)(size) > (c)->atop - _po) /* starts inside, ends past the top */      \
			DT_FAULT(c, DTRACEFLT_BADSIZE, (size));                                   \
		(void *)((c)->areg->mem + (_po & DT_AMASK));                                      \
	})

/* The object of type T at alloca'd address addr: an lvalue. */
#define DT_AMEM(c, T, addr) (*(T *)DT_APTR(c, addr, sizeof(T)))

/* Where DT_ACOPY's source is: kernel memory (bcopy()), user memory
 * (copyinto()), or the clause's own allocations (bcopy() of an alloca'd
 * pointer). */
#define DT_ACOPY_KERNEL 0
#define DT_ACOPY_USER 1
#define DT_ACOPY_ALLOCA 2

/*
 * bcopy(src, dst, size) and copyinto(src, size, dst): size bytes into
 * alloca'd dst, checked in DTrace's order (dt_cg_subr_bcopy_impl()): a
 * negative size or one larger than scratchsize is a bad size; then the
 * source: NULL is a bad address, and an alloca'd one must start inside the
 * clause's allocations (a bad address) with size fitting there (a bad
 * size); then dst likewise; then the read (a bad address: src).
 */
#define DT_ACOPY(c, dst, size, src, from)                                                         \
	do {                                                                                      \
		__u64 _cd = (__u64)(dst), _cn = (__u64)(size), _co = _cd - (c)->abase;            \
		__u64 _cs = (__u64)(src), _so = _cs - (c)->abase;                                 \
		long _cr;                                                                         \
		if ((__s64)_cn < 0 || _cn > DT_SCRATCH_MAXCOPY)                                   \
			DT_FAULT(c, DTRACEFLT_BADSIZE, _cn);                                      \
		if ((from) == DT_ACOPY_ALLOCA) {                                                  \
			if (_so >= (c)->atop)                                                     \
				DT_FAULT(c, DTRACEFLT_BADADDR, _cs);                              \
			if (_cn > (c)->atop - _so)                                                \
				DT_FAULT(c, DTRACEFLT_BADSIZE, _cn);                              \
		} else if (!_cs) {                                                                \
			DT_FAULT(c, DTRACEFLT_BADADDR, 0);                                        \
		}                                                                                 \
		if (_co >= (c)->atop)                                                             \
			DT_FAULT(c, DTRACEFLT_BADADDR, _cd);                                      \
		if (_cn > (c)->atop - _co)                                                        \
			DT_FAULT(c, DTRACEFLT_BADSIZE, _cn);                                      \
		if ((from) == DT_ACOPY_USER)                                                      \
			_cr = bpf_probe_read_user((c)->areg->mem + (_co & DT_AMASK),              \
						  DT_MASKED(_cn, DT_AMASK), (const void *)_cs);   \
		else                                                                              \
			_cr = bpf_probe_read_kernel((c)->areg->mem + (_co & DT_AMASK),            \
						    DT_MASKED(_cn, DT_AMASK), (const void *)_cs); \
		if (_cr)                                                                          \
			DT_FAULT(c, DTRACEFLT_BADADDR, _cs);                                      \
	} while (0)

/* copyout(src, addr, size): size bytes of any readable memory to user addr. */
#define DT_COPYOUT(c, src, addr, size)                                                            \
	do {                                                                                      \
		__u64 _os = (__u64)(src), _oa = (__u64)(addr), _on = (__u64)(size);               \
		char *_ob = (c)->areg->stage;                                                     \
		if (_on > DT_ASTAGE)                                                              \
			DT_FAULT(c, DTRACEFLT_BADSIZE, _on);                                      \
		if (bpf_probe_read_kernel(_ob, DT_MASKED(_on, DT_ASTAGE_MASK), (const void *)_os)) \
			DT_FAULT(c, DTRACEFLT_BADADDR, _os);                                      \
		if (!_oa) /* dt_cg_check_notnull(), whether or not it may write */              \
			DT_FAULT(c, DTRACEFLT_BADADDR, 0);                                        \
		if (_on && !dtc_write_user)                                                       \
			DT_FAULT(c, DTRACEFLT_UPRIV, _oa);                                        \
		if (_on && bpf_probe_write_user((void *)_oa, _ob, DT_MASKED(_on, DT_ASTAGE_MASK))) \
			DT_FAULT(c, DTRACEFLT_BADADDR, _oa);                                      \
	} while (0)

/* copyoutstr(str, addr, maxlen): the string and its NUL, at most maxlen bytes. */
#define DT_COPYOUTSTR(c, src, addr, maxlen)                                                       \
	do {                                                                                      \
		__u64 _os = (__u64)(src), _oa = (__u64)(addr), _on = (__u64)(maxlen);             \
		char *_ob = (c)->areg->stage;                                                     \
		if (!_oa) /* dt_cg_check_notnull(), before the string is read */                \
			DT_FAULT(c, DTRACEFLT_BADADDR, 0);                                        \
		long _ol = bpf_probe_read_kernel_str(_ob, DT_STRSIZE, (const void *)_os);         \
		if (_ol < 0)                                                                      \
			DT_FAULT(c, DTRACEFLT_BADADDR, _os);                                      \
		if ((__u64)_ol < _on)                                                             \
			_on = (__u64)_ol;                                                         \
		if (_on > DT_ASTAGE)                                                              \
			_on = DT_ASTAGE;                                                          \
		if (_on && !dtc_write_user)                                                       \
			DT_FAULT(c, DTRACEFLT_UPRIV, _oa);                                        \
		if (_on && bpf_probe_write_user((void *)_oa, _ob, DT_MASKED(_on, DT_ASTAGE_MASK))) \
			DT_FAULT(c, DTRACEFLT_BADADDR, _oa);                                      \
	} while (0)

#endif
