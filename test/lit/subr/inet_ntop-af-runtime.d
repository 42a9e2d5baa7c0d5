/*
 * inet_ntop(af, addr) is Oracle's ternary (dt_cg.c dt_cg_subr_inet_ntop()):
 * af == AF_INET6 ? inet_ntoa6(addr, 1) : inet_ntoa(addr), so a family other
 * than AF_INET6 (10) reads an IPv4 address, and is no fault.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}1.2.3.4 1.2.3.4 1.2.3.4 102:304:506:708:90a:b0c:d0e:f10{{$}}
 */
#pragma D option quiet

BEGIN
{
	p = (uint8_t *)alloca(16);
	p[0] = 1; p[1] = 2; p[2] = 3; p[3] = 4; p[4] = 5; p[5] = 6; p[6] = 7; p[7] = 8;
	p[8] = 9; p[9] = 10; p[10] = 11; p[11] = 12; p[12] = 13; p[13] = 14; p[14] = 15;
	p[15] = 16;
	af = 99;
	printf("%s %s %s %s\n", inet_ntop(2, (void *)p), inet_ntop(af, (void *)p),
	    inet_ntop(-1, (void *)p), inet_ntop(10, (void *)p));
	exit(0);
}
