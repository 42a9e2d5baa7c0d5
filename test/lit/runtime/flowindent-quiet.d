/*
 * -F with quiet: dtrace's chew() tests quiet only without flowindent, so
 * the "FUNCTION" heading and each record's function column are printed
 * all the same; quiet drops only the newline that ends each record.
 * REQUIRES: root
 * RUN: %dtc -x flowindent -x quiet %s -o %t.o
 * RUN: env _DTRACE_TESTING=t %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}FUNCTION                                 {{$}}
 * CHECK-NEXT: {{^}}| :BEGIN                                  1x{{$}}
 * CHECK-NEXT: {{^}}| :BEGIN                                  y{{$}}
 */
BEGIN { trace(1); printf("x\n"); }
BEGIN { printf("y\n"); exit(0); }
