/*
 * A '\' in a probe description: every ':' ends a field, one after a '\'
 * too (dtrace_xstr2desc() splits at each), so fbt:a\:b:vfs_read:entry has
 * five fields, "Overspecified probe description" (D_PDESC_INVAL); in a
 * field the '\' quotes the next character for gmatch() (fnmatch()):
 * re\ad matches read.  One splitter and one matcher for dtc and dtrun
 * (runtime/dt_pdesc.c).
 * RUN: not %dtc -e --btf %btf %s 2>&1 | FileCheck %s
 * CHECK: [[@LINE+9]]:1: error: invalid probe description "fbt:a\:b:vfs_read:entry": Overspecified probe description [D_PDESC_INVAL]
 * REQUIRES: root
 * RUN: not %dtrun -l -n 'syscall:vmlinux:read\:x:entry' 2>&1 | FileCheck %s --check-prefix=LIST
 * LIST: dtrace: invalid probe specifier syscall:vmlinux:read\:x:entry: invalid probe description "syscall:vmlinux:read\:x:entry": Overspecified probe description
 * LIST-NOT: ID
 * RUN: %dtrun -l -n 'syscall:vmlinux:re\ad:entry' | FileCheck %s --check-prefix=QUOTED
 * QUOTED: syscall vmlinux read entry
 * QUOTED-NOT: {{.}}
 */
fbt:a\:b:vfs_read:entry { trace(args[0]->f_flags); }
