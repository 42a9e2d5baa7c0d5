/*
 * A declaration has one storage class (dt_decl_class()): a second one, the
 * same again included, is D_DECL_CLASS where it appears, before D asks
 * which classes it takes (D_DECL_BADCLASS), in declarations and parameters.
 * RUN: not %dtc -S -o /dev/null -n 'this self int z;' 2>&1 | FileCheck %s --check-prefix=A
 * A: <command-line>:1:6: error: only one storage class allowed in a declaration [D_DECL_CLASS]
 * RUN: not %dtc -S -o /dev/null -n 'self self int z;' 2>&1 | FileCheck %s --check-prefix=B
 * B: <command-line>:1:6: error: only one storage class allowed in a declaration [D_DECL_CLASS]
 * RUN: not %dtc -S -o /dev/null -n 'extern static int z;' 2>&1 | FileCheck %s --check-prefix=C
 * C: <command-line>:1:8: error: only one storage class allowed in a declaration [D_DECL_CLASS]
 * RUN: not %dtc -S -o /dev/null -n 'typedef extern int z_t;' 2>&1 | FileCheck %s --check-prefix=D
 * D: <command-line>:1:9: error: only one storage class allowed in a declaration [D_DECL_CLASS]
 * RUN: not %dtc -S -o /dev/null -n 'int f(register register int);' 2>&1 | FileCheck %s --check-prefix=E
 * E: <command-line>:1:16: error: only one storage class allowed in a declaration [D_DECL_CLASS]
 * RUN: not %dtc -S -o /dev/null -n 'static int z;' 2>&1 | FileCheck %s --check-prefix=F
 * F: <command-line>:1:1: error: specified storage class not appropriate in D [D_DECL_BADCLASS]
 */
