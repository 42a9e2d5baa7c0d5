/*
 * pcap.d: the link types pcap(skb, proto) is called with, under DTrace's
 * names (PCAP_<type> after the DLPI DL_<type> names).  The values are
 * libpcap's DLT_* numbers, which dtrun writes into a pcap file's header as
 * the file format's LINKTYPE_* (DLT_RAW, 12, is LINKTYPE_RAW, 101).
 */
inline int PCAP_NULL = 0;
#pragma D binding "1.12" PCAP_NULL
inline int PCAP_ETHER = 1;
#pragma D binding "1.12" PCAP_ETHER
inline int PCAP_PPP = 9;
#pragma D binding "1.12" PCAP_PPP
inline int PCAP_IP = 12;
#pragma D binding "1.12" PCAP_IP
inline int PCAP_WIFI = 105;
#pragma D binding "1.12" PCAP_WIFI
inline int PCAP_IPOIB = 242;
#pragma D binding "1.12" PCAP_IPOIB
