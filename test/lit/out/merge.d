/*
 * dtrun --merge: two hosts' -x oformat=json snapshots (instances h1, h2)
 * merged print exactly what one host that saw both hosts' values prints
 * (Inputs/merge-all.d): counts, sums and buckets add up, avg and stddev from
 * their exact state, min/max the extremes.  With -x oformat=json the merged
 * snapshots are JSON again, which --merge reads back.  Bad input: a line
 * that is not JSON, an aggregation that is another function elsewhere, an
 * object of another schema version, a missing file.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -O json --instance h1 %t.o 5 x > %t.h1.json 2>/dev/null
 * RUN: %dtrun -O json --instance h2 %t.o 70 y > %t.h2.json 2>/dev/null
 * RUN: %dtc %S/Inputs/merge-all.d -o %t.all.o
 * RUN: %dtrun %t.all.o | tail -n +2 > %t.want
 * RUN: %dtrun --merge %t.h1.json %t.h2.json > %t.got
 * RUN: diff %t.want %t.got
 * RUN: %dtrun --merge -x oformat=json %t.h1.json %t.h2.json > %t.m.json
 * RUN: python3 %S/Inputs/ndjson.py --instance '*' %t.m.json | FileCheck %s
 * RUN: %dtrun --merge %t.m.json - < /dev/null > %t.again
 * RUN: diff %t.want %t.again
 * RUN: echo 'not json' > %t.bad
 * RUN: not %dtrun --merge %t.h1.json %t.bad 2>&1 | FileCheck --check-prefix=BAD %s
 * RUN: sed 's/"function":"sum"/"function":"count","sum":1/' %t.h2.json > %t.fn.json
 * RUN: not %dtrun --merge %t.h1.json %t.fn.json 2>&1 | FileCheck --check-prefix=FN %s
 * RUN: not %dtrun --merge %t.nonexistent 2>&1 | FileCheck --check-prefix=NOFILE %s
 * RUN: sed '2s/"schema":1,/"schema":2,/' %t.h2.json > %t.s2.json
 * RUN: not %dtrun --merge %t.h1.json %t.s2.json 2>&1 | FileCheck --check-prefix=SCHEMA %s
 * RUN: not %dtrun --merge 2>&1 | FileCheck --check-prefix=NONE %s
 * RUN: grep '"type":"exit"' %t.h1.json > %t.noagg.json
 * RUN: %dtrun --merge %t.noagg.json > %t.noagg.out
 * RUN: test ! -s %t.noagg.out
 * CHECK: {"action":"merge","aggregation-data":[{"count":1,"keys":[{"type":"string","value":"x"}]},{"count":1,"keys":[{"type":"string","value":"y"}]},{"count":2,"keys":[{"type":"string","value":"a"}]}],"aggregation-id":0,"aggregation-name":"c","function":"count","instance":"*","merged-hostnames":["{{.*}}"],"merged-instances":["h1","h2"],"type":"aggregation"}
 * CHECK: {"action":"merge","aggregation-data":[{"avg":37,"count":2,"keys":[],"total":75}],
 * CHECK: {"action":"merge","aggregation-data":[{"count":2,"keys":[],"stddev":33,"sumsq":4925,"total":75}],
 * CHECK: objects: 9
 * BAD: dtrace: {{.*}}.bad:1: not a JSON object (dtrun -x oformat=json writes one per line)
 * FN: dtrace: {{.*}}.fn.json:{{[0-9]+}}: aggregation s is sum(...) in one snapshot and count(...) with other parameters or function in another
 * NOFILE: dtrace: failed to open {{.*}}nonexistent: No such file or directory
 * SCHEMA: dtrace: {{.*}}.s2.json:2: not schema 1 of dtrun -x oformat=json (the one this dtrun reads)
 * NONE: dtrace: --merge needs the files to merge
 */
#pragma D option quiet
BEGIN
{
	@c["a"] = count(); @c[$$2] = count();
	@q = quantize($1); @q = quantize(3);
	@l = lquantize($1, 0, 100, 10); @ll = llquantize($1, 10, 0, 3, 10);
	@av = avg($1); @sd = stddev($1); @mn = min($1); @mx = max($1); @s = sum($1);
	exit(0);
}
