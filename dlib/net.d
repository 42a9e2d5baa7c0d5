/*
 * net.d: the network providers' common types, as DTrace defines them
 * (pktinfo_t, csinfo_t, ipinfo_t, ifinfo_t, ipv4info_t, ipv6info_t, with
 * conninfo_t for application protocols), translated from what Linux's
 * tracepoints give: the struct sk_buff, the struct sock, the IP header, the
 * struct net_device (runtime/dt_net.bpf.h lays out the arguments).  Also
 * the names the address subroutines (inet_ntoa(), inet_ntoa6(),
 * inet_ntop(), link_ntop()) are called with, as on Linux: address families
 * from <sys/socket.h>, link types from <net/if_arp.h>.  tcp.d and udp.d
 * build on these; this file sorts before them, so its types come first.
 */
inline int AF_UNSPEC = 0;
inline int AF_UNIX = 1;
inline int AF_INET = 2;
inline int AF_INET6 = 10;
inline int ARPHRD_ETHER = 1;
inline int ARPHRD_INFINIBAND = 32;

typedef uint32_t ipaddr_t;
typedef struct in6_addr in6_addr_t;

/* IP protocol numbers (include/uapi/linux/in.h, in6.h) */
inline int IPPROTO_IP = 0;
inline int IPPROTO_ICMP = 1;
inline int IPPROTO_IGMP = 2;
inline int IPPROTO_IPIP = 4;
inline int IPPROTO_TCP = 6;
inline int IPPROTO_EGP = 8;
inline int IPPROTO_PUP = 12;
inline int IPPROTO_UDP = 17;
inline int IPPROTO_IDP = 22;
inline int IPPROTO_TP = 29;
inline int IPPROTO_DCCP = 33;
inline int IPPROTO_IPV6 = 41;
inline int IPPROTO_ROUTING = 43;
inline int IPPROTO_FRAGMENT = 44;
inline int IPPROTO_RSVP = 46;
inline int IPPROTO_GRE = 47;
inline int IPPROTO_ESP = 50;
inline int IPPROTO_AH = 51;
inline int IPPROTO_ICMPV6 = 58;
inline int IPPROTO_NONE = 59;
inline int IPPROTO_DSTOPTS = 60;
inline int IPPROTO_OSPF = 89;
inline int IPPROTO_MTP = 92;
inline int IPPROTO_ENCAP = 98;
inline int IPPROTO_PIM = 103;
inline int IPPROTO_COMP = 108;
inline int IPPROTO_SCTP = 132;
inline int IPPROTO_MH = 135;
inline int IPPROTO_UDPLITE = 136;
inline int IPPROTO_RAW = 255;

/* arg7 of the ip, tcp and udp probes: which way the packet goes */
inline int NET_PROBE_OUTBOUND = 0;
inline int NET_PROBE_INBOUND = 1;

/* include/uapi/linux/if.h */
inline int IFF_LOOPBACK = 0x8;

/* Basic connection information, for application protocol providers. */
typedef struct conninfo {
	string ci_local;        /* local host address */
	string ci_remote;       /* remote host address */
	string ci_protocol;     /* protocol (ipv4, ipv6, etc) */
} conninfo_t;

/* The packet: Linux has no packet ID; pkt_addr is the struct sk_buff. */
typedef struct pktinfo {
	uintptr_t pkt_addr;     /* the struct sk_buff, or 0 */
} pktinfo_t;

translator pktinfo_t < struct sk_buff *S > {
	pkt_addr = (uintptr_t)S;
};

/* The connection: its struct sock; cs_cid is its address too (unique while
 * the connection lives). */
typedef struct csinfo {
	uintptr_t cs_addr;      /* the struct sock, or 0 */
	uint64_t cs_cid;        /* connection ID */
} csinfo_t;

translator csinfo_t < struct sock *S > {
	cs_addr = (uintptr_t)S;
	cs_cid = (uint64_t)S;
};

/*
 * An IPv4 or IPv6 header, told apart by its version nibble: the type the
 * ipinfo_t translator takes, since one argument has either.
 */
typedef uintptr_t void_ip_t;

typedef struct ipinfo {
	uint8_t ip_ver;         /* IP version (4, 6) */
	uint32_t ip_plength;    /* payload length */
	string ip_saddr;        /* source address */
	string ip_daddr;        /* destination address */
} ipinfo_t;

/*
 * A TCP probe without a packet (connect-established, accept-established,
 * connect-refused: the tracepoint that tells of the segment does not carry
 * it) describes the segment from its connection, arg1's struct sock, in the
 * direction arg7 gives: source and destination are the socket's remote and
 * local addresses for a segment received.  Its payload length is unknown
 * (0).
 */
