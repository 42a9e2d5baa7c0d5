/*
 * tcp.d: the tcp provider's probes on a connection of tcp-pair.py between
 * 127.17.0.1 (server) and 127.17.0.2 (client): one line each, sorted by
 * the test.
 */
tcp:::connect-request
/args[2]->ip_saddr == "127.17.0.2"/
{
	iss[args[4]->tcp_sport] = args[4]->tcp_seq;
	printf("connect-request %d > %d flags %x state %s local %d\n", args[4]->tcp_sport,
	    args[4]->tcp_dport, args[4]->tcp_flags, tcp_state_string[args[3]->tcps_state],
	    args[3]->tcps_local);
}

tcp:::send
/args[2]->ip_saddr == "127.17.0.1" && args[4]->tcp_flags == (TH_SYN | TH_ACK)/
{
	irs[args[4]->tcp_dport] = args[4]->tcp_seq;
}

tcp:::connect-established
/args[3]->tcps_laddr == "127.17.0.2"/
{
	printf("connect-established %s:%d > %s:%d ip %s > %s tcp %d > %d iss %d irs %d\n",
	    args[3]->tcps_laddr, args[3]->tcps_lport, args[3]->tcps_raddr,
	    args[3]->tcps_rport, args[2]->ip_saddr, args[2]->ip_daddr, args[4]->tcp_sport,
	    args[4]->tcp_dport, args[3]->tcps_iss == iss[args[3]->tcps_lport],
	    args[3]->tcps_irs == irs[args[3]->tcps_lport]);
}

tcp:::accept-established
/args[3]->tcps_laddr == "127.17.0.1"/
{
	printf("accept-established %s:%d < %s:%d state %s irs %d\n", args[3]->tcps_laddr,
	    args[3]->tcps_lport, args[3]->tcps_raddr, args[3]->tcps_rport,
	    tcp_state_string[args[3]->tcps_state],
	    args[3]->tcps_irs == iss[args[3]->tcps_rport]);
}

tcp:::send,
tcp:::receive
/(args[2]->ip_saddr == "127.17.0.1" || args[2]->ip_saddr == "127.17.0.2") &&
    args[2]->ip_plength > args[4]->tcp_offset/
{
	printf("%s %d bytes %d > %d %s\n", probename, args[2]->ip_plength - args[4]->tcp_offset,
	    args[4]->tcp_sport, args[4]->tcp_dport, tcp_state_string[args[3]->tcps_state]);
}

tcp:::state-change
/args[3]->tcps_laddr == "127.17.0.1" || args[3]->tcps_laddr == "127.17.0.2"/
{
	printf("state-change %s %d %s > %s\n", args[3]->tcps_laddr, args[3]->tcps_lport,
	    tcp_state_string[args[5]->tcps_state], tcp_state_string[args[3]->tcps_state]);
}

tcp:::accept-refused
/args[2]->ip_saddr == "127.17.0.1"/
{
	printf("accept-refused %s:%d > %s:%d flags %x ack %d\n", args[3]->tcps_laddr,
	    args[3]->tcps_lport, args[3]->tcps_raddr, args[3]->tcps_rport, args[4]->tcp_flags,
	    args[4]->tcp_ack == iss[args[3]->tcps_rport] + 1);
}

tcp:::connect-refused
/args[3]->tcps_laddr == "127.17.0.2"/
{
	printf("connect-refused %d > %d %s > %s\n", args[3]->tcps_lport, args[3]->tcps_rport,
	    args[2]->ip_saddr, args[2]->ip_daddr);
}
