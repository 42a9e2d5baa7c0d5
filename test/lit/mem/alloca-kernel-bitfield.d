/*
 * A kernel struct's bit-field in alloca'd memory is stored as DTrace's
 * dt_cg_field_set() stores it: its storage unit read, the field's bits
 * replaced (the value cut to its width), written back; =, ++ and -- give
 * the field's new (old for x++) value.  The unit is found by CO-RE and
 * written through the alloca bounds check: past the allocation faults.
 * This did not compile ("expression is not assignable").
 *
 * REQUIRES: root
 * RUN: %dtrun -qs %s 2>&1 | FileCheck %s
 * CHECK: 3 77
 * CHECK-NEXT: 4 3
 * CHECK-NEXT: 1
 * CHECK-NEXT: dtrace: error in dt_clause_1 for probe ID 1 (dtrace:::BEGIN): invalid address
 * CHECK-NEXT: fault
 */
BEGIN
{
	skb = (struct sk_buff *)alloca(sizeof(struct sk_buff));
	skb->pkt_type = 3;
	skb->len = 77;
	printf("%d %d\n", skb->pkt_type, skb->len);
	skb->pkt_type++;
	x = skb->pkt_type--;
	printf("%d %d\n", x, skb->pkt_type);
	skb->pkt_type = 9; /* 3 bits: 1 */
	printf("%d\n", skb->pkt_type);
}

BEGIN
{
	this->p = (struct sk_buff *)alloca(8);
	this->p->pkt_type = 1;
}

ERROR
{
	printf("fault\n");
	exit(0);
}
