/*
 * printa()'s %k prints a stack() or ustack() key as DTrace's pfprint_stack():
 * a newline, then each frame on a line of its own through the conversion's
 * flags and width as a %s.  The frames are not indented (the stackindent
 * option is set to the width for the conversion): %k and %70k print them
 * from the first column, %70k right-aligned in 70 columns; a left-aligned
 * conversion (%-60k, a negative '*' width) indents each frame by its width
 * and pads none.
 * REQUIRES: root
 * RUN: %dtrun -s %s | FileCheck %s --match-full-lines --strict-whitespace
 * CHECK:vmlinux`{{[^ ]+}}+0x{{[0-9a-f]+}}
 * CHECK-NEXT:vmlinux`{{[^ ]+}}+0x{{[0-9a-f]+}}
 * CHECK-NEXT:|
 * CHECK-NEXT:[
 * CHECK-NEXT:{{ {60}v}}mlinux`{{[^ ]+}}
 * CHECK-NEXT:{{ {60}v}}mlinux`{{[^ ]+}}
 * CHECK-NEXT:]
 * CHECK-EMPTY:
 * CHECK-NEXT:{{ +}}vmlinux`{{[^ ]+}}
 * CHECK-NEXT:{{ +}}vmlinux`{{[^ ]+}}
 * CHECK-NEXT:<
 * CHECK-EMPTY:
 * CHECK-NEXT:{{ {10}[^ ].*}}
 * CHECK-NEXT:>
 * RUN: %dtrun -s %s | awk 'length($0) == 70 && /vmlinux`/ { n++ } END { print n }' | FileCheck %s --check-prefix=W70
 * W70:2
 */
#pragma D option quiet

/* a system call of dtrun's own: BEGIN has no kernel frames (DTrace's fires
 * in a uprobe) */
syscall:::entry
/pid == $pid && !done/
{
	done = 1;
	@[stack(2)] = count();
	printa("%k|\n", @);
	printa("[%-60k]\n", @);
	printa("%70k<\n", @);
	@u[ustack(1)] = count();
	printa("%-10k>\n", @u);
	exit(0);
}
