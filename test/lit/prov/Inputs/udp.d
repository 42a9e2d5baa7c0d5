/*
 * udp.d: udp:::send/receive and ip:::send/receive for the datagrams of
 * udp-pair.py (run by the test's shell script, whose children are
 * progenyof($target)); the received ones are found by the ports sent.
 */
udp:::send
/progenyof($target)/
{
	sent[args[4]->udp_sport, args[4]->udp_dport] = 1;
	printf("udp send v%d %s:%d > %s:%d len %d plen %d sock %d\n", args[2]->ip_ver,
	    args[3]->udps_laddr, args[3]->udps_lport, args[3]->udps_raddr, args[3]->udps_rport,
	    args[4]->udp_length, args[2]->ip_plength, args[1]->cs_addr != 0);
}

udp:::receive
/sent[args[4]->udp_sport, args[4]->udp_dport]/
{
	printf("udp receive v%d %s:%d < %s:%d len %d plen %d\n", args[2]->ip_ver,
	    args[3]->udps_laddr, args[3]->udps_lport, args[3]->udps_raddr, args[3]->udps_rport,
	    args[4]->udp_length, args[2]->ip_plength);
}

ip:::send
/progenyof($target) && args[2]->ip_plength == 131/
{
	printf("ip send v%d %s > %s %s local %d v4 %d %d %d %d %s %s %s v6 %d %d %s %d %s %s\n",
	    args[2]->ip_ver, args[2]->ip_saddr, args[2]->ip_daddr, args[3]->if_name,
	    args[3]->if_local, args[4]->ipv4_ver, args[4]->ipv4_ihl, args[4]->ipv4_length,
	    args[4]->ipv4_ttl, args[4]->ipv4_protostr, args[4]->ipv4_saddr,
	    args[4]->ipv4_daddr, args[5]->ipv6_ver, args[5]->ipv6_plen,
	    args[5]->ipv6_nextstr, args[5]->ipv6_hlim, args[5]->ipv6_saddr,
	    args[5]->ipv6_daddr);
}

ip:::receive
/args[2]->ip_plength == 131 &&
    (args[2]->ip_saddr == "127.17.0.3" || args[2]->ip_saddr == "::1")/
{
	printf("ip receive v%d %s > %s %s local %d v4 %s v6 %s\n", args[2]->ip_ver,
	    args[2]->ip_saddr, args[2]->ip_daddr, args[3]->if_name, args[3]->if_local,
	    args[4]->ipv4_protostr, args[5]->ipv6_nextstr);
}
