/*
 * Legal but deeply nested D compiles: clang's default bracket depth (256)
 * and the 8 MB main stack once made 84 `||` alternatives, 125 `+` terms or
 * 128 nested ifs an "internal error" (issue 14, item 2).  Deeper than
 * DTC_MAX_NEST (1000 levels) is a D error naming the limit, never a crash,
 * also where bison's own stack fills first.
 * RUN: python3 %S/Inputs/deep.py or 400 > %t.d && %dtc --btf %btf -o %t.o %t.d
 * RUN: python3 %S/Inputs/deep.py and 400 > %t.d && %dtc --btf %btf -o %t.o %t.d
 * RUN: python3 %S/Inputs/deep.py cond 400 > %t.d && %dtc --btf %btf -o %t.o %t.d
 * RUN: python3 %S/Inputs/deep.py plus 990 > %t.d && %dtc --btf %btf -o %t.o %t.d
 * RUN: python3 %S/Inputs/deep.py cast 990 > %t.d && %dtc --btf %btf -o %t.o %t.d
 * RUN: python3 %S/Inputs/deep.py if 450 > %t.d && %dtc --btf %btf -o %t.o %t.d
 * RUN: python3 %S/Inputs/deep.py paren 990 > %t.d && %dtc --btf %btf -o %t.o %t.d
 * RUN: python3 %S/Inputs/deep.py plus 1001 > %t.d
 * RUN: not %dtc --btf %btf -S -o /dev/null %t.d 2>&1 | FileCheck %s --check-prefix=LIMIT
 * RUN: python3 %S/Inputs/deep.py paren 20000 > %t.d
 * RUN: not %dtc --btf %btf -S -o /dev/null %t.d 2>&1 | FileCheck %s --check-prefix=LIMIT
 * RUN: python3 %S/Inputs/deep.py plus 300000 > %t.d
 * RUN: not %dtc --btf %btf -S -o /dev/null %t.d 2>&1 | FileCheck %s --check-prefix=LIMIT
 * LIMIT: nest-deep.d.tmp.d:1:{{[0-9]+}}: error: expressions and statements nest more than 1000 levels deep [D_SYNTAX]
 */
