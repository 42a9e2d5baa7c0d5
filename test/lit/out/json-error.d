/*
 * oformat=json: a runtime fault is an "error" object with the ERROR probe's
 * fields (clause, fault code and name, address, fault site) and DTrace's
 * message, still also on stderr; the exit object counts it.  Stack keys are
 * typed "stack", folded text as their value and FreeBSD's "stack-frames".
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -O json -c "dd if=/dev/zero of=/dev/null count=1" %t.o > %t.out 2>%t.err
 * RUN: python3 %S/Inputs/ndjson.py %t.out | FileCheck %s
 * RUN: FileCheck --check-prefix=ERR %s < %t.err
 * CHECK: {"address":0,"clause":0,"cpu":{{[0-9]+}},"fault":4,"fault-name":"divide-by-zero","function":"","id":1,"instance":"host","module":"","msg":"error in dt_clause_0 for probe ID 1 (dtrace:::BEGIN): divide-by-zero at BPF pc {{[0-9]+}}","name":"BEGIN","pc":{{[0-9]+}},"provider":"dtrace","type":"error"}
 * CHECK: {"address":0,"clause":1,"cpu":{{[0-9]+}},"fault":1,"fault-name":"invalid address",
 * CHECK: {"action":"exit","aggregation-data":[{"count":{{[0-9]+}},"keys":[{"stack-frames":[{"module":"vmlinux","name":"{{[a-z_0-9.]+}}","offset":"0x{{[0-9a-f]+}}","symbol":"vmlinux`{{[a-z_0-9.]+}}+0x{{[0-9a-f]+}}"}
 * CHECK-SAME: "type":"stack","value":"vmlinux`{{[^"+]+}}"}]}],"aggregation-id":0,"aggregation-name":"k"
 * CHECK: {"errors":2,"instance":"host","records":0,"status":0,"type":"exit"}
 * ERR: dtrace: error in dt_clause_0 for probe ID 1 (dtrace:::BEGIN): divide-by-zero at BPF pc
 */
int x;
BEGIN { y = 1 / x; }
BEGIN { printf("%d\n", *(int *)0); }
syscall::write:entry /pid == $target/ { @k[stack()] = count(); }
