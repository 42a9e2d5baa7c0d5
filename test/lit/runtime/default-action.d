/*
 * DTrace's default action and its testing layout (FUNCTION:NAME only).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: env _DTRACE_TESTING=1 %dtrun %t.o 2>&1 | FileCheck %s --strict-whitespace
 * CHECK: dtrace: script '{{.*}}' matched 5 probes
 * CHECK-NEXT: {{^}}                   FUNCTION:NAME
 * CHECK-NEXT: {{^}}                          :BEGIN 7
 * CHECK-NEXT: {{^}}                          :BEGIN{{ $}}
 * CHECK-NEXT: {{^}}                          :BEGIN          14
 * CHECK-NEXT: {{^}}                          :BEGIN{{ $}}
 * CHECK-EMPTY:
 */
BEGIN { n = 7; }
BEGIN { printf("%d", n); }
BEGIN { }
BEGIN { trace(n * 2); }
BEGIN { exit(0) }
