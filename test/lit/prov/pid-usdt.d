/*
 * pid entry/return probes and USDT notes of a test binary, $target bound by -c.
 * REQUIRES: root
 * RUN: mkdir -p %t.dir && cc -O1 -o %t.dir/trig %S/Inputs/trig.c
 * RUN: %dtrun -q -s %s -c "%t.dir/trig 2" | FileCheck %s
 * CHECK: pid:trig:add:entry 0 40
 * CHECK-NEXT: ret 40
 * CHECK-NEXT: tick 0 40
 * CHECK-NEXT: pid:trig:add:entry 1 40
 * CHECK-NEXT: ret 41
 * CHECK-NEXT: tick 1 81
 */
pid$target:a.out:add:entry { printf("%s:%s:%s:%s %d %d\n", probeprov == "" ? "?" : "pid", probemod, probefunc, probename, arg0, arg1); }
pid$target:trig:add:return { printf("ret %d\n", arg1); }
trig$target:::tick { printf("%s %d %d\n", probename, arg0, arg1); }
