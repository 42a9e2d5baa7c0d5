/*
 * udp.d: the udp provider's argument types, DTrace's udpsinfo_t and
 * udpinfo_t, translated from Linux's UDP header and the IP header before it
 * (net.d); udp:::send and udp:::receive see every datagram, sockets bound
 * to an address or not, so the endpoints come from the headers, in arg7's
 * direction (runtime/dt_net.bpf.h lays out the arguments).
 */

/* The UDP header. */
typedef struct udpinfo {
	uint16_t udp_sport;     /* source port */
	uint16_t udp_dport;     /* destination port */
	uint16_t udp_length;    /* total length */
	uint16_t udp_checksum;  /* headers + data checksum */
	struct udphdr *udp_hdr; /* raw UDP header */
} udpinfo_t;

translator udpinfo_t < struct udphdr *U > {
	udp_sport = U != NULL ? ntohs(U->source) : 0;
	udp_dport = U != NULL ? ntohs(U->dest) : 0;
	udp_length = U != NULL ? ntohs(U->len) : 0;
	udp_checksum = U != NULL ? ntohs(U->check) : 0;
	udp_hdr = U;
};

/* The endpoints: the sending socket, or none (0) for a datagram received. */
typedef struct udpsinfo {
	uintptr_t udps_addr;    /* the struct sock, or 0 */
	uint16_t udps_lport;    /* local port */
	uint16_t udps_rport;    /* remote port */
	string udps_laddr;      /* local address, as a string */
	string udps_raddr;      /* remote address, as a string */
} udpsinfo_t;

translator udpsinfo_t < struct sock *S > {
	udps_addr = (uintptr_t)S;
	udps_lport = arg4 == NULL ? 0 : arg7 == NET_PROBE_INBOUND ?
	    ntohs(((struct udphdr *)arg4)->dest) : ntohs(((struct udphdr *)arg4)->source);
	udps_rport = arg4 == NULL ? 0 : arg7 == NET_PROBE_INBOUND ?
	    ntohs(((struct udphdr *)arg4)->source) : ntohs(((struct udphdr *)arg4)->dest);
	udps_laddr = arg2 == NULL ? "<unknown>" : inet_ntop(dt_ip_af[arg2],
	    arg7 == NET_PROBE_INBOUND ? dt_ip_daddr[arg2] : dt_ip_saddr[arg2]);
	udps_raddr = arg2 == NULL ? "<unknown>" : inet_ntop(dt_ip_af[arg2],
	    arg7 == NET_PROBE_INBOUND ? dt_ip_saddr[arg2] : dt_ip_daddr[arg2]);
};
