/*
 * dtc_abi.h: the contract between a dtc-compiled BPF object and dtrun.
 *
 * This header is included by the generated BPF C (through dtc.bpf.h), by the
 * compiler (which writes the metadata) and by dtrun (which reads it).  It uses
 * only fixed-width types so the same layout holds on both sides.
 *
 * An object has three parts dtrun cares about:
 *
 * 1. BPF programs, one per probe family (dt_family.h), named dtc_p<N>.
 *    Each calls the clauses that may fire on it, in script order, each guarded
 *    by a load-time switch dtc_on[pair] that dtrun sets from probe matching.
 *
 * 2. Maps and globals:
 *    - dtc_rb      BPF_MAP_TYPE_RINGBUF: output records (struct dt_rec_hdr +
 *                  items), error records, drop counters live in dtc_stat.
 *    - dtc_scratch per-CPU array, an entry per nesting level: the record
 *                  under construction; dtc_tmp: the string temporaries.
 *    - .rodata     const volatile load-time parameters, set by dtrun before
 *                  load: DT_RODATA_PARAMS below.
 *    - .bss        D global variables, and those dtrun writes once the
 *                  object is loaded: DT_BSS_PARAMS below.
 *
 * 3. Section ".dtc": metadata, a NUL-terminated text, grammar below.  Text so
 *    that it is versioned, greppable (dtc -d meta), and easy to extend without
 *    breaking older loaders: unknown line kinds are ignored by dtrun.
 *
 * Metadata grammar (one directive per line, tokens separated by one space;
 * STR is a double-quoted string with C escapes \\ \" \n \t and octal \NNN):
 *
 *   dtc-meta V                          V 1 to 4 (DTC_META_VERSION below)
 *   script STR                          script name for "matched N probes"
 *   dtc STR                             the dtc version that wrote the object
 *   source sha256 HEX                   SHA-256 of the D source compiled (the
 *                                       script and -n programs, after cpp)
 *   option NAME STR                     option as set in the script / dtc -x;
 *                                       STR "" when it was given no value
 *   macro N KIND                        $N used; KIND i (integer) or s ($$N);
 *                                       both lines when a script uses both
 *   target                              $target used
 *   input KIND STR                      one of several programs compiled
 *                                       together, in command-line order:
 *                                       KIND script (STR its path) or
 *                                       description (STR a -n, -P, -m or -f
 *                                       as written); none for one program
 *   cinput C K                          clause C came from the K-th input
 *   clause C NDESC                      clause C (0-based, script order)
 *   pdesc C STR [LINE]                  one probe description of clause C,
 *                                       as written (4 or 5 fields, globs kept),
 *                                       and its line in the script
 *   cline C LINE                        clause C's first line in the script
 *                                       (dtrun names it when the kernel
 *                                       refuses its program)
 *   cattr C DESC STMT                   clause C's stability attributes: its
 *                                       probe descriptions' and its
 *                                       statements', each packed as
 *                                       runtime/dt_attr.h packs them
 *                                       (dtrun -v reports them)
 *   sline STR LINE COL LEN STR          a D line (file as dtc named it, its
 *                                       line) that holds statements, or a
 *                                       clause's start: the columns its
 *                                       statements span and its text; the
 *                                       C is under #line directives naming
 *                                       these lines, and dtrun reports a
 *                                       verifier rejection at the line the
 *                                       verifier's log names (loader/vlog.c)
 *   prog P FAMILY STR                   program dtc_p<P>; FAMILY is a family's
 *                                       name in dt_family.h's table (begin
 *                                       end error syscall-entry ...); STR is
 *                                       the probe name for profile/tick
 *                                       ("profile-97", "tick-1s"); for tp
 *                                       "prov:::name" (dt_provtab.h); for
 *                                       the families whose probe ID travels
 *                                       in the BPF cookie (rawtp uprobe
 *                                       uretprobe usdt fentry fexit) "cN":
 *                                       clause N's descriptions, resolved by
 *                                       dtrun, record probe = probe ID;
 *                                       else ""
 *   pair I P C                          dtc_on[I] enables clause C in prog P
 *   dsc I OFF ROWS K                    pair I reaches its program by several
 *                                       descriptions (each a statement of
 *                                       DTrace's): dtc_dsc[OFF + R * K + k]
 *                                       is the k-th of them that matches the
 *                                       probe (row R: the syscall number
 *                                       when ROWS is DT_MAX_SYSCALLS, else
 *                                       0), 1-based, 0 after the last
 *   part I K                            pair I's clause is the first of part
 *                                       K of its program: a program dtc_pP_tK
 *                                       of P's type that dtrun loads with P
 *                                       and puts in slot K of dtc_tail_P, a
 *                                       prog array (compiler/emit_split.c)
 *   act A C KIND NARGS STR ARG...       action A of clause C; KIND in DT_ACT_*
 *                                       names (printf trace exit printa ...);
 *                                       STR is the printf format or "";
 *                                       freopen: printf's format and args
 *                                       give the path later output goes to
 *                                       (appended; "" back to stdout);
 *                                       ftruncate: no args, truncates the
 *                                       current output file;
 *                                       ARG is a value descriptor:
 *                                         iN / uN  integer, N bytes (1,2,4,8)
 *                                                  stored as 8 bytes, sign- or
 *                                                  zero-extended
 *                                         sN       string, N bytes, NUL-padded
 *                                         sN/M     a char array of M bytes (M <
 *                                                  N) recorded as string sN:
 *                                                  %S escapes M bytes at most
 *                                         pN       pointer-sized int, N bytes
 *                                         fN       float (4), double (8), long
 *                                                  double (16): the value's raw
 *                                                  bits, N rounded up to 8
 *                                         @8       an aggregation: the payload
 *                                                  holds its ID (printa clear
 *                                                  trunc normalize denormalize)
 *   agg ID STR FUNC NVALS P0 P1 P2 P3 NKEYS KEY...
 *                                       aggregation ID, named STR ("" for @),
 *                                       in BPF_MAP_TYPE_PERCPU_HASH dtc_agg<ID>
 *                                       (NKEYS 0: a one-entry PERCPU_ARRAY,
 *                                       key 0, whose value has one more word,
 *                                       nonzero once updated);
 *                                       FUNC count sum avg min max stddev
 *                                       quantize lquantize llquantize; value:
 *                                       NVALS u64 words (compiler/agg.h),
 *                                       then a word set on the CPUs that
 *                                       made their entry (dtc_agg.bpf.h);
 *                                       P0..P3: lquantize base limit step 0,
 *                                       llquantize factor low high steps, else
 *                                       0; KEY: key components in order, each
 *                                       8-byte aligned in the map key: iN/uN
 *                                       integer printed as N bytes, stored as
 *                                       8; pN pointer; sN string, N bytes
 *                                       NUL-padded
 *                                         kN       kernel stack (stack()),
 *                                                  N payload bytes; a stack
 *                                                  value, layout below
 *                                         UN       user stack (ustack()),
 *                                                  N payload bytes, same layout
 *                                         aN yN mN kernel address printed as
 *                                                  sym() / func() / mod();
 *                                                  N = 8 (the address)
 *                                         AN YN MN XN  user address printed
 *                                                  as usym() / ufunc() /
 *                                                  umod() / uaddr(); N = 16:
 *                                                  address, then tgid
 *                                         rN       N bytes of memory
 *                                                  (tracemem(), after a u8
 *                                                  with the bytes to print;
 *                                                  an aggregation key: a
 *                                                  struct or union of N
 *                                                  bytes, zero-padded to 8)
 *   aggsum ID W                         after aggregation ID's line: word W of
 *                                       its value is the sum of the values
 *                                       given (each times its increment,
 *                                       wrapping at 64 bits), not a bucket:
 *                                       quantize (W 127) and lquantize (W
 *                                       NVALS - 1: NVALS is levels + 3);
 *                                       without it lquantize's NVALS is
 *                                       levels + 2
 *   ptype T KIND SIZE FLAGS REF N STR   a type print() records (T from 0):
 *                                       KIND int enum ptr float array struct
 *                                       union void; SIZE bytes; FLAGS (int,
 *                                       enum) 1 signed, 2 char, 4 bool; REF
 *                                       array: element type T, else -1; N
 *                                       array: elements, struct/union:
 *                                       pmember lines, enum: penum lines;
 *                                       STR the name print() shows ("char [5]")
 *   pmember T STR TYPE BITOFF BITS      member STR of struct/union T, in
 *                                       order: its type, bit offset in the
 *                                       compile-time layout, bit-field width
 *                                       or 0 (kernel types: anonymous
 *                                       members flattened)
 *   penum T STR VALUE                   an enumerator of enum T
 *   print A T                           action A (kind print: p8 then rN,
 *                                       N = SIZE of T) prints a value of T
 *                                       (trace of a struct/union/array is
 *                                       kind trace with one rN: a hex dump)
 *   kvar STR KIND STR2 SIZE             variable STR ("g", "self->t",
 *                                       "this->t", "a") holds a kernel
 *                                       KIND (struct, union, or typedef of
 *                                       an anonymous one) named STR2
 *                                       in SIZE bytes (the compile-time
 *                                       size rounded up to 8); dtrun
 *                                       refuses a kernel whose type is
 *                                       larger or missing
 *   sum HEX                             CRC-32 (zlib's) of the whole object
 *                                       file with HEX as 8 '0's: dtc writes
 *                                       it last; dtrun tells an object
 *                                       changed since (corrupted, edited)
 *                                       from a dtc bug when it fails to load
 *   end
 *
 * Stack values (stack(), ustack(): trace items and aggregation keys alike):
 * an array of 1 + F u64, F = the frames asked for (stack(n) / ustack(n), else
 * the stackframes / ustackframes option, default 20 / 100, at most
 * DT_MAX_STACK_FRAMES).  Word 0 is the depth (number of valid frames) in its
 * low 32 bits and, for a user stack, the tgid of the traced process in its
 * high 32 bits (0 for a kernel stack); words 1..depth are the PCs, innermost
 * first; words past depth are zero, so equal stacks compare equal bytewise.
 * dtrun symbolizes kernel PCs with /proc/kallsyms and user PCs with the ELF
 * symbols of the tgid's mappings (raw addresses once that process is gone).
 *
 * Ring-buffer record: struct dt_rec_hdr, then items, each struct dt_item then
 * its payload: the action's arguments in order, each 8 bytes (integers) or
 * N bytes (strings, N rounded up to 8).  Items are 8-byte aligned.
 */
