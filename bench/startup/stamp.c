/*
 * stamp.c: the -c command of bench/startup.sh.  The loader runs it once its
 * probes are attached; it writes to argv[1] the CLOCK_MONOTONIC time it
 * started at (ns) and its parent's (the loader's) memory then, in KB: VmRSS,
 * VmHWM, and the resident size of its BPF map mappings larger than 64 KB
 * (the ring buffer: trace buffers, counted apart).
 */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static long status_kb(FILE *f, const char *key)
{
	char line[256];
	long v = -1;

	rewind(f);
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, key, strlen(key)))
			sscanf(line + strlen(key), "%ld", &v);
	return v;
}

int main(int argc, char **argv)
{
	struct timespec t;
	char path[64], line[512];
	unsigned long lo, hi;
	long rss, hwm, bufs = 0;
	int inbuf = 0;
	FILE *f, *o;

	clock_gettime(CLOCK_MONOTONIC, &t);
	if (argc < 2)
		return 2;
	snprintf(path, sizeof(path), "/proc/%d/status", (int)getppid());
	if (!(f = fopen(path, "r")))
		return 1;
	rss = status_kb(f, "VmRSS:");
	hwm = status_kb(f, "VmHWM:");
	fclose(f);
	snprintf(path, sizeof(path), "/proc/%d/smaps", (int)getppid());
	if (!(f = fopen(path, "r")))
		return 1;
	while (fgets(line, sizeof(line), f)) {
		long kb;

		if (sscanf(line, "%lx-%lx ", &lo, &hi) == 2 && strchr(line, ' '))
			inbuf = strstr(line, "anon_inode:bpf-map") && hi - lo > 65536;
		else if (inbuf && sscanf(line, "Rss: %ld", &kb) == 1)
			bufs += kb;
	}
	fclose(f);
	if (!(o = fopen(argv[1], "w")))
		return 1;
	fprintf(o, "%lld %ld %ld %ld\n", (long long)t.tv_sec * 1000000000LL + t.tv_nsec, rss, hwm,
		bufs);
	return fclose(o) != 0;
}
