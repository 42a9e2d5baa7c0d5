/*
 * print() closes a struct lazily, as DTrace's dt_print_visit() does: a
 * nested struct's "}," is written when the walk next visits a member no
 * deeper than it, after the check for the end of the data (printsize); so
 * when that next member is past printsize, "..." comes first and
 * dt_print_type() closes every open level after it.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^0x[0-9a-f]+ = \*$}}
 * CHECK-NEXT: {{^                                            \(struct s\) \{$}}
 * CHECK-NEXT: {{^                                             \.a = \(int\)1,$}}
 * CHECK-NEXT: {{^                                             \.i = \(struct in\) \{$}}
 * CHECK-NEXT: {{^                                              \.x = \(int\)2,$}}
 * CHECK-NEXT: {{^                                              \.y = \(int\)3,$}}
 * CHECK-NEXT: {{^                                             \.\.\.$}}
 * CHECK-NEXT: {{^                                             \},$}}
 * CHECK-NEXT: {{^                                            \}$}}
 * CHECK-NEXT: {{^0x[0-9a-f]+ = \*$}}
 * CHECK-NEXT: {{^                                            \(struct in\) \{$}}
 * CHECK-NEXT: {{^                                             \.x = \(int\)2,$}}
 * CHECK-NEXT: {{^                                             \.y = \(int\)3,$}}
 * CHECK-NEXT: {{^                                            \}$}}
 * CHECK-NEXT: {{^end$}}
 */
#pragma D option quiet
#pragma D option printsize=12

struct in {
	int x;
	int y;
};
struct s {
	int a;
	struct in i;
	long b;
};

BEGIN
{
	this->p = (struct s *)alloca(sizeof(struct s));
	this->p->a = 1;
	this->p->i.x = 2;
	this->p->i.y = 3;
	this->p->b = 4;
	print(this->p);
	print(&this->p->i);
	printf("end\n");
	exit(0);
}
