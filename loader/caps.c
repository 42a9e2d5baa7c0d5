/*
 * caps.c: the capabilities dtrun needs, and dropping them once attached.
 *
 * Loading and attaching tracing programs needs CAP_BPF and CAP_PERFMON
 * (Linux 5.8; CAP_SYS_ADMIN covers both, and is what older kernels need).
 * When the kernel refuses a load with EPERM, dtrun names the capabilities
 * this process lacks instead of guessing.  --drop-caps drops every
 * capability once the probes are attached, as ebpf_exporter's
 * --capabilities.keep=none does: the BPF objects live on through their file
 * descriptors, and what dtrun still does (reading maps and the ring buffer,
 * running END through BPF_PROG_TEST_RUN, detaching) needs none.  Raw
 * capget/capset and prctl: no libcap on the run host.
 */
#include <errno.h>
#include <linux/capability.h>
#include <linux/securebits.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "dtrun.h"

#ifndef CAP_PERFMON
#define CAP_PERFMON 38
#endif
#ifndef CAP_BPF
#define CAP_BPF 39
#endif

static int caps_get(struct __user_cap_data_struct data[2])
{
	struct __user_cap_header_struct hdr = { .version = _LINUX_CAPABILITY_VERSION_3 };

	memset(data, 0, 2 * sizeof(*data));
	return (int)syscall(SYS_capget, &hdr, data);
}

static int has_cap(const struct __user_cap_data_struct data[2], int cap)
{
	return (data[cap / 32].effective >> (cap % 32)) & 1;
}

/*
 * After an EPERM from the kernel: writes into buf which of CAP_BPF and
 * CAP_PERFMON this process lacks ("CAP_BPF and CAP_PERFMON"), or "" when it
 * has what tracing needs (then something else refused: lockdown, a LSM).
 */
void caps_missing(char *buf, size_t len)
{
	struct __user_cap_data_struct data[2];
	int bpf, perfmon;

	*buf = 0;
	if (caps_get(data) != 0 || has_cap(data, CAP_SYS_ADMIN))
		return;
	bpf = has_cap(data, CAP_BPF);
	perfmon = has_cap(data, CAP_PERFMON);
	if (!bpf || !perfmon)
		snprintf(buf, len, "%s%s%s", bpf ? "" : "CAP_BPF", !bpf && !perfmon ? " and " : "",
			 perfmon ? "" : "CAP_PERFMON");
}

/*
 * --drop-caps: no capability left, and none to regain: the bounding set is
 * emptied and SECBIT_NOROOT set (while CAP_SETPCAP still allows it), so a
 * system() command run as uid 0 does not get them back at exec.
 */
int caps_drop_all(void)
{
	struct __user_cap_header_struct hdr = { .version = _LINUX_CAPABILITY_VERSION_3 };
	struct __user_cap_data_struct data[2];
	int cap;

	if (caps_get(data) != 0) {
		dt_err("--drop-caps: cannot read this process's capabilities: %s\n",
		       strerror(errno));
		return -1;
	}
	if (has_cap(data, CAP_SETPCAP)) {
		for (cap = 0; cap <= 63; cap++)
			if (prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0 && errno != EINVAL)
				break;
		prctl(PR_SET_SECUREBITS, SECBIT_NOROOT | SECBIT_NOROOT_LOCKED |
						 SECBIT_NO_SETUID_FIXUP | SECBIT_NO_SETUID_FIXUP_LOCKED,
		      0, 0, 0);
	}
	prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
	memset(data, 0, sizeof(data));
	if (syscall(SYS_capset, &hdr, data) != 0) {
		dt_err("--drop-caps: cannot drop capabilities: %s\n", strerror(errno));
		return -1;
	}
	return 0;
}
