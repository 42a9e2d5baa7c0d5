/*
 * printa()'s %a and %A of sym(), mod(), usym(), umod() and uaddr() keys:
 * a mod() or umod() key prints its module whatever the conversion
 * (dt_printf_format() hands DTRACEACT_MOD and DTRACEACT_UMOD records to
 * pfprint_mod() and pfprint_umod()), a sym() or usym() key its symbol, a
 * uaddr() key its symbol and offset, each through the conversion's width;
 * a user key is symbolized in the process that recorded it.  A ustack() of
 * a kernel thread is a newline alone, as dt_print_ustack() prints one for
 * each stack it is asked for.
 * REQUIRES: root
 * RUN: cc -O0 -fno-omit-frame-pointer -o %t.bin %S/../Inputs/stack-target.c
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -c %t.bin %t.o | FileCheck %s --strict-whitespace --match-full-lines
 * CHECK:{{^$}}
 * CHECK-NEXT:ok
 * CHECK-NEXT:[vmlinux]
 * CHECK-NEXT:[vmlinux`{{[a-z_0-9.]+}}]
 * CHECK-NEXT:[printa-symkey-conv.d.tmp.bin]
 * CHECK-NEXT:[{{ *}}printa-symkey-conv.d.tmp.bin]
 * CHECK-NEXT:[printa-symkey-conv.d.tmp.bin`st_middle]
 * CHECK-NEXT:[printa-symkey-conv.d.tmp.bin`st_middle+0x{{[0-9a-f]+}}]
 */
#pragma D option quiet

profile-97
/pid == 0 && !seen/
{
	ustack();
	printf("ok\n");
	seen = 1;
}

syscall::getppid:entry
/pid == $target && seen/
{
	@m[mod(caller)] = count();
	@s[sym(caller)] = count();
	@um[umod(ucaller)] = count();
	@us[usym(ucaller)] = count();
	@ua[uaddr(ucaller)] = count();
	printa("[%a]\n", @m);
	printa("[%a]\n", @s);
	printa("[%A]\n", @um);
	printa("[%40A]\n", @um);
	printa("[%A]\n", @us);
	printa("[%A]\n", @ua);
	exit(0);
}
