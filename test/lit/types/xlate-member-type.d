/*
 * A translated member has the type its output struct declares
 * (dt_parser.c types xlate<T>(e).m and xlate<T *>(e)->m by the translator's
 * output member), not the type of the expression that defines it: an
 * integer member's value is converted to the member's type.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s
 * CHECK: 5 4 44 1 65535 2 -1
 */
typedef struct out {
	int small;
	char c;
	unsigned short us;
	long l;
} out_t;

translator out_t < int *T > {
	small = 0x100000005LL;
	c = 300;
	us = -1;
	l = (int)-1;
};

BEGIN
{
	printf("%d %d %d %d %d %d %d\n", xlate <out_t> ((int *)0).small,
	    sizeof (xlate <out_t> ((int *)0).small), xlate <out_t> ((int *)0).c,
	    sizeof (xlate <out_t> ((int *)0).c), xlate <out_t *> ((int *)0)->us,
	    sizeof (xlate <out_t *> ((int *)0)->us), xlate <out_t> ((int *)0).l);
	exit(0);
}
