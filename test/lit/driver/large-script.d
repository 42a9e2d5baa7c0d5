/*
 * Large scripts stay linear (issue 14, item 7): symbols are found through a
 * hash (40,000 variables took 26 s walking a list), and a diagnostic is one
 * write(2), however long its source line (a 200 KB line once made 200,059
 * one-byte writes to the unbuffered stderr; a sanitizer build's leak report
 * would add its own writes).
 * RUN: python3 -c "print('BEGIN {'); [print('  v%%d = %%d;' %% (i, i)) for i in range(40000)]; print('}')" > %t.d
 * RUN: timeout 10 %dtc --btf %btf -S -o /dev/null %t.d
 * RUN: python3 -c "print('BEGIN { x = ' + 'a' * 200000 + '; }')" > %t2.d
 * RUN: env ASAN_OPTIONS=detect_leaks=0 strace -f -e trace=write -o %t.st %dtc --btf %btf -S -o /dev/null %t2.d 2> %t.err || true
 * RUN: FileCheck %s --check-prefix=ERR < %t.err
 * ERR: large-script.d.tmp2.d:1:13: error: failed to resolve {{a+}}: Unknown variable name [D_IDENT_UNDEF]
 * RUN: grep -c "write(2," %t.st | FileCheck %s --check-prefix=WRITES
 * WRITES: {{^[12]$}}
 */
