/*
 * tcp.d: the tcp provider's argument types, DTrace's tcpsinfo_t, tcpinfo_t
 * and tcplsinfo_t, translated from Linux's struct sock (struct tcp_sock)
 * and TCP header; net.d has the types the tcp probes share with ip and udp.
 * runtime/dt_net.bpf.h lays out the arguments: arg6 is the connection's
 * state, arg7 the direction of the segment (NET_PROBE_INBOUND or
 * NET_PROBE_OUTBOUND).  Member meanings follow the Dynamic Tracing Guide.
 */

/* tcpinfo_t tcp_flags */
inline int TH_FIN = 0x01;
inline int TH_SYN = 0x02;
inline int TH_RST = 0x04;
inline int TH_PSH = 0x08;
inline int TH_ACK = 0x10;
inline int TH_URG = 0x20;
inline int TH_ECE = 0x40;
inline int TH_CWR = 0x80;

/* tcps_state values: Linux's TCP states (include/net/tcp_states.h) have
 * DTrace's numbers; a request socket (TCP_NEW_SYN_RECV) is syn-received */
inline int TCP_STATE_IDLE = 0;
inline int TCP_STATE_ESTABLISHED = 1;
inline int TCP_STATE_SYN_SENT = 2;
inline int TCP_STATE_SYN_RECEIVED = 3;
inline int TCP_STATE_FIN_WAIT_1 = 4;
inline int TCP_STATE_FIN_WAIT_2 = 5;
inline int TCP_STATE_TIME_WAIT = 6;
inline int TCP_STATE_CLOSED = 7;
inline int TCP_STATE_CLOSE_WAIT = 8;
inline int TCP_STATE_LAST_ACK = 9;
inline int TCP_STATE_LISTEN = 10;
inline int TCP_STATE_CLOSING = 11;

inline string tcp_state_string[int state] =
	state == TCP_STATE_CLOSED ? "state-closed" :
	state == TCP_STATE_IDLE ? "state-idle" :
	state == TCP_STATE_LISTEN ? "state-listen" :
	state == TCP_STATE_SYN_SENT ? "state-syn-sent" :
	state == TCP_STATE_SYN_RECEIVED ? "state-syn-received" :
	state == TCP_STATE_ESTABLISHED ? "state-established" :
	state == TCP_STATE_CLOSE_WAIT ? "state-close-wait" :
	state == TCP_STATE_FIN_WAIT_1 ? "state-fin-wait-1" :
	state == TCP_STATE_CLOSING ? "state-closing" :
	state == TCP_STATE_LAST_ACK ? "state-last-ack" :
	state == TCP_STATE_FIN_WAIT_2 ? "state-fin-wait-2" :
	state == TCP_STATE_TIME_WAIT ? "state-time-wait" : "<unknown>";
#pragma D binding "1.6.3" tcp_state_string

/* The TCP header. */
typedef struct tcpinfo {
	uint16_t tcp_sport;     /* source port */
	uint16_t tcp_dport;     /* destination port */
	uint32_t tcp_seq;       /* sequence number */
	uint32_t tcp_ack;       /* acknowledgment number */
	uint8_t tcp_offset;     /* data offset, in bytes */
	uint8_t tcp_flags;      /* flags */
	uint16_t tcp_window;    /* window size */
	uint16_t tcp_checksum;  /* checksum */
	uint16_t tcp_urgent;    /* urgent data pointer */
	struct tcphdr *tcp_hdr; /* raw TCP header */
} tcpinfo_t;

/*
 * Without the segment (the probes on a state transition or a reset
 * received: connect-established, accept-established, connect-refused),
 * the ports come from the connection, arg3, in arg7's direction; the other
 * members are 0.
 */
translator tcpinfo_t < struct tcphdr *T > {
	tcp_sport = T != NULL ? ntohs(T->source) : arg3 == NULL ? 0 :
	    arg7 == NET_PROBE_INBOUND ?
	    ntohs(((struct sock *)arg3)->__sk_common.skc_dport) :
	    ((struct sock *)arg3)->__sk_common.skc_num;
	tcp_dport = T != NULL ? ntohs(T->dest) : arg3 == NULL ? 0 :
	    arg7 == NET_PROBE_INBOUND ? ((struct sock *)arg3)->__sk_common.skc_num :
	    ntohs(((struct sock *)arg3)->__sk_common.skc_dport);
	tcp_seq = T != NULL ? ntohl(T->seq) : 0;
	tcp_ack = T != NULL ? ntohl(T->ack_seq) : 0;
	tcp_offset = T != NULL ? (*((uint8_t *)T + 12) & 0xf0) >> 2 : 0;
	tcp_flags = T != NULL ? *((uint8_t *)T + 13) : 0;
	tcp_window = T != NULL ? ntohs(T->window) : 0;
	tcp_checksum = T != NULL ? ntohs(T->check) : 0;
	tcp_urgent = T != NULL ? ntohs(T->urg_ptr) : 0;
	tcp_hdr = T;
};