#ifndef DTC_ABI_H
#define DTC_ABI_H

/*
 * The newest metadata version dtrun reads and dtc writes.  dtc writes the
 * oldest version that describes an object: 4 where an older dtrun would
 * not run a program's later parts ("part"), 3 where it would misrun it (a
 * clause whose descriptions are statements told apart: "dsc", or the
 * description in a cookie), 2 where it would misread it
 * (lquantize() values with their sum word after the buckets, "aggsum"), 1
 * otherwise.
 */
#define DTC_META_VERSION 4
#define DTC_META_SECTION ".dtc"
#define DTC_META_SUM_LINE "sum 00000000\n" /* before "end": 8 hex digits */

/*
 * Load-time parameters: every global dtrun writes into an object.  An
 * object declares only those it uses (compiler/emit.c, emit_var.c and the
 * BPF headers in runtime/); dtrun fills each one the object has, each by
 * its function param_<ID>() in loader/params.c, which this table lists (a
 * row that has no function there does not compile).  NAME "dtc_mac_*" is
 * one variable per N.
 *
 *	X(ID, NAME, C TYPE, FILLED FROM)
 */
#define DT_RODATA_PARAMS(X)                                                                        \
	X(on, "dtc_on", "__u8 [npairs]", "probe matching: pair I's clause is on")                  \
	X(dsc, "dtc_dsc", "__u16 [..]",                                                            \
	  "probe matching: the descriptions (statements) of pairs that have several")              \
	X(sys_on, "dtc_sys_on", "__u8 [npairs][DT_MAX_SYSCALLS]",                                  \
	  "probe matching: pair I's clause is on and matches syscall NR")                          \
	X(sysnames, "dtc_sysnames", "char [DT_MAX_SYSCALLS][DT_SYSNAME_LEN]",                       \
	  "this host's syscall names, by number (probefunc)")                                      \
	X(sysargc, "dtc_sysargc", "__u8 [DT_MAX_SYSCALLS]",                                        \
	  "tracefs: syscall NR's argument count + 1, 0 if unknown (entry args past it are 0)")      \
	X(sys_id, "dtc_sys_id", "__u32 [2][DT_MAX_SYSCALLS]",                                      \
	  "the probe IDs of syscall NR's entry and return probes (id)")                            \
	X(prog_id, "dtc_prog_id", "__u32 [nprogs]", "the probe ID program P fires for (id)")       \
	X(cpuinfo, "dtc_cpuinfo", "struct dt_cpuinfo [DT_MAX_CPUS]",                               \
	  "sysfs: each CPU's chip and NUMA node (curcpu)")                                         \
	X(blkdevs, "dtc_blkdevs", "char [DT_MAX_BLKDEV][DT_BLKDEV_LEN]",                           \
	  "/proc/devices: the block drivers' names, by major (io's devinfo_t dev_name)")           \
	X(write_user, "dtc_write_user", "__u8",                                                    \
	  "1 when bpf_probe_write_user may run (copyout(), -w)")                                   \
	X(mac, "dtc_mac_*", "long long", "the command line: $N as an integer")                     \
	X(smac, "dtc_smac_*", "char [DT_STRSIZE]", "the command line: $$N ($0: the script)")       \
	X(target, "dtc_target", "__s32", "-c/-p: $target")                                         \
	X(smv, "dtc_smv_*", "char [DT_STRSIZE]",                                                   \
	  "$$pid ... $$target (DT_MACVAR_NAMES) as strings")                                       \
	X(macvar, "dtc_macvar", "int [8]", "dtrun's $pid $ppid $uid $gid $euid $egid $pgid $sid")  \
	X(instance, "dtc_instance", "char [DT_STRSIZE]", "--instance NAME (D's instance)")         \
	X(walloff, "dtc_walloff", "__s64",                                                         \
	  "CLOCK_REALTIME - CLOCK_BOOTTIME in ns: walltimestamp = boot ns + dtc_walloff")          \
	X(kskip, "dtc_kskip", "__u8 [256]",                                                        \
	  "per program P: kernel stack frames to skip, or DT_KSKIP_GLUE")                          \
	X(nspec, "dtc_nspec", "__u32", "the nspec option (speculations)")                          \
	X(specsize, "dtc_specsize", "__u64", "the specsize option")                                \
	X(rb_wake, "dtc_rb_wake", "__u64", "a quarter of the ring buffer: wake the reader")        \
	X(dyn_max, "dtc_dyn_max", "__u64", "-x dynvarsize: bytes of dynamic variable space")      \
	X(self_max, "dtc_self_max", "__u64", "-x dynvarsize: older objects' own self-> space")       \
	X(cpu, "dtc_cpu", "__s32", "-x cpu: the one CPU probes fire on, or -1 for all")

