/*
 * pcap(skb, proto): DTrace's prototype void(void *, int) (an integer other
 * than a constant 0 is not a pointer), then a record of pcapsize bytes of
 * packet (dt_cg_act_pcap(); the option as dt_opt_pcapsize() sets it: 1514
 * by default, out of 1..65535 the default, rounded up to 8).  A capture
 * larger than a record is D_PCAP_SIZE.
 * RUN: %dtc -C -S -o - %s | FileCheck --check-prefix=DEF %s
 * DEF: dt_put_pcap(_p, {{.*}}, 1520);
 * RUN: %dtc -C -x pcapsize=100 -S -o - %s | FileCheck --check-prefix=SMALL %s
 * SMALL: dt_put_pcap(_p, {{.*}}, 104);
 * RUN: %dtc -C -x pcapsize=70000 -S -o - %s | FileCheck --check-prefix=DEF %s
 * RUN: not %dtc -C -x pcapsize=16k -S -o - %s 2>&1 | FileCheck --check-prefix=BIG %s
 * BIG: pcap.d:[[@LINE+15]]:9: error: pcap( ) cannot capture pcapsize (16384) bytes: the largest record holds 16128 [D_PCAP_SIZE]
 * RUN: not %dtc -C -DARG -S -o - %s 2>&1 | FileCheck --check-prefix=ARG %s
 * ARG: pcap.d:[[@LINE+9]]:14: error: pcap( ) argument #1 is incompatible with prototype:
 * ARG-NEXT: prototype: void *
 * ARG-NEXT: argument: int64_t [D_PROTO_ARG]
 * RUN: not %dtc -C -DPROTO -S -o - %s 2>&1 | FileCheck --check-prefix=PROTO %s
 * PROTO: pcap.d:[[@LINE+7]]:28: error: pcap( ) argument #2 is incompatible with prototype:
 * PROTO-NEXT: prototype: int
 * PROTO-NEXT: argument: string [D_PROTO_ARG]
 */
#if defined(ARG)
BEGIN { pcap(arg0, PCAP_ETHER); }
#elif defined(PROTO)
BEGIN { pcap((void *)arg0, "ether"); }
#else
BEGIN { pcap((void *)0, PCAP_ETHER); }
#endif
