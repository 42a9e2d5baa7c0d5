/*
 * net.d: names the address subroutines (inet_ntoa(), inet_ntoa6(),
 * inet_ntop(), link_ntop()) are called with, as on Linux: address families
 * from <sys/socket.h>, link types from <net/if_arp.h>, and DTrace's
 * address types.
 */
inline int AF_UNSPEC = 0;
inline int AF_UNIX = 1;
inline int AF_INET = 2;
inline int AF_INET6 = 10;
inline int ARPHRD_ETHER = 1;
inline int ARPHRD_INFINIBAND = 32;

typedef uint32_t ipaddr_t;
typedef struct in6_addr in6_addr_t;