/* Written by dtrun into the loaded .bss (not through the table above). */
#define DT_BSS_PARAMS(X)                                                                           \
	X(activity, "dtc_activity", "__u32",                                                       \
	  "DT_ACTIVITY_*: WARMUP while probes attach (loader/run.c)")                              \
	X(kglue, "dtc_kglue", "struct { __u32 n, skip; __u64 r[DT_KGLUE_MAX][2]; }",                \
	  "the tracer's kernel address ranges stack() skips (loader/kglue.c)")

/* Limits shared by both sides. */
#define DT_MAX_SYSCALLS 512      /* syscall numbers covered by dtc_sys_on */
/* A cookie family's BPF cookie: the probe ID in the low half; in the high
 * half a pid return probe's offset in its function (the low 24 bits) and,
 * in the top byte, which of its clause's descriptions (0-based, 255 for
 * 255 and later; metadata version 3) the attachment is for: the statement */
#define DT_COOKIE_DSC_SHIFT 56
#define DT_COOKIE_DSC_MAX 255
#define DT_COOKIE_OFF_MASK 0xffffffULL
#define DT_MAX_MACROS 64         /* macro arguments $1..$63 (and $0) */
/* dtc's exit status in dtrun's one-step mode when the program names probes
 * by ID (3 { }): it wrote the IDs to --probe-ids-out, one a line, and said
 * nothing else; dtrun runs it again with --probe-id ID=DESC for each */
