/*
 * Under -C, a diagnostic names the line of the original script, however
 * many lines cpp folded away: a 300-line comment becomes one "# N" marker,
 * far shorter than the blank lines it stands for.
 * RUN: python3 -c "c = '*'; print('BEGIN {\n/' + c + '\n ' * 300 + c + '/\ntrace(nosuchvar); }')" > %t.d
 * RUN: not %dtc -C -S -o /dev/null %t.d 2>&1 | FileCheck %s
 * CHECK: .d:303:7: error: failed to resolve nosuchvar
 * CHECK-NEXT: {{^}}trace(nosuchvar); }
 * And in this file, whose header comment cpp also folds:
 * RUN: not %dtc -C -S -o /dev/null %s 2>&1 | FileCheck %s --check-prefix=SELF
 * SELF: cpp-lines.d:[[@LINE+3]]:15: error: failed to resolve nosuchvar2
 */
#define X 1
BEGIN { trace(nosuchvar2 + X); }
