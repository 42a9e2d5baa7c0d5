/*
 * A '\' in a probe description quotes the next character, a ':' too: the
 * colon is then part of its field, not a separator, in dtc and dtrun alike
 * (one splitter, runtime/dt_pdesc.c).  fbt:a\:b:vfs_read:entry is provider
 * fbt, module a\:b, function vfs_read: its args[0] is vfs_read's struct
 * file * (fbt's argument typing split it into five fields, provider "a\").
 * dtrun -l: syscall:vmlinux:read\:x:entry names function read:x, which no
 * probe has (not instance syscall); re\ad quotes a plain 'a'.
 * (The host's BTF: the pinned one has no functions.)
 * REQUIRES: root
 * RUN: %dtc -S -o - %s | FileCheck %s --implicit-check-not=error:
 * CHECK: DT_KREAD_PM(c, unsigned int, struct file, {{.*}}c->arg[0]{{.*}}, f_flags)
 * RUN: %dtrun -l -n 'syscall:vmlinux:read\:x:entry' 2>&1 | FileCheck %s --check-prefix=LIST --implicit-check-not=instance
 * LIST: dtrace: failed to match syscall:vmlinux:read\:x:entry: No probe matches description
 * RUN: %dtrun -l -n 'syscall:vmlinux:re\ad:entry' | FileCheck %s --check-prefix=QUOTED
 * QUOTED: syscall vmlinux read entry
 * QUOTED-NOT: {{.}}
 */
fbt:a\:b:vfs_read:entry { trace(args[0]->f_flags); }
