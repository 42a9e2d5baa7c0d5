/*
 * dt_family.h: the probe families, one row each, shared by dtc and dtrun.
 *
 * A family is one way a BPF program fires: what kind of program dtc writes
 * for it, how dtrun attaches (or runs) it and numbers its probes.  dtc
 * writes one program per family and parameter (dtc_p<P>) and names the
 * family in the metadata's "prog" lines (grammar in dtc_abi.h); dtrun reads
 * the name back.  This table is the only place a family's properties are
 * written: code asks a row (dt_family(fam)->cookie), never lists families.
 *
 * Providers own families: compiler/prov_*.c decide which families a probe
 * description reaches and write their programs, loader/prov_*.c list this
 * host's probes of them and attach them.  A new kernel provider over an
 * existing mechanism is a row of dt_provtab.h (family tp), not a family.
 * The generated BPF C does not include this header.
 */
#ifndef DT_FAMILY_H
#define DT_FAMILY_H

#include "dtc_abi.h" /* DT_KSKIP_GLUE */

enum dt_fam {
	DT_FAM_BEGIN,          /* dtrace:::BEGIN */
	DT_FAM_END,            /* dtrace:::END */
	DT_FAM_ERROR,          /* dtrace:::ERROR */
	DT_FAM_SYSCALL_ENTRY,  /* syscall:::entry, one raw_tp on sys_enter */
	DT_FAM_SYSCALL_RETURN, /* syscall:::return, one raw_tp on sys_exit */
	DT_FAM_PROFILE,        /* profile-N: a timer on every CPU */
	DT_FAM_TICK,           /* tick-N: a timer on one CPU */
	DT_FAM_TP,             /* proc/sched/io/... probe on its raw tracepoint */
	DT_FAM_RAWTP,          /* rawtp/sdt: any tracepoint */
	DT_FAM_UPROBE,         /* pid entry/offset, sdt:::dt_probe */
	DT_FAM_URETPROBE,      /* pid return */
	DT_FAM_USDT,           /* USDT notes (libbpf usdt) */
	DT_FAM_FENTRY,         /* fbt entry */
	DT_FAM_FEXIT,          /* fbt return */
	DT_FAM_KFN_ENTRY,      /* a stable probe on a kernel function's entry (io:::wait-start) */
	DT_FAM_KFN_RETURN,     /* ... on its return (io:::wait-done) */
	DT_FAM_CPC,            /* cpc:::EVENT-MODE-COUNT: a counter on every CPU */
	DT_FAM_NUM
};

/* How a family's program fires. */
enum dt_fam_run {
	DT_RUN_ATTACH,         /* attached to this host's probes */
	DT_RUN_ONCE,           /* run once by dtrun itself (BPF_PROG_TEST_RUN) */
	DT_RUN_CALLED,         /* no program: its clauses run from dtc_error() */
};

/* Which of this host's probes of the family a program fires for. */
enum dt_fam_match {
	DT_MATCH_ALL,          /* any: its clauses' descriptions choose */
	DT_MATCH_NAME,         /* the probe its parameter names ("profile-97") */
	DT_MATCH_PROG,         /* the one probe whose key is the program */
};

/* Whether a probe's later clauses run once an earlier one called exit(). */
enum dt_fam_gate {
	DT_GATE_ACTIVE,        /* only while active (DTrace's DRAINING state) */
	DT_GATE_WARMUP,        /* also while dtrun attaches (BEGIN: run.c) */
	DT_GATE_ALWAYS,        /* always (END runs while draining) */
};

struct dt_family {
	const char *name;      /* its name in the metadata's prog lines */
	const char *sec;       /* SEC() of its program; NULL: none */
	const char *ctx;       /* the program's context type */
	const char *twin;      /* SEC() of its kprobe twin dtc_p<P>_kp, or NULL */
	const char *tp;        /* the raw tracepoint its one program attaches to */
	enum dt_fam_run run;
	enum dt_fam_match match;
	enum dt_fam_gate gate;
	unsigned char cookie;  /* the probe ID travels in the BPF cookie: a
				  record's probe key is the probe ID */
	unsigned char syscall; /* probe key: the syscall number; dtc_sys_on */
	unsigned char user;    /* user-space probes (attached first) */
	unsigned char ret;     /* a return probe (listed after entry probes) */
	unsigned char kskip;   /* dtc_kskip: the kernel stack's frames that are
				  the tracer's: a count, or DT_KSKIP_GLUE */
	unsigned char prov;    /* its program needs dt_prov.bpf.h */
	unsigned char perf;    /* its program needs <linux/bpf_perf_event.h> */
};

#define DT_RAWTP_CTX "struct bpf_raw_tracepoint_args"

