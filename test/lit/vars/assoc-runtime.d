/*
 * Associative arrays with multi-part keys (ints, strings), self-> and
 * this-> variables, self-> associative arrays, compound assignment, ++,
 * storing 0 deletes, declared types.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}5 6 0 7 14 1 -1{{$}}
 * CHECK-NEXT: {{^}}hello|thr|hello|9|ab{{$}}
 * CHECK-NEXT: {{^}}0 14 12 3{{$}}
 */
#pragma D option quiet
self int depth;
int typed[int, string];
BEGIN
{
	a[1, "x"] = 5;
	a[2, "y"] = a[1, "x"] + 1;
	self->t = 7;
	self->depth++;
	this->v = self->t * 2;
	typed[-1, "k"] = -1;
	printf("%d %d %d %d %d %d %d\n", a[1, "x"], a[2, "y"], a[3, "z"], self->t, this->v,
	    self->depth, typed[-1, "k"]);
}
BEGIN
{
	s["k"] = "hello";
	self->str = "thr";
	this->s = s["k"];
	self->h[3] = 9;
	n[strjoin("a", "b")] = "ab";
	printf("%s|%s|%s|%d|%s\n", s["k"], self->str, this->s, self->h[3], n["ab"]);
	a[1, "x"] = 0;
	a[2, "y"] *= 2;
	self->h[3] -= 6;
	printf("%d %d %d %d\n", a[1, "x"], this->v, a[2, "y"], self->h[3]);
	exit(0);
}
