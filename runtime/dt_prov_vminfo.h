/*
 * dt_prov_vminfo.h: rows of dt_stable_probes[] (dt_provtab.h) for DTrace's
 * vminfo provider: one probe per counter of Solaris's vm kstat, firing
 * where the counter is incremented with arg0 the increment (1, or a number
 * of pages).  Each is mapped to the Linux tracepoint of the same event:
 *
 *   faults   exceptions:page_fault_user and page_fault_kernel (x86) fire
 *            before every fault is handled; error_code bit 0 (X86_PF_PROT)
 *            tells a protection fault (page present, access refused: Solaris's
 *            F_PROT, prot_fault) from a fault on a missing page (F_INVAL,
 *            as_fault), and a kernel address makes kernel_asflt
 *   paging   block:block_rq_issue (a request issued to a device, as io:::start):
 *            reads are pgin (arg0 1) and pgpgin (arg0 pages), writes pgout
 *            and pgpgout, as Linux counts pgpgin and pgpgout in /proc/vmstat
 *            for every block read and write
 *   reclaim  vmscan: mm_vmscan_lru_shrink_inactive(nid, nr_scanned,
 *            nr_reclaimed, stat, priority, file) is scan (pages examined) and
 *            dfree, anonfree, fsfree (pages freed); mm_vmscan_write_folio,
 *            a page written out by reclaim, anonpgout or fspgout;
 *            mm_vmscan_kswapd_wake, the page daemon woken, pgrrun
 */