/*
 * The address family of an IP header and of a socket, and a socket's local
 * and remote addresses: one inet_ntop() call formats either family (a call
 * per family would double the code the verifier walks).
 */
inline int dt_ip_af[void_ip_t *I] = *(uint8_t *)I >> 4 == 6 ? AF_INET6 : AF_INET;
inline int dt_sock_af[struct sock *S] = S->__sk_common.skc_family == AF_INET6 ? AF_INET6 :
    AF_INET;
inline void *dt_sock_laddr[struct sock *S] = S->__sk_common.skc_family == AF_INET6 ?
    (void *)&S->__sk_common.skc_v6_rcv_saddr : (void *)&S->__sk_common.skc_rcv_saddr;
inline void *dt_sock_raddr[struct sock *S] = S->__sk_common.skc_family == AF_INET6 ?
    (void *)&S->__sk_common.skc_v6_daddr : (void *)&S->__sk_common.skc_daddr;
/* An IP header's source and destination addresses. */
inline void *dt_ip_saddr[void_ip_t *I] = *(uint8_t *)I >> 4 == 6 ?
    (void *)&((struct ipv6hdr *)I)->saddr : (void *)&((struct iphdr *)I)->saddr;
inline void *dt_ip_daddr[void_ip_t *I] = *(uint8_t *)I >> 4 == 6 ?
    (void *)&((struct ipv6hdr *)I)->daddr : (void *)&((struct iphdr *)I)->daddr;

translator ipinfo_t < void_ip_t *I > {
	ip_ver = I != NULL ? *(uint8_t *)I >> 4 :
	    arg1 == NULL ? 0 :
	    ((struct sock *)arg1)->__sk_common.skc_family == AF_INET ? 4 :
	    ((struct sock *)arg1)->__sk_common.skc_family == AF_INET6 ? 6 : 0;
	ip_plength = I == NULL ? 0 :
	    *(uint8_t *)I >> 4 == 4 ? ntohs(((struct iphdr *)I)->tot_len) -
	    ((*(uint8_t *)I & 0xf) << 2) :
	    *(uint8_t *)I >> 4 == 6 ? ntohs(((struct ipv6hdr *)I)->payload_len) : 0;
	ip_saddr = I != NULL ? inet_ntop(dt_ip_af[I], dt_ip_saddr[I]) :
	    arg1 == NULL ? "<unknown>" :
	    inet_ntop(dt_sock_af[arg1], arg7 == NET_PROBE_INBOUND ? dt_sock_raddr[arg1] :
	    dt_sock_laddr[arg1]);
	ip_daddr = I != NULL ? inet_ntop(dt_ip_af[I], dt_ip_daddr[I]) :
	    arg1 == NULL ? "<unknown>" :
	    inet_ntop(dt_sock_af[arg1], arg7 == NET_PROBE_INBOUND ? dt_sock_laddr[arg1] :
	    dt_sock_raddr[arg1]);
};

/* The interface a packet leaves by or arrives on. */
typedef uint64_t netstackid_t;

typedef struct ifinfo {
	string if_name;         /* interface name */
	int8_t if_local;        /* is delivered locally: the loopback device */
	netstackid_t if_ipstack; /* its network namespace (struct net *) */
	uintptr_t if_addr;      /* the struct net_device */
} ifinfo_t;

translator ifinfo_t < struct net_device *N > {
	if_name = N != NULL ? stringof(N->name) : "<unknown>";
	if_local = N != NULL && (N->flags & IFF_LOOPBACK) != 0;
	if_ipstack = N != NULL ? (uint64_t)N->nd_net.net : 0;
	if_addr = (uintptr_t)N;
};

/* The IPv4 header, translated; members are 0 ("<null>") for IPv6. */
typedef struct ipv4info {
	uint8_t ipv4_ver;       /* IP version (4) */
	uint8_t ipv4_ihl;       /* header length, bytes */
	uint8_t ipv4_tos;       /* type of service field */
	uint16_t ipv4_length;   /* length (header + payload) */
	uint16_t ipv4_ident;    /* identification */
	uint8_t ipv4_flags;     /* IP flags: reserved, DF, MF (3 bits) */
	uint16_t ipv4_offset;   /* fragment offset, in 8-byte units */
	uint8_t ipv4_ttl;       /* time to live */
	uint8_t ipv4_protocol;  /* next level protocol */
	string ipv4_protostr;   /* next level protocol, as a string */
	uint16_t ipv4_checksum; /* header checksum */
	ipaddr_t ipv4_src;      /* source address */
	ipaddr_t ipv4_dst;      /* destination address */
	string ipv4_saddr;      /* source address, string */
	string ipv4_daddr;      /* destination address, string */
	struct iphdr *ipv4_hdr; /* pointer to raw header */
} ipv4info_t;

