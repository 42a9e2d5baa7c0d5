/*
 * print() lays values out as DTrace's dt_print_visit() does:
 * - a struct or union that is an array element shows its opening line
 *   only (dt_print_visit() visits an array's elements itself; only libctf's
 *   ctf_type_visit() walks members), with no closing brace; an element
 *   whose bytes are all zero is left out;
 * - an array of arrays is named as C and ctf_type_name() name it, the
 *   outer dimension first ("int [2][3]"), and each inner array prints its
 *   elements;
 * - a kernel struct's anonymous struct and union members are nested as its
 *   BTF nests them, unnamed, "(union) {" / "(struct) {", not flattened.
 * REQUIRES: root
 * RUN: %dtc -o %t.o %s
 * RUN: %dtrun %t.o | sed "s/^ \{44\}/|/" > %t.out
 * RUN: FileCheck %s --input-file %t.out --match-full-lines --strict-whitespace
 * CHECK:|(struct sk_buff) {
 * CHECK-NEXT:| (union) {
 * CHECK-NEXT:|  (struct) {
 * CHECK-NEXT:|   .next = (struct sk_buff *)0x1234,
 * CHECK-NEXT:|   (union) {
 * CHECK-NEXT:|    .dev = (struct net_device *)0x5678,
 * CHECK:| .len = (unsigned int)123,
 * CHECK-NEXT:|}
 * CHECK:|(struct outer) {
 * CHECK-NEXT:| .i = (int)1,
 * CHECK-NEXT:| .arr = (struct inner [3]) [
 * CHECK-NEXT:|  (struct inner) {
 * CHECK-NEXT:|  (struct inner) {
 * CHECK-NEXT:| ],
 * CHECK-NEXT:| .m = (int [2][3]) [
 * CHECK-NEXT:|  (int [3]) [
 * CHECK-NEXT:|   (int)9,
 * CHECK-NEXT:|  ],
 * CHECK-NEXT:| ],
 * CHECK-NEXT:| .last = (char)'z',
 * CHECK-NEXT:|}
 */
#pragma D option quiet

struct inner {
	int a;
	char c;
};

struct outer {
	int i;
	struct inner arr[3];
	int m[2][3];
	char last;
};

BEGIN
{
	skb = (struct sk_buff *)alloca(sizeof(struct sk_buff));
	skb->next = (struct sk_buff *)0x1234;
	skb->dev = (struct net_device *)0x5678;
	skb->len = 123;
	print(skb);
}

BEGIN
{
	o = (struct outer *)alloca(sizeof(struct outer));
	o->i = 1;
	o->arr[1].a = 7;
	o->arr[2].c = 'x';
	o->m[1][2] = 9;
	o->last = 'z';
	print(o);
	exit(0);
}
