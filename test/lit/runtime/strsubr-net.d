/*
 * inet_ntop(), inet_ntoa(), inet_ntoa6() (IPv4-mapped and -compatible
 * addresses as a dotted quad, or with the IPv6 prefix when strict) and
 * link_ntop(), from D arrays; an unknown link type is DTrace's illegal
 * operation, an address family other than AF_INET6 is read as IPv4
 * (Oracle's inet_ntop()); hton*() and ntoh*().
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --strict-whitespace < %t.out
 * RUN: FileCheck %s --check-prefix=ERR < %t.err
 * CHECK: {{^}}10:80:08:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:ff{{$}}
 * CHECK-NEXT: {{^}}10:80:08:00:00:00{{$}}
 * CHECK-NEXT: {{^}}fe80::214:0:0:c8 fe80::214:0:0:c8{{$}}
 * CHECK-NEXT: {{^}}::ffff:127.0.0.1 127.0.0.1 ::ffff:127.0.0.1{{$}}
 * CHECK-NEXT: {{^}}::127.0.0.1 127.0.0.1 ::127.0.0.1{{$}}
 * CHECK-NEXT: {{^}}::1 :: 100:0:2:0:3::4 1:2:3:4:5:6:7:8{{$}}
 * CHECK-NEXT: {{^}}192.168.1.23 192.168.1.23{{$}}
 * CHECK-NEXT: {{^}}3412 78563412 8877665544332211 3412{{$}}
 * CHECK-NEXT: {{^}}unix 192.168.1.23{{$}}
 * CHECK-NEXT: {{^}}fault 3{{$}}
 * CHECK-NOT: never
 * ERR: dtrace: error {{.*}}(dtrace:::BEGIN): illegal operation
 */
#pragma D option quiet

uint8_t ib[20];
uint8_t a6[16];
uint8_t a4[4];

BEGIN
{
	ib[0] = 0x10; ib[1] = 0x80; ib[2] = 0x08; ib[19] = 0xff;
	printf("%s\n", link_ntop(ARPHRD_INFINIBAND, ib));
	printf("%s\n", link_ntop(ARPHRD_ETHER, ib));
	a6[0] = 0xfe; a6[1] = 0x80; a6[8] = 2; a6[9] = 0x14; a6[15] = 0xc8;
	printf("%s %s\n", inet_ntop(AF_INET6, a6), inet_ntoa6((in6_addr_t *)a6));
}

BEGIN
{
	a6[0] = 0; a6[1] = 0; a6[8] = 0; a6[9] = 0;
	a6[10] = 0xff; a6[11] = 0xff; a6[12] = 127; a6[15] = 1;
	printf("%s %s %s\n", inet_ntop(AF_INET6, a6), inet_ntoa6((struct in6_addr *)a6),
	    inet_ntoa6((struct in6_addr *)a6, 1));
}

BEGIN
{
	a6[10] = 0; a6[11] = 0;
	printf("%s %s %s\n", inet_ntop(AF_INET6, a6), inet_ntoa6((struct in6_addr *)a6, 0),
	    inet_ntoa6((struct in6_addr *)a6, 42));
}

BEGIN
{
	a6[12] = 0;
	printf("%s ", inet_ntop(AF_INET6, a6));
	a6[15] = 0;
	printf("%s ", inet_ntop(AF_INET6, a6));
}

BEGIN
{
	a6[0] = 1; a6[5] = 2; a6[9] = 3; a6[15] = 4;
	printf("%s ", inet_ntop(AF_INET6, a6));
}

BEGIN
{
	a6[0] = 0; a6[1] = 1; a6[3] = 2; a6[5] = 3; a6[7] = 4; a6[9] = 5; a6[11] = 6;
	a6[13] = 7; a6[15] = 8; a6[6] = 0;
	printf("%s\n", inet_ntop(AF_INET6, a6));
}

BEGIN
{
	a4[0] = 192; a4[1] = 168; a4[2] = 1; a4[3] = 23;
	printf("%s %s\n", inet_ntop(AF_INET, a4), inet_ntoa((ipaddr_t *)a4));
	printf("%x %x %x %x\n", htons(0x1234), htonl(0x12345678), htonll(0x1122334455667788),
	    ntohs(0x1234));
}

BEGIN
{
	printf("never %s\n", link_ntop(-1, ib));
}

BEGIN
{
	printf("unix %s\n", inet_ntop(AF_UNIX, a4));
}

ERROR
{
	printf("fault %d\n", arg4);
}

BEGIN
{
	exit(0);
}
