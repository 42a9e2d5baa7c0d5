/*
 * sched.d: DTrace's cpuinfo_t, which curcpu points to, and the CPU
 * variables defined from it.  dtrun fills the table from sysfs at load time
 * (runtime/dtc_abi.h struct dt_cpuinfo has the same layout): the chip is the
 * physical package, the locality group the NUMA node, and Linux has no
 * processor sets (0).  `cpu` itself is a built-in variable.
 */

/* psetid_t is psinfo.d's, as in Oracle's procfs.d */
typedef id_t chipid_t;
typedef id_t lgrp_id_t;

typedef struct cpuinfo {
	processorid_t cpu_id;   /* CPU identifier */
	psetid_t cpu_pset;      /* processor set identifier */
	chipid_t cpu_chip;      /* chip (physical package) identifier */
	lgrp_id_t cpu_lgrp;     /* locality group (NUMA node) identifier */
} cpuinfo_t;

/* attributes and bindings as Oracle's sched.d declares them */
inline psetid_t pset = curcpu->cpu_pset;
#pragma D attributes Stable/Stable/Common pset
#pragma D binding "1.0" pset
inline chipid_t chip = curcpu->cpu_chip;
#pragma D attributes Stable/Stable/Common chip
#pragma D binding "1.0" chip
inline lgrp_id_t lgrp = curcpu->cpu_lgrp;
#pragma D attributes Stable/Stable/Common lgrp
#pragma D binding "1.0" lgrp