/* A protocol number's name, as DTrace's translators spell them. */
inline string dt_ipproto_name[int p] =
	p == IPPROTO_TCP ? "TCP" :
	p == IPPROTO_UDP ? "UDP" :
	p == IPPROTO_IP ? "IP" :
	p == IPPROTO_ICMP ? "ICMP" :
	p == IPPROTO_IGMP ? "IGMP" :
	p == IPPROTO_EGP ? "EGP" :
	p == IPPROTO_IPV6 ? "IPv6" :
	p == IPPROTO_ROUTING ? "ROUTE" :
	p == IPPROTO_ESP ? "ESP" :
	p == IPPROTO_AH ? "AH" :
	p == IPPROTO_ICMPV6 ? "ICMPv6" :
	p == IPPROTO_OSPF ? "OSPF" :
	p == IPPROTO_SCTP ? "SCTP" :
	p == IPPROTO_RAW ? "RAW" : lltostr(p);

translator ipv4info_t < struct iphdr *I > {
	ipv4_ver = I != NULL ? 4 : 0;
	ipv4_ihl = I != NULL ? (*(uint8_t *)I & 0xf) << 2 : 0;
	ipv4_tos = I != NULL ? I->tos : 0;
	ipv4_length = I != NULL ? ntohs(I->tot_len) : 0;
	ipv4_ident = I != NULL ? ntohs(I->id) : 0;
	ipv4_flags = I != NULL ? ntohs(I->frag_off) >> 13 : 0;
	ipv4_offset = I != NULL ? ntohs(I->frag_off) & 0x1fff : 0;
	ipv4_ttl = I != NULL ? I->ttl : 0;
	ipv4_protocol = I != NULL ? I->protocol : 0;
	ipv4_protostr = I != NULL ? dt_ipproto_name[I->protocol] : "<null>";
	ipv4_checksum = I != NULL ? ntohs(I->check) : 0;
	ipv4_src = I != NULL ? I->saddr : 0;
	ipv4_dst = I != NULL ? I->daddr : 0;
	ipv4_saddr = I != NULL ? inet_ntoa(&I->saddr) : "<null>";
	ipv4_daddr = I != NULL ? inet_ntoa(&I->daddr) : "<null>";
	ipv4_hdr = I;
};

/* The IPv6 header, translated; members are 0 ("<null>") for IPv4. */
typedef struct ipv6info {
	uint8_t ipv6_ver;       /* IP version (6) */
	uint8_t ipv6_tclass;    /* traffic class */
	uint32_t ipv6_flow;     /* flow label */
	uint16_t ipv6_plen;     /* payload length */
	uint8_t ipv6_nexthdr;   /* next header protocol */
	string ipv6_nextstr;    /* next header protocol, as a string */
	uint8_t ipv6_hlim;      /* hop limit */
	in6_addr_t *ipv6_src;   /* source address */
	in6_addr_t *ipv6_dst;   /* destination address */
	string ipv6_saddr;      /* source address, string */
	string ipv6_daddr;      /* destination address, string */
	struct ipv6hdr *ipv6_hdr; /* pointer to raw header */
} ipv6info_t;

translator ipv6info_t < struct ipv6hdr *I > {
	ipv6_ver = I != NULL ? *(uint8_t *)I >> 4 : 0;
	ipv6_tclass = I != NULL ? (ntohl(*(uint32_t *)I) >> 20) & 0xff : 0;
	ipv6_flow = I != NULL ? ntohl(*(uint32_t *)I) & 0xfffff : 0;
	ipv6_plen = I != NULL ? ntohs(I->payload_len) : 0;
	ipv6_nexthdr = I != NULL ? I->nexthdr : 0;
	ipv6_nextstr = I != NULL ? dt_ipproto_name[I->nexthdr] : "<null>";
	ipv6_hlim = I != NULL ? I->hop_limit : 0;
	ipv6_src = I != NULL ? &I->saddr : NULL;
	ipv6_dst = I != NULL ? &I->daddr : NULL;
	ipv6_saddr = I != NULL ? inet_ntoa6(&I->saddr) : "<null>";
	ipv6_daddr = I != NULL ? inet_ntoa6(&I->daddr) : "<null>";
	ipv6_hdr = I;
};