#define DTC_EXIT_PROBE_IDS 3
/* Its exit status when it found an error after a description of the pid
 * provider naming a live process (pid$target with -c/-p, pid1234): it wrote
 * those descriptions (prov:mod:func:name, the process's pid in prov) to
 * --pid-descs-out, one a line, and said nothing; dtrun runs it again with a
 * --pid-desc-result for each, what dtrace says as it makes their probes */
#define DTC_EXIT_PID_DESCS 4
/* DTrace's macro variables (dt_open.c); $$NAME, their value as a string, is
 * the load-time global dtc_smv_NAME (char[DT_STRSIZE]) */
#define DT_MACVAR_NAMES "pid", "ppid", "uid", "gid", "euid", "egid", "pgid", "sid", "target"
#define DT_SYSNAME_LEN 32        /* dtc_sysnames[nr] entry size */
#define DT_MAX_BLKDEV 512        /* dtc_blkdevs entries: the kernel's BLKDEV_MAJOR_MAX */
#define DT_BLKDEV_LEN 16         /* a block major's name, as register_blkdev() keeps it */
#define DT_OUT_SIZE 16384        /* one record under construction, at most */
#define DT_NEST 4                /* probe firings one CPU runs at once, at most
				    (task, softirq, hard irq, NMI): dt_nest_enter() */
