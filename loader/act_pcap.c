/*
 * act_pcap.c: the pcap() action's records, as DTrace's dt_print_pcap() and
 * dt_pcap.c consume them.  A record is the time since boot, the captured
 * length, the protocol (a libpcap DLT_* link type, dlib/pcap.d's PCAP_*)
 * and pcapsize bytes of packet.  A length of 0 (a NULL skb) prints nothing.
 * While freopen() sends output to a file, packets are appended to a pcap
 * file of that name (one per name, created on its first packet, its link
 * type the first packet's: a packet of another type is dropped, as in
 * dt_pcap_dump()); otherwise they are printed as tracemem() prints memory.
 * Oracle's dtrace pipes them through tshark when tshark is installed;
 * dtrun does not start other programs to print its output.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sysinfo.h>
#include <time.h>

#include "actions.h"
#include "dtrun.h"
#include "stack.h"

struct pcap_file {
	struct pcap_file *next;
	char *path;
	FILE *f;
	uint32_t linktype; /* the DLT the file was opened with */
};

static struct pcap_file *pcap_files;

/* libpcap's dlt_to_linktype() for the DLTs whose file numbers differ */
static uint32_t pcap_linktype(uint32_t dlt)
{
	switch (dlt) {
	case 11: /* DLT_ATM_RFC1483 */
		return 100;
	case 12: /* DLT_RAW */
		return 101;
	default:
		return dlt;
	}
}

static void put32(unsigned char *b, uint32_t v)
{
	memcpy(b, &v, 4); /* the file's byte order is the writer's */
}

/* The pcap file for path, created with its header; NULL when it cannot be. */
static struct pcap_file *pcap_open(const char *path, uint32_t dlt, uint32_t snaplen)
{
	struct pcap_file *pf;
	unsigned char h[24];

	for (pf = pcap_files; pf; pf = pf->next)
		if (!strcmp(pf->path, path))
			return pf;
	pf = calloc(1, sizeof(*pf));
	if (!pf || !(pf->path = strdup(path)) || !(pf->f = fopen(path, "w"))) {
		if (pf) {
			dt_err("failed to open %s for pcap( ): %s\n", path, strerror(errno));
			free(pf->path);
		}
		free(pf);
		return NULL;
	}
	put32(h, 0xa1b2c3d4); /* microsecond timestamps */
	memcpy(h + 4, &(uint16_t){ 2 }, 2); /* version 2.4 */
	memcpy(h + 6, &(uint16_t){ 4 }, 2);
	put32(h + 8, 0);  /* thiszone */
	put32(h + 12, 0); /* sigfigs */
	put32(h + 16, snaplen);
	put32(h + 20, pcap_linktype(dlt));
	fwrite(h, 1, sizeof(h), pf->f);
	pf->linktype = dlt;
	pf->next = pcap_files;
	pcap_files = pf;
	return pf;
}

/* The epoch second the system booted at, as dt_pcap_create() computes it. */
static time_t boot_time(void)
{
	static time_t bt = -1;
	struct sysinfo si;

	if (bt == -1)
		bt = sysinfo(&si) == 0 ? time(NULL) - si.uptime : 0;
	return bt;
}

int act_pcap(FILE *out, const struct meta_act *a, const char *payload, size_t len)
{
	uint64_t ns, caplen, proto, snap;
	const char *path = act_freopen_path();
	struct pcap_file *pf;
	unsigned char h[16];

	if (a->nargs != 4 || len < 24 + (size_t)a->args[3].size)
		return 1;
	snap = (uint64_t)a->args[3].size;
	memcpy(&ns, payload, 8);
	memcpy(&caplen, payload + 8, 8);
	memcpy(&proto, payload + 16, 8);
	if (caplen == 0)
		return 1;
	if (caplen > snap)
		caplen = snap;
	if (!path) {
		stk_print_bytes(out, (const unsigned char *)payload + 24, (size_t)caplen);
		return 1;
	}
	pf = pcap_open(path, (uint32_t)proto, (uint32_t)snap);
	if (!pf || pf->linktype != (uint32_t)proto)
		return 1;
	put32(h, (uint32_t)(boot_time() + (time_t)(ns / 1000000000)));
	put32(h + 4, (uint32_t)(ns % 1000000000 / 1000));
	put32(h + 8, (uint32_t)caplen);
	put32(h + 12, (uint32_t)caplen);
	fwrite(h, 1, sizeof(h), pf->f);
	fwrite(payload + 24, 1, (size_t)caplen, pf->f);
	fflush(pf->f);
	return 1;
}
