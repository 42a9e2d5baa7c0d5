/*
 * trace() of a float or double without quiet: the bits as an unsigned
 * integer of the value's size, in DTrace's columns (" %10u", " %20u").
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}CPU     ID                    FUNCTION:NAME{{$}}
 * CHECK-NEXT: {{^ *[0-9]+ +[0-9]+}}                           :BEGIN   4614256656552045848{{$}}
 * CHECK-NEXT: {{^ *[0-9]+ +[0-9]+}}                           :BEGIN  3233210112{{$}}
 */
struct bits {
	uint64_t a, b;
};

BEGIN
{
	this->w = (struct bits *)alloca(sizeof(struct bits));
	this->w->a = 0x400921fb54442d18;
	trace(*(double *)this->w);
}

BEGIN
{
	this->w = (struct bits *)alloca(sizeof(struct bits));
	this->w->a = 0xc0b6df0000000000;
	trace(((float *)this->w)[1]);
	exit(0);
}
