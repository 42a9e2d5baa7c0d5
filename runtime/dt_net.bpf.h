/*
 * dt_net.bpf.h: BPF side of the ip, tcp and udp providers (rows of
 * dt_provtab_net.h).  Each probe's `when` condition is one of the functions
 * below: it decides whether the tracepoint's packet or socket is the probe's
 * and, if so, fills c.arg[] in DTrace's argument order, which dlib/net.d,
 * tcp.d and udp.d translate:
 *
 *	arg0 struct sk_buff *    pktinfo_t *  (0: no packet)
 *	arg1 struct sock *       csinfo_t *   (0: no socket)
 *	arg2 IPv4/IPv6 header    ipinfo_t *   (0: no packet; from the socket)
 *	arg3 tcp, udp: struct sock * (tcpsinfo_t *, udpsinfo_t *); ip: the
 *	     struct net_device * (ifinfo_t *)
 *	arg4 tcp, udp: TCP or UDP header; ip: the IPv4 header, or 0
 *	arg5 tcp:::state-change: the previous state; ip: the IPv6 header, or 0
 *	arg6 tcp: the connection's state as DTrace numbers it (TCP_STATE_*)
 *	arg7 DT_NET_OUT or DT_NET_IN: which way the packet goes
 *
 * Kernel structures are read through CO-RE local flavors (___dtn).
 */
#ifndef DT_NET_BPF_H
#define DT_NET_BPF_H

#define DT_NET_OUT 0 /* NET_PROBE_OUTBOUND in dlib/net.d */
#define DT_NET_IN 1  /* NET_PROBE_INBOUND */

#define DT_ETH_P_IP 0x0800
#define DT_ETH_P_IPV6 0x86DD
#define DT_IPPROTO_TCP 6
#define DT_IPPROTO_UDP 17
#define DT_SOCK_STREAM 1

/* include/net/tcp_states.h; DTrace's TCP_STATE_* are the same numbers */
#define DT_TCP_ESTABLISHED 1
#define DT_TCP_SYN_SENT 2
#define DT_TCP_SYN_RECV 3
#define DT_TCP_TIME_WAIT 6
#define DT_TCP_CLOSE 7
#define DT_TCP_NEW_SYN_RECV 12 /* a request socket: Linux's, not DTrace's */

#define DT_TH_SYN 0x02
#define DT_TH_RST 0x04
#define DT_TH_ACK 0x10

struct sock_common___dtn {
	unsigned short skc_family;
	volatile unsigned char skc_state;
} __attribute__((preserve_access_index));

struct sock___dtn {
	struct sock_common___dtn __sk_common;
	/* u16 since Linux 5.6 (bf9765145b85), a bitfield before: read with
	 * BPF_CORE_READ_BITFIELD_PROBED, which relocates either */
	unsigned short sk_type;
	unsigned short sk_protocol;
	void *sk_socket;
} __attribute__((preserve_access_index));

struct sk_buff___dtn {
	struct sock___dtn *sk;
	void *dev;
	unsigned char *head;
	unsigned char *data;
	unsigned short protocol;
	unsigned short transport_header;
	unsigned short network_header;
} __attribute__((preserve_access_index));

/*
 * A socket the tcp provider describes: a TCP stream socket, or the request
 * (NEW_SYN_RECV) or TIME_WAIT mini socket standing for a connection, whose
 * struct sock_common alone is valid; not the per-CPU control socket that
 * sends resets and TIME_WAIT acknowledgements for connections that have
 * none (a raw socket).  0 for anything else.
 */
static __always_inline __u64 dt_tcp_sock(__u64 skp)
{
	struct sock___dtn *sk = (void *)skp;
	unsigned char st;

	if (!sk)
		return 0;
	st = BPF_CORE_READ(sk, __sk_common.skc_state);
	if (st == DT_TCP_NEW_SYN_RECV || st == DT_TCP_TIME_WAIT)
		return skp;
	if (BPF_CORE_READ_BITFIELD_PROBED(sk, sk_protocol) != DT_IPPROTO_TCP ||
	    BPF_CORE_READ_BITFIELD_PROBED(sk, sk_type) != DT_SOCK_STREAM)
		return 0;
	return skp;
}

/* DTrace's state of a connection: TCP_STATE_CLOSED when there is none. */
static __always_inline __u64 dt_tcp_state(__u64 skp)
{
	struct sock___dtn *sk = (void *)skp;
	unsigned char st;

	if (!sk)
		return DT_TCP_CLOSE;
	st = BPF_CORE_READ(sk, __sk_common.skc_state);
	return st == DT_TCP_NEW_SYN_RECV ? DT_TCP_SYN_RECV : st;
}