#define DT_SCRATCH_SIZE 32768    /* dtc_scratch value: 2*DT_OUT_SIZE of output
				    area (the kernel's per-CPU unit, 32 KB, at most) */
#define DT_TMP_SIZE 32768        /* dtc_tmp value: a clause's string temporaries */
#define DT_TMP_GROUPS_MAX 8      /* dtc_tmp values one nesting level may take */
#define DT_MAX_STRSIZE 32767     /* largest strsize whose strings (strsize + 1
				    bytes) fit dtc_tmp, a per-CPU map value */
#define DT_MAX_SCRATCHSIZE 4096  /* largest scratchsize (alloca) dtc accepts */
#define DT_STACK_FRAMES 20       /* default stackframes */
#define DT_USTACK_FRAMES 100     /* default ustackframes */
#define DT_MAX_STACK_FRAMES 127  /* most frames one stack value holds */
#define DT_KSKIP_GLUE 0x80       /* dtc_kskip[P]: skip the tracer's frames by address */
#define DT_KSKIP_ALL 0x7f        /* dtc_kskip[P]: none of the kernel frames is the probe's
				    (more than any stack here: bpf_get_stack() fails, depth 0) */
#define DT_KGLUE_MAX 128         /* dtc_kglue: the tracer's address ranges, at most */
#define DT_MAX_CPUS 1024         /* dtc_cpuinfo entries (CPU IDs wrap past it) */

/* Record kinds (dt_rec_hdr.kind). */
#define DT_REC_DATA 1            /* a clause's output */
#define DT_REC_ERROR 2           /* a runtime fault; payload struct dt_err_rec */
#define DT_REC_SPEC 3            /* a speculative clause's output: DT_REC_DATA
				    whose first item (act DT_ACT_SPECID, u64)
				    names the speculation; held by dtrun */
#define DT_REC_SPEC_COMMIT 4     /* commit(): payload u64 speculation ID */
#define DT_REC_SPEC_DISCARD 5    /* discard(): payload u64 speculation ID */
#define DT_ACT_SPECID 0xffffffffu /* dt_item.act of a speculation ID item */
#define DT_MAX_NSPEC 64          /* most speculations (nspec) */
/* The u64 that names a speculation in DT_REC_SPEC's ID item and in a commit
 * or discard record: its ID in the low 32 bits, the generation of the
 * dtc_spec slot (struct dt_spec.gen) in the high 32 (0 in objects of dtc
 * before generations, whose dtc_spec value is 16 bytes). */
#define DT_SPEC_ID(v) ((unsigned int)(v))
#define DT_SPEC_GEN(v) ((unsigned int)((v) >> 32))

