/*
 * A bad non-NULL address given to a subroutine, trace(), printf() or
 * print(): DTrace checks these pointers only for NULL and reads them with
 * bpf_probe_read_str()/bpf_probe_read() without checking the read, so the
 * unreadable memory is zeros and nothing faults (bpf/strlen.c,
 * basename.S, substr.S, inet_ntoa.S, inet_ntoa6.S, link_ntop.S,
 * mutex_owned.S; dt_cg_store_val(), dt_cg_act_print()); the subroutines of
 * two strings see a failed read (badaddr-str-pairs.d).  A string copied
 * into a variable (dt_cg_memcpy()) and copyinstr() (its result checked)
 * fault; a NULL pointer faults at address 0, also when a member array is
 * reached through it.
 * REQUIRES: root
 * RUN: %dtc -o %t.o %s
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace
 * RUN: FileCheck %s --input-file %t.err --check-prefix=ERR
 * CHECK: strlen 0
 * CHECK-NEXT: substr []
 * CHECK-NEXT: basename [.]
 * CHECK-NEXT: dirname [.]
 * CHECK-NEXT: index -1 rindex -1
 * CHECK-NEXT: strjoin [a]
 * CHECK-NEXT: toupper []
 * CHECK-NEXT: stringof []
 * CHECK-NEXT: cmp 1
 * CHECK-NEXT: member 0 []
 * CHECK-NEXT: inet_ntoa [0.0.0.0]
 * CHECK-NEXT: inet_ntop [0.0.0.0] []
 * CHECK-NEXT: inet_ntoa6 []
 * CHECK-NEXT: link_ntop []
 * CHECK-NEXT: mutex_owned 0 0 rw 0 0 0
 * CHECK-NEXT: ERROR var 0x8
 * CHECK-NEXT: ERROR copyinstr 0xffffffffffffffff
 * CHECK-NEXT: ERROR nullmember 0x0
 * CHECK-NEXT: ERROR nullstrlen 0x0
 * ERR: {{^}}dtrace: error in dt_clause_1 for probe ID 1 (dtrace:::BEGIN): invalid address (0x8) at BPF pc
 * ERR-NEXT: invalid address at
 * ERR-NEXT: invalid address (0x0)
 * ERR-NEXT: invalid address (0x0)
 * ERR-NOT: error
 */
#pragma D option quiet
BEGIN
{
	printf("strlen %d\n", strlen((char *)8));
	printf("substr [%s]\n", substr((char *)1, 2));
	printf("basename [%s]\n", basename((char *)1));
	printf("dirname [%s]\n", dirname((char *)1));
	printf("index %d rindex %d\n", index((char *)1, "a"), rindex((char *)1, "a"));
	printf("strjoin [%s]\n", strjoin("a", (char *)1));
	printf("toupper [%s]\n", toupper((char *)16));
	printf("stringof [%s]\n", stringof((char *)16));
	printf("cmp %d\n", stringof((char *)16) == "");
	printf("member %d [%s]\n", strlen(((struct task_struct *)8)->comm),
	    ((struct task_struct *)8)->comm);
	printf("inet_ntoa [%s]\n", inet_ntoa((ipaddr_t *)16));
	printf("inet_ntop [%s] [%s]\n", inet_ntop(AF_INET, (void *)16),
	    inet_ntop(AF_INET6, (void *)16));
	printf("inet_ntoa6 [%s]\n", inet_ntoa6((in6_addr_t *)16));
	printf("link_ntop [%s]\n", link_ntop(ARPHRD_ETHER, (void *)16));
	printf("mutex_owned %d %d rw %d %d %d\n", mutex_owned((struct mutex *)16),
	    (uint64_t)mutex_owner((struct mutex *)16), rw_read_held((rwlock_t *)16),
	    rw_write_held((rwlock_t *)16), rw_iswriter((rwlock_t *)16));
}
BEGIN { w = "var"; x = stringof((char *)8); printf("value\n"); }
BEGIN { w = "copyinstr"; printf("value %s\n", copyinstr(-1)); }
BEGIN { w = "nullmember"; printf("value %s\n", ((struct task_struct *)0)->comm); }
BEGIN { w = "nullstrlen"; printf("value %d\n", strlen(((struct task_struct *)0)->comm)); }
BEGIN { exit(0); }
ERROR { printf("ERROR %s 0x%x\n", w, arg5); }
