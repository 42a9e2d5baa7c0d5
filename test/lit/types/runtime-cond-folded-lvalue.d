/*
 * c ? x : y whose condition DTrace's parser folds to an integer constant is
 * the chosen operand (dt_node_op3()), an assignment's left side too: it
 * creates and assigns x as x = ... would, the other operand never looked at.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o > %t.out
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace
 * CHECK: {{^}}6 4 abc 5 1 6 2{{$}}
 * RUN: printf 'BEGIN { (1 ? x : y) += 3; }\n' > %t.1.d
 * RUN: not %dtrun -xerrtags -e -s %t.1.d 2>&1 | FileCheck %s --check-prefix=UNDEF
 * UNDEF: [D_VAR_UNDEF] line 1: x has not yet been declared or assigned
 * RUN: printf 'BEGIN { (1 ? x : y) = 3; trace(y); }\n' > %t.2.d
 * RUN: not %dtrun -xerrtags -e -s %t.2.d 2>&1 | FileCheck %s --check-prefix=OTHER
 * OTHER: [D_IDENT_UNDEF] line 1: failed to resolve y: Unknown variable name
 */
BEGIN
{
	(1 ? x : y) = 3;
	(0 ? x : self->a) = 4;
	(2 > 1 ? this->s : this->t) = "abc";
	(sizeof(int) ? a["k"] : b["k"]) = 5;
	(1 ? (0 ? w : z) : v)++;
	(1 ? x : y) += 3;
	(1 ? q : r) = alloca(8);
	printf("%d %d %s %d %d %d %d\n", x, self->a, this->s, a["k"], z, x, q != 0 ? 2 : 0);
	exit(0);
}
