/*
 * A string member of a D struct is strsize bytes of the struct, and a
 * string stored into it is copied there (truncated to strsize), wherever
 * the struct lives: a global, an element of a global array, this->,
 * an element of a this-> array, self->, an associative array's element;
 * a shorter string stored over a longer one ends there.  A member never
 * stored reads as "".  (self->st and a[1] are assigned whole first: a
 * member store creates no dynamic variable.)
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s
 * CHECK: [global] [elem] [this] [telem] [] [self] [assoc] 1
 * CHECK-NEXT: [abc] [0123456789]
 */
#pragma D option quiet

struct foo {
	int a;
	string s;
};
struct foo g, z;
struct foo ga[2];
this struct foo t;
this struct foo ta[2];
self struct foo st;
struct foo a[int];

BEGIN
{
	g.s = "global";
	g.a = 1;
	ga[1].s = "elem";
	this->t.s = "this";
	this->ta[1].s = "telem";
	self->st = z;
	self->st.s = "self";
	a[1] = z;
	a[1].s = "assoc";
	printf("[%s] [%s] [%s] [%s] [%s] [%s] [%s] %d\n", g.s, ga[1].s, this->t.s, this->ta[1].s,
	       this->ta[0].s, self->st.s, a[1].s, g.a);
}

BEGIN
{
	g.s = "0123456789";
	ga[0].s = g.s;
	g.s = "abc";
	printf("[%s] [%s]\n", g.s, ga[0].s);
	exit(0);
}