/*
 * The IP packet of an skb: its IP header at l3, the transport header (0 for
 * a later fragment or an IPv6 extension header) and the IP protocol after
 * it.  Returns the IP version, 0 when the skb is neither IPv4 nor IPv6.
 */
static __always_inline int dt_ip_pkt(struct sk_buff___dtn *skb, __u64 l3, __u64 *l4, __u8 *proto)
{
	unsigned short eth = __builtin_bswap16(BPF_CORE_READ(skb, protocol));
	__u8 h[10];

	if ((eth != DT_ETH_P_IP && eth != DT_ETH_P_IPV6) ||
	    bpf_probe_read_kernel(h, sizeof(h), (void *)l3))
		return 0;
	if (eth == DT_ETH_P_IP && h[0] >> 4 == 4) {
		*proto = h[9];
		/* fragment offset (13 bits after 3 flag bits) 0: the first */
		*l4 = ((h[6] & 0x1f) | h[7]) ? 0 : l3 + (h[0] & 0xf) * 4;
		return 4;
	}
	if (eth == DT_ETH_P_IPV6 && h[0] >> 4 == 6) {
		*proto = h[6];
		*l4 = l3 + 40;
		return 6;
	}
	return 0;
}

/* Where an skb's IP header is: at data as netif_receive_skb sees it (the
 * stack sets network_header after that tracepoint), else network_header. */
static __always_inline __u64 dt_skb_l3(struct sk_buff___dtn *skb, int at_data)
{
	if (at_data)
		return (__u64)BPF_CORE_READ(skb, data);
	return (__u64)BPF_CORE_READ(skb, head) + BPF_CORE_READ(skb, network_header);
}

/* ip:::send (net_dev_queue) and ip:::receive (netif_receive_skb). */
static __always_inline int dt_ip_probe(struct dt_ctx *c, __u64 skbp, int dir)
{
	struct sk_buff___dtn *skb = (void *)skbp;
	__u64 l3 = dt_skb_l3(skb, dir == DT_NET_IN), l4 = 0;
	__u8 proto = 0;
	int v = dt_ip_pkt(skb, l3, &l4, &proto);

	if (!v)
		return 0;
	c->arg[0] = skbp;
	c->arg[1] = (__u64)BPF_CORE_READ(skb, sk);
	c->arg[2] = l3;
	c->arg[3] = (__u64)BPF_CORE_READ(skb, dev);
	c->arg[4] = v == 4 ? l3 : 0;
	c->arg[5] = v == 6 ? l3 : 0;
	c->arg[7] = dir;
	return 1;
}

/*
 * A TCP or UDP segment (proto) of an skb whose IP header is at l3: fills
 * c.arg[] and returns 1, or 0 when the skb carries none.  sk is the socket
 * the segment belongs to, when known.
 */
static __always_inline int dt_l4_pkt(struct dt_ctx *c, __u64 skbp, __u64 l3, __u64 sk, int dir,
				     __u8 want)
{
	__u64 l4 = 0;
	__u8 proto = 0;

	if (!dt_ip_pkt((void *)skbp, l3, &l4, &proto) || proto != want || !l4)
		return 0;
	if (want == DT_IPPROTO_TCP) {
		sk = dt_tcp_sock(sk);
		c->arg[6] = dt_tcp_state(sk);
	}
	c->arg[0] = skbp;
	c->arg[1] = c->arg[3] = sk;
	c->arg[2] = l3;
	c->arg[4] = l4;
	c->arg[7] = dir;
	return 1;
}

/* tcp:::send, udp:::send: a segment given to a device (net_dev_queue). */
static __always_inline int dt_l4_send(struct dt_ctx *c, __u64 skbp, __u8 proto)
{
	struct sk_buff___dtn *skb = (void *)skbp;

	return dt_l4_pkt(c, skbp, dt_skb_l3(skb, 0), (__u64)BPF_CORE_READ(skb, sk), DT_NET_OUT,
			 proto);
}

/* udp:::receive: a datagram as it enters the stack (netif_receive_skb). */
static __always_inline int dt_udp_receive(struct dt_ctx *c, __u64 skbp)
{
	return dt_l4_pkt(c, skbp, dt_skb_l3((void *)skbp, 1), 0, DT_NET_IN, DT_IPPROTO_UDP);
}

