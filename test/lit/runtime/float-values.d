/*
 * float, double and long double values are recorded as raw bits and
 * formatted by dtrun: printf()'s %e %E %f %g %G (%Le ... for long double),
 * trace() prints the bits as an unsigned integer of the value's size (DTrace's
 * dt_print_trace()), a long double as raw bytes.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}0.000000 0.000000e+00 0 0.000000E+00 0{{$}}
 * CHECK-NEXT: {{^}}3.141593 3.141593e+00 3.14159 3.141593E+00 3.14159{{$}}
 * CHECK-NEXT: {{^}}[3.14] [    -5.715] [-5.714722e+00] [7]{{$}}
 * CHECK-NEXT: {{^}}3.000000e+00 3.000000 3{{$}}
 * CHECK-NEXT: {{^}}4614256656552045848 3233210112{{$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^}}             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef{{$}}
 * CHECK-NEXT: {{^}}         0: 00 00 00 00 00 00 00 c0 00 40 00 00 00 00 00 00  .........@......{{$}}
 */
#pragma D option quiet

struct bits {
	uint64_t a, b, c, d;
};

struct fvals {
	double pi;	/* a */
	int i;		/* b, low half */
	float f;	/* b, high half */
	long double ld;	/* c, d */
};

double d;
float f;
struct fvals g;

BEGIN
{
	printf("%f %e %G %E %g\n", d, f, g.pi, d, g.f);
	this->w = (struct bits *)alloca(sizeof(struct bits));
	this->w->a = 0x400921fb54442d18;
	this->w->b = 0xc0b6df0000000007;
	this->w->c = 0xc000000000000000;
	this->w->d = 0x4000;
	this->v = (struct fvals *)this->w;
	this->dp = (double *)this->w;
	printf("%f %e %g %E %G\n", *this->dp, this->v->pi, this->v->pi, this->v->pi, this->v->pi);
	printf("[%.2f] [%10.3f] [%-12e] [%d]\n", this->v->pi, this->v->f, this->v->f, this->v->i);
	printf("%Le %Lf %Lg\n", this->v->ld, this->v->ld, this->v->ld);
	trace(this->v->pi);
	trace(" ");
	trace(this->v->f);
	trace("\n");
	trace(this->v->ld);
	exit(0);
}
