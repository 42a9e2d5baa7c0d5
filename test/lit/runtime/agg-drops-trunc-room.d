/*
 * trunc() gives a CPU its entries' room back (dt_aggwalk_remove() deletes
 * the keys from every CPU's map).  Two entries per CPU (aggsize 64 /
 * (16 + 16)), all made on CPU 0: after trunc(@t, 1), one of @t[3], @t[4]
 * fits.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o 2>&1 | FileCheck %s
 * CHECK-DAG: {{^}}        3                1{{$}}
 * CHECK-DAG: {{^}}        2                2{{$}}
 * CHECK-DAG: dtrace: 1 aggregation drop on CPU 0
 * CHECK-NOT: {{^}}        4
 */
#pragma D option quiet
#pragma D option aggsize=64
uint64_t s;
int t;

profile-97
/cpu == 0 && !s/
{
	s = timestamp;
	@t[1] = count(); @t[2] = count(); @t[2] = count();
	trunc(@t, 1);
}

profile-97
/cpu == 0 && s && !t && timestamp - s > 300000000/
{
	t = 1;
	@t[3] = count(); @t[4] = count();
}

profile-97
/cpu == 0 && t == 1 && timestamp - s > 600000000/
{
	exit(0);
}