/* The connection. */
typedef struct tcpsinfo {
	uintptr_t tcps_addr;    /* the struct sock */
	int tcps_local;         /* is delivered locally (over loopback) */
	uint16_t tcps_lport;    /* local port */
	uint16_t tcps_rport;    /* remote port */
	string tcps_laddr;      /* local address, as a string */
	string tcps_raddr;      /* remote address, as a string */
	int tcps_state;         /* TCP state */
	uint32_t tcps_iss;      /* initial sequence # sent */
	uint32_t tcps_suna;     /* sequence # sent but unacked */
	uint32_t tcps_snxt;     /* next sequence # to send */
	uint32_t tcps_rnxt;     /* next sequence # expected */
	uint32_t tcps_swnd;     /* send window size */
	int32_t tcps_snd_ws;    /* send window scaling */
	uint32_t tcps_rwnd;     /* receive window size */
	int32_t tcps_rcv_ws;    /* receive window scaling */
	uint32_t tcps_cwnd;     /* congestion window */
	uint32_t tcps_cwnd_ssthresh; /* threshold for congestion avoidance */
	uint32_t tcps_sack_snxt; /* next SACK seq # for retransmission */
	uint32_t tcps_rto;      /* round-trip timeout, msec */
	uint32_t tcps_mss;      /* max segment size */
	int tcps_retransmit;    /* retransmit send event, boolean */
	uint32_t tcps_rtt;      /* smoothed avg round-trip time, msec */
	uint32_t tcps_rtt_sd;   /* standard deviation of RTT */
	uint32_t tcps_irs;      /* initial recv sequence # */
} tcpsinfo_t;

/*
 * A socket whose struct tcp_sock is all there: not a request (SYN
 * received, TCP_NEW_SYN_RECV, 12) or TIME_WAIT (6) mini socket, of which
 * only the struct sock_common is valid.
 */
inline int dt_tcp_full[struct sock *S] = S != NULL &&
    S->__sk_common.skc_state != 6 && S->__sk_common.skc_state != 12;

/*
 * From the struct sock when there is one (ports and addresses of its
 * struct sock_common), else from the segment's headers (arg2, arg4) in
 * arg7's direction: a reset sent for a connection that has no socket.
 * tcps_local: the connection's route leaves by the loopback device (both
 * ends on this host), or without a route, both ends have one address.
 * The state is arg6 (the new state on a transition: Linux changes
 * sk_state after its tracepoint).  Sequence numbers: Linux keeps the bytes
 * acknowledged and received besides SYN and FIN (RFC 4898's
 * ThruOctetsAcked and ThruOctetsReceived), so the initial ones are snd_una
 * and rcv_nxt less those and the SYN.  The bytes acknowledged count the SYN
 * on an active open (tcp_ack() in SYN_SENT advances snd_una over it) but not
 * on a listener's child, created with snd_una past it; a child has its
 * listener's sk_max_ack_backlog (a listen(fd, 0) child passes for an active
 * open).  tcps_rto is not translated: Linux
 * keeps it in jiffies, whose length a BPF program cannot know.
 */
