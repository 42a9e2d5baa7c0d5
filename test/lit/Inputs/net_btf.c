/*
 * net_btf.c: the source of net.btf, the pinned kernel BTF the ip, tcp and
 * udp providers' compile-only tests type-check against (dtc --btf
 * %netbtf): the types dlib/net.d, tcp.d and udp.d translate, cut down from
 * Linux 6.x x86-64 as min_btf.c's are (same names, member names and member
 * types; members left out).  Regenerate with gen.sh.
 */
typedef unsigned char __u8;
typedef unsigned short __u16;
typedef unsigned int __u32;
typedef unsigned long long __u64;
typedef __u8 u8;
typedef __u16 u16;
typedef __u32 u32;
typedef __u64 u64;
typedef __u16 __be16;
typedef __u32 __be32;
typedef __u16 __sum16;

struct in6_addr {
	union {
		__u8 u6_addr8[16];
		__be16 u6_addr16[8];
		__be32 u6_addr32[4];
	} in6_u;
};

struct net {
	int ifindex;
};

typedef struct {
	struct net *net;
} possible_net_t;

struct net_device {
	char name[16];
	unsigned int flags;
	possible_net_t nd_net;
};

struct sock;

struct sk_buff {
	struct sk_buff *next;
	struct sock *sk;
	struct net_device *dev;
	char cb[48];
	unsigned int len;
	__be16 protocol;
	__u16 transport_header;
	__u16 network_header;
	__u16 mac_header;
	unsigned char *head;
	unsigned char *data;
};

struct dst_entry {
	struct net_device *dev;
};

struct sock_common {
	__be32 skc_daddr;
	__be32 skc_rcv_saddr;
	__be16 skc_dport;
	__u16 skc_num;
	unsigned short skc_family;
	volatile unsigned char skc_state;
	struct in6_addr skc_v6_daddr;
	struct in6_addr skc_v6_rcv_saddr;
};

struct socket;

struct sock {
	struct sock_common __sk_common;
	u16 sk_type;
	u16 sk_protocol;
	u32 sk_max_ack_backlog;
	struct dst_entry *sk_dst_cache;
	struct socket *sk_socket;
};

struct inet_sock {
	struct sock sk;
	__be16 inet_sport;
};

struct inet_connection_sock {
	struct inet_sock icsk_inet;
	__u32 icsk_rto;
};

struct tcp_options_received {
	int ts_recent_stamp;
	u16 saw_tstamp : 1, tstamp_ok : 1, dsack : 1, wscale_ok : 1, sack_ok : 3, smc_ok : 1,
		snd_wscale : 4, rcv_wscale : 4;
};

struct tcp_sock {
	struct inet_connection_sock inet_conn;
	u32 rcv_nxt;
	u64 bytes_received;
	u32 snd_una;
	u64 bytes_acked;
	u32 snd_nxt;
	u32 write_seq;
	u32 snd_wnd;
	u32 rcv_wnd;
	u32 snd_cwnd;
	u32 snd_ssthresh;
	u32 sacked_out;
	u32 mss_cache;
	u32 srtt_us;
	u32 mdev_us;
	struct sk_buff *highest_sack;
	struct tcp_options_received rx_opt;
};

struct tcp_skb_cb {
	__u32 seq;
	__u32 end_seq;
};

struct iphdr {
	__u8 ihl : 4, version : 4;
	__u8 tos;
	__be16 tot_len;
	__be16 id;
	__be16 frag_off;
	__u8 ttl;
	__u8 protocol;
	__sum16 check;
	__be32 saddr;
	__be32 daddr;
};

struct ipv6hdr {
	__u8 priority : 4, version : 4;
	__u8 flow_lbl[3];
	__be16 payload_len;
	__u8 nexthdr;
	__u8 hop_limit;
	struct in6_addr saddr;
	struct in6_addr daddr;
};

struct tcphdr {
	__be16 source;
	__be16 dest;
	__be32 seq;
	__be32 ack_seq;
	__u16 res1 : 4, doff : 4, fin : 1, syn : 1, rst : 1, psh : 1, ack : 1, urg : 1, ece : 1,
		cwr : 1;
	__be16 window;
	__sum16 check;
	__be16 urg_ptr;
};

struct udphdr {
	__be16 source;
	__be16 dest;
	__be16 len;
	__sum16 check;
};

/* Every type above is reachable from this variable (min_btf.c says why). */
struct net_btf_root {
	struct sk_buff skb;
	struct sock sock;
	struct inet_sock inet;
	struct tcp_sock tcp;
	struct tcp_skb_cb cb;
	struct net_device dev;
	struct net net;
	struct dst_entry dst;
	struct iphdr ip;
	struct ipv6hdr ip6;
	struct tcphdr th;
	struct udphdr uh;
};

struct net_btf_root net_btf_root;