static const struct dt_family dt_families[DT_FAM_NUM] = {
	/* DTrace fires BEGIN and END in a uprobe on its consumer, whose kernel
	 * stack is empty: stack() has no frame, stackdepth and caller are 0
	 * (dtrun's BPF_PROG_TEST_RUN frames are none of the script's) */
	[DT_FAM_BEGIN] = { .name = "begin", .sec = "raw_tp", .ctx = "void", .run = DT_RUN_ONCE,
			   .gate = DT_GATE_WARMUP, .kskip = DT_KSKIP_ALL },
	[DT_FAM_END] = { .name = "end", .sec = "raw_tp", .ctx = "void", .run = DT_RUN_ONCE,
			 .gate = DT_GATE_ALWAYS, .kskip = DT_KSKIP_ALL },
	[DT_FAM_ERROR] = { .name = "error", .run = DT_RUN_CALLED, .gate = DT_GATE_ALWAYS,
			   .kskip = DT_KSKIP_GLUE },
	[DT_FAM_SYSCALL_ENTRY] = { .name = "syscall-entry", .sec = "raw_tp/sys_enter",
				   .ctx = DT_RAWTP_CTX, .tp = "sys_enter", .syscall = 1,
				   .kskip = DT_KSKIP_GLUE },
	[DT_FAM_SYSCALL_RETURN] = { .name = "syscall-return", .sec = "raw_tp/sys_exit",
				    .ctx = DT_RAWTP_CTX, .tp = "sys_exit", .syscall = 1, .ret = 1,
				    .kskip = DT_KSKIP_GLUE },
	/* a perf_event sample's stack starts at the interrupted PC: nothing to skip */
	[DT_FAM_PROFILE] = { .name = "profile", .sec = "perf_event",
			     .ctx = "struct bpf_perf_event_data", .match = DT_MATCH_NAME,
			     .perf = 1 },
	[DT_FAM_TICK] = { .name = "tick", .sec = "perf_event", .ctx = "struct bpf_perf_event_data",
			  .match = DT_MATCH_NAME, .perf = 1 },
	[DT_FAM_TP] = { .name = "tp", .sec = "raw_tp", .ctx = DT_RAWTP_CTX, .match = DT_MATCH_PROG,
			.kskip = DT_KSKIP_GLUE, .prov = 1 },
	[DT_FAM_RAWTP] = { .name = "rawtp", .sec = "raw_tp", .ctx = DT_RAWTP_CTX, .cookie = 1,
			   .kskip = DT_KSKIP_GLUE, .prov = 1 },
	[DT_FAM_UPROBE] = { .name = "uprobe", .sec = "uprobe", .ctx = "struct pt_regs",
			    .cookie = 1, .user = 1, .kskip = 1, .prov = 1 },
	[DT_FAM_URETPROBE] = { .name = "uretprobe", .sec = "uretprobe", .ctx = "struct pt_regs",
			       .cookie = 1, .user = 1, .ret = 1, .kskip = 1, .prov = 1 },
	[DT_FAM_USDT] = { .name = "usdt", .sec = "usdt", .ctx = "struct pt_regs", .cookie = 1,
			  .user = 1, .kskip = 1, .prov = 1 },
	[DT_FAM_FENTRY] = { .name = "fentry", .sec = "fentry", .ctx = "unsigned long long",
			    .twin = "kprobe", .cookie = 1, .kskip = 1, .prov = 1 },
	[DT_FAM_FEXIT] = { .name = "fexit", .sec = "fexit", .ctx = "unsigned long long",
			   .twin = "kretprobe", .cookie = 1, .ret = 1, .kskip = 1, .prov = 1 },
	/* a dt_provtab.h row on a kernel function (its kfn): fentry/fexit on
	 * it, or the kprobe twin; one probe, listed in the table's order */
	[DT_FAM_KFN_ENTRY] = { .name = "kfn-entry", .sec = "fentry", .ctx = "unsigned long long",
			       .twin = "kprobe", .match = DT_MATCH_PROG, .kskip = 1, .prov = 1 },
	[DT_FAM_KFN_RETURN] = { .name = "kfn-return", .sec = "fexit", .ctx = "unsigned long long",
				.twin = "kretprobe", .match = DT_MATCH_PROG, .kskip = 1, .prov = 1 },
	[DT_FAM_CPC] = { .name = "cpc", .sec = "perf_event", .ctx = "struct bpf_perf_event_data",
			 .match = DT_MATCH_NAME, .perf = 1 },
};

/* Family fam's row; NULL for a number no family has (an unknown name). */
static inline const struct dt_family *dt_family(int fam)
{
	return fam >= 0 && fam < DT_FAM_NUM ? &dt_families[fam] : NULL;
}

/* The family a metadata name names, or -1. */
static inline int dt_family_find(const char *name, unsigned long len)
{
	for (int i = 0; i < DT_FAM_NUM; i++) {
		const char *n = dt_families[i].name;
		unsigned long k = 0;

		while (k < len && n[k] && n[k] == name[k])
			k++;
		if (k == len && !n[k])
			return i;
	}
	return -1;
}

#endif
