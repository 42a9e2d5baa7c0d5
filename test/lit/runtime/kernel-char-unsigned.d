/*
 * The kernel's 8-bit integers read unsigned: DTrace's dt_btf_add_to_ctf()
 * gives every 8-bit BTF integer but _Bool D's unsigned char encoding
 * (CTF_INT_CHAR), so (__s8)-1 is 255.  (string)p->comm is a string, of
 * strsize bytes.  A string compared with a NULL char or void pointer
 * compares the pointers (dt_cg_compare_op(): "if either pointer is NULL,
 * just compare pointers"), reading no string: no fault.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace
 * RUN: FileCheck %s --check-prefix=ERR --allow-empty --input-file %t.err --implicit-check-not=dtrace:
 * CHECK: {{^}}255 0 254{{$}}
 * CHECK-NEXT: {{^}}256 16{{$}}
 * CHECK-NEXT: {{^}}0 1 1 0{{$}}
 * CHECK-NEXT: {{^}}0 1{{$}}
 * ERR-NOT: error
 */
BEGIN
{
	printf("%d %d %d\n", (__s8)-1, (__s8)-1 < 0, (s8)-2);
	printf("%d %d\n", sizeof((string)curthread->comm), sizeof(curthread->comm));
	this->p = (char *)0;
	printf("%d %d %d %d\n", execname == this->p, execname != this->p, execname > this->p,
	    "abc" == (char *)0);
	this->v = (void *)0;
	printf("%d %d\n", this->v == execname, (char *)curthread->comm == execname);
	exit(0);
}