translator tcpsinfo_t < struct sock *S > {
	tcps_addr = (uintptr_t)S;
	tcps_local = dt_tcp_full[S] && S->sk_dst_cache != NULL ?
	    (S->sk_dst_cache->dev->flags & IFF_LOOPBACK) != 0 :
	    S != NULL ? (S->__sk_common.skc_family == AF_INET ?
	    S->__sk_common.skc_rcv_saddr == S->__sk_common.skc_daddr :
	    ((uint64_t *)&S->__sk_common.skc_v6_rcv_saddr)[0] ==
	    ((uint64_t *)&S->__sk_common.skc_v6_daddr)[0] &&
	    ((uint64_t *)&S->__sk_common.skc_v6_rcv_saddr)[1] ==
	    ((uint64_t *)&S->__sk_common.skc_v6_daddr)[1]) :
	    arg2 == NULL ? 0 : *(uint8_t *)arg2 >> 4 == 4 ?
	    ((struct iphdr *)arg2)->saddr == ((struct iphdr *)arg2)->daddr :
	    ((uint64_t *)&((struct ipv6hdr *)arg2)->saddr)[0] ==
	    ((uint64_t *)&((struct ipv6hdr *)arg2)->daddr)[0] &&
	    ((uint64_t *)&((struct ipv6hdr *)arg2)->saddr)[1] ==
	    ((uint64_t *)&((struct ipv6hdr *)arg2)->daddr)[1];
	tcps_lport = dt_tcp_full[S] && ((struct inet_sock *)S)->inet_sport != 0 ?
	    ntohs(((struct inet_sock *)S)->inet_sport) :
	    S != NULL && S->__sk_common.skc_num != 0 ? S->__sk_common.skc_num :
	    arg4 == NULL ? 0 : arg7 == NET_PROBE_INBOUND ?
	    ntohs(((struct tcphdr *)arg4)->dest) : ntohs(((struct tcphdr *)arg4)->source);
	tcps_rport = S != NULL && S->__sk_common.skc_dport != 0 ?
	    ntohs(S->__sk_common.skc_dport) :
	    arg4 == NULL ? 0 : arg7 == NET_PROBE_INBOUND ?
	    ntohs(((struct tcphdr *)arg4)->source) : ntohs(((struct tcphdr *)arg4)->dest);
	tcps_laddr = S != NULL ? inet_ntop(dt_sock_af[S], dt_sock_laddr[S]) :
	    arg2 == NULL ? "<unknown>" : inet_ntop(dt_ip_af[arg2],
	    arg7 == NET_PROBE_INBOUND ? dt_ip_daddr[arg2] : dt_ip_saddr[arg2]);
	tcps_raddr = S != NULL ? inet_ntop(dt_sock_af[S], dt_sock_raddr[S]) :
	    arg2 == NULL ? "<unknown>" : inet_ntop(dt_ip_af[arg2],
	    arg7 == NET_PROBE_INBOUND ? dt_ip_saddr[arg2] : dt_ip_daddr[arg2]);
	tcps_state = arg6;
	tcps_iss = dt_tcp_full[S] ? ((struct tcp_sock *)S)->snd_una -
	    (uint32_t)((struct tcp_sock *)S)->bytes_acked -
	    (S->sk_max_ack_backlog != 0) : 0;
	tcps_suna = dt_tcp_full[S] ? ((struct tcp_sock *)S)->snd_una : 0;
	tcps_snxt = dt_tcp_full[S] ? ((struct tcp_sock *)S)->snd_nxt : 0;
	tcps_rnxt = dt_tcp_full[S] ? ((struct tcp_sock *)S)->rcv_nxt : 0;
	tcps_swnd = dt_tcp_full[S] ? ((struct tcp_sock *)S)->snd_wnd : 0;
	tcps_snd_ws = dt_tcp_full[S] ? ((struct tcp_sock *)S)->rx_opt.snd_wscale : 0;
	tcps_rwnd = dt_tcp_full[S] ? ((struct tcp_sock *)S)->rcv_wnd : 0;
	tcps_rcv_ws = dt_tcp_full[S] ? ((struct tcp_sock *)S)->rx_opt.rcv_wscale : 0;
	tcps_cwnd = dt_tcp_full[S] ? ((struct tcp_sock *)S)->snd_cwnd : 0;
	tcps_cwnd_ssthresh = dt_tcp_full[S] ? ((struct tcp_sock *)S)->snd_ssthresh : 0;
	tcps_sack_snxt = !dt_tcp_full[S] ? 0 :
	    ((struct tcp_sock *)S)->sacked_out == 0 ? ((struct tcp_sock *)S)->snd_una :
	    ((struct tcp_sock *)S)->highest_sack == NULL ? ((struct tcp_sock *)S)->snd_nxt :
	    ((struct tcp_skb_cb *)&((struct tcp_sock *)S)->highest_sack->cb[0])->seq;
	tcps_mss = dt_tcp_full[S] ? ((struct tcp_sock *)S)->mss_cache : 0;
	tcps_retransmit = dt_tcp_full[S] && arg4 != NULL && arg7 == NET_PROBE_OUTBOUND &&
	    (int32_t)(ntohl(((struct tcphdr *)arg4)->seq) - ((struct tcp_sock *)S)->snd_nxt) < 0;
	tcps_rtt = dt_tcp_full[S] ? (((struct tcp_sock *)S)->srtt_us >> 3) / 1000 : 0;
	tcps_rtt_sd = dt_tcp_full[S] ? (((struct tcp_sock *)S)->mdev_us >> 2) / 1000 : 0;
	tcps_irs = dt_tcp_full[S] && ((struct tcp_sock *)S)->rcv_nxt != 0 ?
	    ((struct tcp_sock *)S)->rcv_nxt - (uint32_t)((struct tcp_sock *)S)->bytes_received - 1 : 0;
};

/* The previous state, on tcp:::state-change. */
typedef struct tcplsinfo {
	int tcps_state;         /* previous TCP state */
} tcplsinfo_t;

translator tcplsinfo_t < int I > {
	tcps_state = I;
};