/* tcp:::receive: tcp_probe(sk, skb), a segment of an established connection. */
static __always_inline int dt_tcp_receive(struct dt_ctx *c, __u64 sk, __u64 skbp)
{
	return dt_l4_pkt(c, skbp, dt_skb_l3((void *)skbp, 0), sk, DT_NET_IN, DT_IPPROTO_TCP);
}

static __always_inline __u8 dt_tcp_flags(struct dt_ctx *c)
{
	__u8 f = 0;

	bpf_probe_read_kernel(&f, 1, (void *)(c->arg[4] + 13));
	return f;
}

static __always_inline __u32 dt_tcp_seq(struct dt_ctx *c)
{
	__u32 s = 0;

	bpf_probe_read_kernel(&s, 4, (void *)(c->arg[4] + 4));
	return s;
}

/* tcp:::connect-request: the first SYN of an active open leaves. */
static __always_inline int dt_tcp_connect_request(struct dt_ctx *c, __u64 skbp)
{
	if (!dt_l4_send(c, skbp, DT_IPPROTO_TCP) || !c->arg[3] || c->arg[6] != DT_TCP_SYN_SENT)
		return 0;
	return (dt_tcp_flags(c) & (DT_TH_SYN | DT_TH_ACK)) == DT_TH_SYN;
}

/*
 * tcp:::accept-refused: the RST,ACK that answers a connection attempt no
 * socket takes.  Linux sends it from the control socket with sequence
 * number 0 (tcp_v4_send_reset(), tcp_v6_send_reset(): a segment without
 * ACK is answered <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>, RFC 793); a
 * connection's own resets come from its socket and carry its sequence.
 */
static __always_inline int dt_tcp_accept_refused(struct dt_ctx *c, __u64 skbp)
{
	if (!dt_l4_send(c, skbp, DT_IPPROTO_TCP) || c->arg[3])
		return 0;
	return (dt_tcp_flags(c) & (DT_TH_RST | DT_TH_ACK | DT_TH_SYN)) == (DT_TH_RST | DT_TH_ACK) &&
	       dt_tcp_seq(c) == 0;
}

/* A TCP socket's event without a packet: args 0, 2 and 4 stay 0. */
static __always_inline int dt_tcp_sock_event(struct dt_ctx *c, __u64 sk, __u64 state, int dir)
{
	struct sock___dtn *s = (void *)sk;

	if (BPF_CORE_READ_BITFIELD_PROBED(s, sk_protocol) != DT_IPPROTO_TCP)
		return 0;
	c->arg[1] = c->arg[3] = sk;
	c->arg[6] = state;
	c->arg[7] = dir;
	return 1;
}

/* tcp:::state-change on inet_sock_set_state(sk, oldstate, newstate). */
static __always_inline int dt_tcp_state_change(struct dt_ctx *c, __u64 sk, __u64 old, __u64 new)
{
	if (!dt_tcp_sock_event(c, sk, new == DT_TCP_NEW_SYN_RECV ? DT_TCP_SYN_RECV : new, DT_NET_IN))
		return 0;
	c->arg[5] = old == DT_TCP_NEW_SYN_RECV ? DT_TCP_SYN_RECV : old;
	return 1;
}

/*
 * The handshake completes (inet_sock_set_state to ESTABLISHED from SYN_SENT,
 * or from SYN_RECV).  A passive open's socket is a listener's child that no
 * accept() has given a struct socket yet; a simultaneous open passes through
 * SYN_RECV on the connecting socket, which has one.  passive: 1 for
 * accept-established, 0 for connect-established.
 */
static __always_inline int dt_tcp_established(struct dt_ctx *c, __u64 sk, __u64 old, __u64 new,
					      int passive)
{
	struct sock___dtn *s = (void *)sk;
	int child;

	if (new != DT_TCP_ESTABLISHED || (old != DT_TCP_SYN_SENT && old != DT_TCP_SYN_RECV))
		return 0;
	child = old == DT_TCP_SYN_RECV && !BPF_CORE_READ(s, sk_socket);
	if (child != passive)
		return 0;
	return dt_tcp_sock_event(c, sk, DT_TCP_ESTABLISHED, DT_NET_IN);
}

/* tcp:::connect-refused: tcp_receive_reset(sk) while SYN_SENT. */
static __always_inline int dt_tcp_connect_refused(struct dt_ctx *c, __u64 sk)
{
	struct sock___dtn *s = (void *)sk;

	if (BPF_CORE_READ(s, __sk_common.skc_state) != DT_TCP_SYN_SENT)
		return 0;
	return dt_tcp_sock_event(c, sk, DT_TCP_SYN_SENT, DT_NET_IN);
}

#endif