#define DT_VMINFO_PROBES                                                                        \
	{ "vminfo", "as_fault", "page_fault_user", "exceptions", "!(ctx->args[2] & 1)",         \
	  "c.arg[0] = 1;", "uint64_t", NULL },                                                  \
	{ "vminfo", "prot_fault", "page_fault_user", "exceptions", "ctx->args[2] & 1",          \
	  "c.arg[0] = 1;", "uint64_t", NULL },                                                  \
	{ "vminfo", "kernel_asflt", "page_fault_kernel", "exceptions",                          \
	  "(long long)ctx->args[0] < 0", "c.arg[0] = 1;", "uint64_t", NULL },                   \
	{ "vminfo", "pgin", "block_rq_issue", "block", "dt_rq_op(ctx->args[0]) == 0",           \
	  "c.arg[0] = 1;", "uint64_t", NULL },                                                  \
	{ "vminfo", "pgpgin", "block_rq_issue", "block", "dt_rq_op(ctx->args[0]) == 0",         \
	  "c.arg[0] = dt_rq_pages(ctx->args[0]);", "uint64_t", NULL },                          \
	{ "vminfo", "pgout", "block_rq_issue", "block", "dt_rq_op(ctx->args[0]) == 1",          \
	  "c.arg[0] = 1;", "uint64_t", NULL },                                                  \
	{ "vminfo", "pgpgout", "block_rq_issue", "block", "dt_rq_op(ctx->args[0]) == 1",        \
	  "c.arg[0] = dt_rq_pages(ctx->args[0]);", "uint64_t", NULL },                          \
	{ "vminfo", "scan", "mm_vmscan_lru_shrink_inactive", "vmscan", "ctx->args[1] != 0",     \
	  "c.arg[0] = ctx->args[1];", "uint64_t", NULL },                                       \
	{ "vminfo", "dfree", "mm_vmscan_lru_shrink_inactive", "vmscan", "ctx->args[2] != 0",    \
	  "c.arg[0] = ctx->args[2];", "uint64_t", NULL },                                       \
	{ "vminfo", "anonfree", "mm_vmscan_lru_shrink_inactive", "vmscan",                      \
	  "ctx->args[2] != 0 && !(int)ctx->args[5]", "c.arg[0] = ctx->args[2];", "uint64_t",    \
	  NULL },                                                                               \
	{ "vminfo", "fsfree", "mm_vmscan_lru_shrink_inactive", "vmscan",                        \
	  "ctx->args[2] != 0 && (int)ctx->args[5]", "c.arg[0] = ctx->args[2];", "uint64_t",     \
	  NULL },                                                                               \
	/* anonymous: folio->mapping's low bit (PAGE_MAPPING_ANON); tmpfs pages                 \
	 * are the file system's */                                                             \
	{ "vminfo", "anonpgout", "mm_vmscan_write_folio", "vmscan",                             \
	  "dt_folio_anon(ctx->args[0])", "c.arg[0] = 1;", "uint64_t", NULL },                   \
	{ "vminfo", "fspgout", "mm_vmscan_write_folio", "vmscan",                               \
	  "!dt_folio_anon(ctx->args[0])", "c.arg[0] = 1;", "uint64_t", NULL },                  \
	{ "vminfo", "pgrrun", "mm_vmscan_kswapd_wake", "vmscan", NULL, "c.arg[0] = 1;",         \
	  "uint64_t", NULL },                                                                   \
	{ "vminfo", "maj_fault", NULL, NULL, NULL, NULL, NULL,                                  \
	  "no tracepoint fires on a major fault (Linux counts PGMAJFAULT in "                   \
	  "filemap_fault() and do_swap_page() without one)" },                                  \
	{ "vminfo", "cow_fault", NULL, NULL, NULL, NULL, NULL,                                  \
	  "no tracepoint tells a copy-on-write fault from other protection faults "             \
	  "(vminfo:::prot_fault fires on all of them)" },                                       \
	{ "vminfo", "zfod", NULL, NULL, NULL, NULL, NULL,                                       \
	  "no tracepoint fires when a zero-filled page is created (do_anonymous_page())" },     \
	{ "vminfo", "softlock", NULL, NULL, NULL, NULL, NULL,                                   \
	  "Linux pins pages for I/O (get_user_pages()) without a fault or a tracepoint" },      \
	{ "vminfo", "anonpgin", NULL, NULL, NULL, NULL, NULL,                                   \
	  "no tracepoint fires when a page is read from swap (swap_read_folio())" },            \
	{ "vminfo", "fspgin", NULL, NULL, NULL, NULL, NULL,                                     \
	  "no tracepoint fires when a file page is read in (use vminfo:::pgpgin or io:::start)" }, \
	{ "vminfo", "execpgin", NULL, NULL, NULL, NULL, NULL,                                   \
	  "Linux's page cache does not tell pages of executables from other file pages" },      \
	{ "vminfo", "execpgout", NULL, NULL, NULL, NULL, NULL,                                  \
	  "Linux's page cache does not tell pages of executables from other file pages" },      \
	{ "vminfo", "execfree", NULL, NULL, NULL, NULL, NULL,                                   \
	  "Linux's page cache does not tell pages of executables from other file pages" },      \
	{ "vminfo", "pgrec", NULL, NULL, NULL, NULL, NULL,                                      \
	  "Linux frees cached pages outright: no page is reclaimed from a free list" },         \
	{ "vminfo", "pgfrec", NULL, NULL, NULL, NULL, NULL,                                     \
	  "Linux frees cached pages outright: no page is reclaimed from a free list" },         \
	{ "vminfo", "rev", NULL, NULL, NULL, NULL, NULL,                                        \
	  "Linux's reclaim has no clock hand to wrap around memory" },                          \
	{ "vminfo", "swapin", NULL, NULL, NULL, NULL, NULL,                                     \
	  "Linux never swaps out whole processes" },                                            \
	{ "vminfo", "swapout", NULL, NULL, NULL, NULL, NULL,                                    \
	  "Linux never swaps out whole processes" },                                            \
	{ "vminfo", "pgswapin", NULL, NULL, NULL, NULL, NULL,                                   \
	  "Linux never swaps out whole processes" },                                            \
	{ "vminfo", "pgswapout", NULL, NULL, NULL, NULL, NULL,                                  \
	  "Linux never swaps out whole processes" },

#define DT_VMINFO_TP2                                                                           \
	{ "vminfo", "as_fault", "page_fault_kernel", NULL },                                    \
	{ "vminfo", "prot_fault", "page_fault_kernel", NULL },

/* what a kernel without these tracepoints lacks (dt_tp_since[]) */
#define DT_VMINFO_TP_SINCE                                                                      \
	{ "exceptions", "page_fault_user", "Linux 3.13" },                                      \
	{ "exceptions", "page_fault_kernel", "Linux 3.13" },
