/*
 * pcap.d [FILE]: the IPv4 datagrams sent to 127.17.0.8 captured with pcap(),
 * printed as bytes, or written to the pcap file FILE (freopen()).  A NULL
 * skb in BEGIN is no packet.
 */
#pragma D option quiet
#pragma D option defaultargs

BEGIN
/$$1 != ""/
{
	freopen("%s", $$1);
}

BEGIN
{
	pcap((void *)0, PCAP_ETHER);
}

ip:::send
/args[2]->ip_daddr == "127.17.0.8" && $$1 == ""/
{
	printf("send %d bytes", args[2]->ip_plength);
}

ip:::send
/args[2]->ip_daddr == "127.17.0.8"/
{
	pcap((void *)arg0, PCAP_ETHER);
}
