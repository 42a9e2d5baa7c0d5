/*
 * --flamegraph FILE.svg: dtrun writes the SVG itself: one frame per
 * (merged) stack prefix, sized by value, names in tooltips (<title>), the
 * total in the title, zoom and search in its script.  Parsed by Python's
 * XML parser and checked against the same run's --folded file
 * (Inputs/svgcheck.py).  (Rendering was checked in headless Chromium; see
 * the README.)
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q --flamegraph %t.svg --folded %t.folded --instance fg1 -c "dd if=/dev/zero of=/dev/null count=50" %t.o
 * RUN: python3 %S/Inputs/svgcheck.py %t.svg %t.folded | FileCheck %s
 * RUN: not %dtrun -q --flamegraph %t.nodir/x.svg -c "dd if=/dev/zero of=/dev/null count=1" %t.o 2>&1 | FileCheck --check-prefix=BAD %s
 * CHECK: frames: {{[1-9][0-9]*}}, depth {{[2-9]|[1-9][0-9]+}}
 * CHECK-NEXT: depth-0 frames add up to the folded total: True
 * CHECK-NEXT: every frame inside a parent: True
 * CHECK-NEXT: title: {{.*}}flamegraph.d (instance fg1, {{[1-9][0-9]*}} in all)
 * CHECK-NEXT: script: zoom True, search True
 * BAD: dtrace: failed to open --flamegraph file {{.*}}nodir/x.svg: No such file or directory
 */
syscall::write:entry, syscall::read:entry /pid == $target/ { @[execname, stack()] = count(); }
