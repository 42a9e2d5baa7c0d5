/*
 * dtc_var.bpf.h: BPF-side helpers for D's dynamic variables (associative
 * arrays, thread-locals), included by dtc.bpf.h.  The maps and structs
 * themselves are generated per script (compiler/emit_var.c).
 */
#ifndef DTC_VAR_BPF_H
#define DTC_VAR_BPF_H

#include "dt_core.bpf.h"

/* Zero n bytes (n a constant multiple of 8) of a key under construction. */
static __always_inline void dt_zero(char *p, __u32 n)
{
	/* the empty asm keeps clang from turning a large loop into a call to
	 * memset(), which BPF does not have (print() of a task_struct) */
	for (__u32 i = 0; i < n / 8; i++) {
		((__u64 *)p)[i] = 0;
		__asm__ __volatile__("" ::: "memory");
	}
}

/*
 * A dynamic variable store with no space left: a dynamic variable drop,
 * reported by dtrun, and the clause ends there, without a fault and without
 * its record, as Oracle DTrace's dt_cg_store_var() returns from the clause
 * when dt_get_dvar() finds no room (the clause's `dropped:` label,
 * compiler/emit_stmt.c).  DT_DYN_DROPPED() when the drop was counted.
 */
#define DT_DYN_DROP(c)                                                                            \
	do {                                                                                      \
		dt_stat_inc(DT_STAT_DYN_DROPS);                                                   \
		goto dropped;                                                                     \
	} while (0)
#define DT_DYN_DROPPED(c) goto dropped

/*
 * Store v into bit-field `field` of the kernel struct at s, a variable's
 * storage (BPF map memory, compiler/emit_var.c): its storage unit's byte
 * offset and size and its shifts are CO-RE relocated, as libbpf's
 * BPF_CORE_READ_BITFIELD() reads it.  Little-endian: the field is bits
 * [RSHIFT - LSHIFT, 64 - LSHIFT) of the unit loaded into a u64.
 */
#define DT_CORE_WRITE_BITFIELD(s, field, v)                                                       \
	DT_CORE_WRITE_BITFIELD_AT(s, field, v,                                                    \
				  (char *)(s) + __builtin_preserve_field_info((s)->field,         \
									      BPF_FIELD_BYTE_OFFSET))

/* The same in alloca'd memory at s: its storage unit reached through
 * DT_APTR(), bounds-checked as every store there (compiler/emit_types.c). */
#define DT_CORE_AWRITE_BITFIELD(c, s, field, v)                                                   \
	DT_CORE_WRITE_BITFIELD_AT(                                                                \
		s, field, v,                                                                      \
		(char *)DT_APTR(c,                                                                \
				(__u64)(s) + __builtin_preserve_field_info((s)->field,            \
									   BPF_FIELD_BYTE_OFFSET),\
				__builtin_preserve_field_info((s)->field, BPF_FIELD_BYTE_SIZE)))

#define DT_CORE_WRITE_BITFIELD_AT(s, field, v, unit)                                              \
	({                                                                                        \
		char *_bp = (unit);                                                               \
		__u32 _bsz = __builtin_preserve_field_info((s)->field, BPF_FIELD_BYTE_SIZE);      \
		__u32 _bls = __builtin_preserve_field_info((s)->field, BPF_FIELD_LSHIFT_U64);     \
		__u32 _brs = __builtin_preserve_field_info((s)->field, BPF_FIELD_RSHIFT_U64);     \
		__u32 _bpos = _brs - _bls;                                                        \
		__u64 _bm = (_brs ? (1ULL << (64 - _brs)) - 1 : ~0ULL) << _bpos;                  \
		__u64 _bu = 0;                                                                    \
		switch (_bsz) {                                                                   \
		case 1: _bu = *(__u8 *)_bp; break;                                                \
		case 2: _bu = *(__u16 *)_bp; break;                                               \
		case 4: _bu = *(__u32 *)_bp; break;                                               \
		default: _bu = *(__u64 *)_bp; break;                                              \
		}                                                                                 \
		_bu = (_bu & ~_bm) | (((__u64)(v) << _bpos) & _bm);                               \
		switch (_bsz) {                                                                   \
		case 1: *(__u8 *)_bp = (__u8)_bu; break;                                          \
		case 2: *(__u16 *)_bp = (__u16)_bu; break;                                        \
		case 4: *(__u32 *)_bp = (__u32)_bu; break;                                        \
		default: *(__u64 *)_bp = _bu; break;                                              \
		}                                                                                 \
	})

#endif