/* States of a speculation (struct dt_spec.state), as Oracle's specs map:
 * free (no entry), taken by speculation(), and committed or discarded but
 * not yet drained by the consumer, which then frees it (draining set). */
#define DT_SPEC_FREE 0
#define DT_SPEC_ACTIVE 1
#define DT_SPEC_DRAINING 2

/* One dtc_spec slot (key: the speculation ID, 1..nspec). */
struct dt_spec {
	unsigned long long state; /* DT_SPEC_* */
	unsigned long long bytes; /* as Oracle's BPF side counts it (the sizes of the
				     records whose output failed), against specsize */
	unsigned long long held;  /* as Oracle's consumer counts it (in 8-byte words) */
	unsigned long long gen;   /* bumped by each speculation() that takes it */
};

/* Fault codes (DTrace's DTRACEFLT_* numbering, as ERROR's arg4 shows). */
#define DTRACEFLT_UNKNOWN 0
#define DTRACEFLT_BADADDR 1
#define DTRACEFLT_BADALIGN 2
#define DTRACEFLT_ILLOP 3
#define DTRACEFLT_DIVZERO 4
#define DTRACEFLT_NOSCRATCH 5
#define DTRACEFLT_KPRIV 6
#define DTRACEFLT_UPRIV 7
#define DTRACEFLT_TUPOFLOW 8
#define DTRACEFLT_BADSTACK 9
#define DTRACEFLT_BADSIZE 10     /* Oracle's numbering; its D library names */
#define DTRACEFLT_BADINDEX 11    /* neither of these two */

/* Activity states (dtc_activity), as DTrace's. */
#define DT_ACTIVITY_ACTIVE 0
#define DT_ACTIVITY_DRAINING 1
#define DT_ACTIVITY_WARMUP 2     /* dtrun is attaching: no clause runs yet */

/* Counters in the dtc_stat array map (index), summed over CPUs by dtrun. */
#define DT_STAT_RB_DROPS 0       /* bpf_ringbuf_output failed */
#define DT_STAT_DYN_DROPS 1      /* dynamic variable space full */
#define DT_STAT_AGG_DROPS 2      /* aggregation space full */
#define DT_STAT_ERRORS 3         /* faults */
#define DT_STAT_SPEC_UNAVAIL 4   /* speculation(): no speculative buffer free */
#define DT_STAT_SPEC_BUSY 5      /* speculate() on a buffer being committed */
#define DT_STAT_SPEC_DROPS 6     /* speculative record past specsize alone, or lost */
#define DT_STAT_SPEC_CDROPS 7    /* speculative record past what the consumer holds */
#define DT_STAT_NUM 8

/*
 * curcpu points at dtc_cpuinfo[cpu] (.rodata, DT_MAX_CPUS entries), which
 * dtrun fills from sysfs: DTrace's cpuinfo_t (dlib/sched.d) on Linux.
 */
struct dt_cpuinfo {
	int cpu_id;
	int cpu_pset;            /* processor set: 0, Linux has none */
	int cpu_chip;            /* topology/physical_package_id */
	int cpu_lgrp;            /* NUMA node */
};

struct dt_rec_hdr {
	unsigned int size;       /* whole record, header included */
	unsigned short kind;     /* DT_REC_* */
	unsigned short clause;   /* clause index */
	unsigned int probe;      /* family-local probe key: syscall nr, else 0 */
	unsigned short prog;     /* program index P */
	unsigned short cpu;
};

struct dt_item {
	unsigned int act;        /* action index A in the metadata */
	unsigned int size;       /* item size, header included, multiple of 8 */
};

struct dt_err_rec {
	unsigned long long fault;  /* DTRACEFLT_* */
	unsigned long long addr;   /* faulting address or 0 */
	unsigned long long act;    /* 1-based action number in the clause; the
				      high half: the statement + 1 (0: an object
				      older than statements, dtrun derives it) */
	unsigned long long pc;     /* fault site: the line of the generated C
				      (dtc -S) that faulted; never 0.  Printed
				      as DTrace's "BPF pc", ERROR's arg3 */
};

#endif
