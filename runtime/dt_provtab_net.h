/*
 * dt_provtab_net.h: the ip, tcp and udp providers' rows of dt_provtab.h's
 * dt_stable_probes[], on tracepoints (Oracle's DTrace builds them on fbt,
 * which kernels without kprobes and fentry do not have).  Each `when` is a
 * dt_net.bpf.h function that picks the tracepoint's events that are the
 * probe's and fills c.arg[] as it does (its comment gives the layout), so
 * `args` is empty.
 *
 *   net:net_dev_queue       a packet given to a device (every outgoing one)
 *   net:netif_receive_skb   a packet entering the stack (every incoming one)
 *   tcp:tcp_probe           a segment received on an established connection
 *   sock:inet_sock_set_state  a TCP state transition
 *   tcp:tcp_receive_reset   a RST received
 */
#ifndef DT_PROVTAB_NET_H
#define DT_PROVTAB_NET_H

#define DT_NET_IP_TYPES                                                                           \
	"pktinfo_t *, csinfo_t *, ipinfo_t *, ifinfo_t *, ipv4info_t *, ipv6info_t *"
#define DT_NET_TCP_TYPES "pktinfo_t *, csinfo_t *, ipinfo_t *, tcpsinfo_t *, tcpinfo_t *"
#define DT_NET_UDP_TYPES "pktinfo_t *, csinfo_t *, ipinfo_t *, udpsinfo_t *, udpinfo_t *"
#define DT_NET_STATE_TYPES "void *, csinfo_t *, void *, tcpsinfo_t *, void *, tcplsinfo_t *"

#define DT_NET_PROBES                                                                           \
	{ "ip", "send", "net_dev_queue", "net",                                                 \
	  "dt_ip_probe(&c, ctx->args[0], DT_NET_OUT)",                                          \
	  "", DT_NET_IP_TYPES, NULL },                                                          \
	{ "ip", "receive", "netif_receive_skb", "net",                                          \
	  "dt_ip_probe(&c, ctx->args[0], DT_NET_IN)",                                           \
	  "", DT_NET_IP_TYPES, NULL },                                                          \
	{ "tcp", "send", "net_dev_queue", "net",                                                \
	  "dt_l4_send(&c, ctx->args[0], DT_IPPROTO_TCP)",                                       \
	  "", DT_NET_TCP_TYPES, NULL },                                                         \
	{ "tcp", "receive", "tcp_probe", "tcp",                                                 \
	  "dt_tcp_receive(&c, ctx->args[0], ctx->args[1])",                                     \
	  "", DT_NET_TCP_TYPES, NULL },                                                         \
	{ "tcp", "connect-request", "net_dev_queue", "net",                                     \
	  "dt_tcp_connect_request(&c, ctx->args[0])",                                           \
	  "", DT_NET_TCP_TYPES, NULL },                                                         \
	{ "tcp", "connect-established", "inet_sock_set_state", "sock",                          \
	  "dt_tcp_established(&c, ctx->args[0], ctx->args[1], ctx->args[2], 0)",                \
	  "", DT_NET_TCP_TYPES, NULL },                                                         \
	{ "tcp", "connect-refused", "tcp_receive_reset", "tcp",                                 \
	  "dt_tcp_connect_refused(&c, ctx->args[0])",                                           \
	  "", DT_NET_TCP_TYPES, NULL },                                                         \
	{ "tcp", "accept-established", "inet_sock_set_state", "sock",                           \
	  "dt_tcp_established(&c, ctx->args[0], ctx->args[1], ctx->args[2], 1)",                \
	  "", DT_NET_TCP_TYPES, NULL },                                                         \
	{ "tcp", "accept-refused", "net_dev_queue", "net",                                      \
	  "dt_tcp_accept_refused(&c, ctx->args[0])",                                            \
	  "", DT_NET_TCP_TYPES, NULL },                                                         \
	{ "tcp", "state-change", "inet_sock_set_state", "sock",                                 \
	  "dt_tcp_state_change(&c, ctx->args[0], ctx->args[1], ctx->args[2])",                  \
	  "", DT_NET_STATE_TYPES, NULL },                                                       \
	{ "udp", "send", "net_dev_queue", "net",                                                \
	  "dt_l4_send(&c, ctx->args[0], DT_IPPROTO_UDP)",                                       \
	  "", DT_NET_UDP_TYPES, NULL },                                                         \
	{ "udp", "receive", "netif_receive_skb", "net",                                         \
	  "dt_udp_receive(&c, ctx->args[0])",                                                   \
	  "", DT_NET_UDP_TYPES, NULL },

/*
 * The Linux release that added each tracepoint these probes need, for the
 * line dtrun prints where the running kernel lacks one (dt_tp_since[]).
 */
#define DT_NET_TP_SINCE                                                                         \
	{ "net", "net_dev_queue", "Linux 2.6.35" },                                             \
	{ "net", "netif_receive_skb", "Linux 2.6.35" },                                         \
	{ "tcp", "tcp_receive_reset", "Linux 4.15" },                                           \
	{ "tcp", "tcp_probe", "Linux 4.16" },                                                   \
	{ "sock", "inet_sock_set_state", "Linux 4.16" },

#endif
