/*
 * sym()/func()/mod() values are _symaddr and usym()/ufunc()/umod()/uaddr()
 * values _usymaddr, typedefs of void in DTrace (pfcheck_kaddr(),
 * pfcheck_uaddr()): %a takes the first and %A the second, as printa() keys
 * too (the Guide's printa("%A %@d\n", @) of @[uaddr(arg1)]), while the
 * integer conversions refuse both.  A printa() of a script using $target
 * (here in the predicate, seen first) takes integers for %A as its
 * printf() does.
 * RUN: %dtc -S -o /dev/null --btf %btf %s
 * RUN: printf 'BEGIN { @[uaddr(0)] = count(); printa("%%%%d %%%%@d\\n", @); }\n' > %t.1.d
 * RUN: not %dtc -S -o - --btf %btf %t.1.d 2>&1 | FileCheck %s --check-prefix=DINT
 * DINT: error: printa( ) argument #2 is incompatible with conversion #1 prototype:
 * DINT-NEXT: {{^}}	conversion: %d
 * DINT-NEXT: {{^}}	 prototype: char, short, int, long, or long long
 * DINT-NEXT: {{^}}	  argument: _usymaddr [D_PRINTF_ARG_TYPE]
 * RUN: printf 'BEGIN { printf("%%%%x\\n", func(0)); }\n' > %t.2.d
 * RUN: not %dtc -S -o - --btf %btf %t.2.d 2>&1 | FileCheck %s --check-prefix=XINT
 * XINT: {{^}}	  argument: _symaddr [D_PRINTF_ARG_TYPE]
 * RUN: printf 'BEGIN { @[ufunc(0)] = count(); printa("%%%%a %%%%@d\\n", @); }\n' > %t.3.d
 * RUN: not %dtc -S -o - --btf %btf %t.3.d 2>&1 | FileCheck %s --check-prefix=KADDR
 * KADDR: error: printa( ) argument #2 is incompatible with conversion #1 prototype:
 * KADDR: {{^}}	  argument: _usymaddr [D_PRINTF_ARG_TYPE]
 */
BEGIN
/$target != 0/
{
	@u[uaddr(0)] = count();
	@f[ufunc(0)] = count();
	@k[func(0)] = count();
	@m[mod(0)] = count();
	@t[arg0] = count();
	printa("%A %@d\n", @u);
	printa("%A %@d\n", @f);
	printa("%a %@d\n", @k);
	printa("%a %@d\n", @m);
	printa("%A %@d\n", @t);
	printf("%A %d\n", arg0, $target);
}
