/*
 * d_path() on every probe type (here syscall probes, where the kernel's
 * bpf_d_path() is not allowed): the walk up to the task's root crosses
 * mount points, prints "/" for the root, " (deleted)" after an unlinked
 * file and pipe:[inode] for a pipe, as the kernel's d_path() does.
 *
 * REQUIRES: root
 * RUN: rm -rf %t.dir && mkdir -p %t.dir
 * RUN: %dtc %s -o %t.o
 * RUN: echo 'cd / && ls >/dev/null; cd /sys/kernel && ls >/dev/null' > %t.sh
 * RUN: echo 'exec 3>%t.dir/gone; rm %t.dir/gone; echo z >&3; echo y | cat >/dev/null' >> %t.sh
 * RUN: %dtrun %t.o -c "sh %t.sh" > %t.out
 * RUN: sed -e 's/pipe:\[[0-9]*\]/pipe:[N]/' -e 's,%t.dir,DIR,' %t.out | env LC_ALL=C sort -u | FileCheck %s --strict-whitespace
 * CHECK: {{^}}getdents64 /{{$}}
 * CHECK-NEXT: {{^}}getdents64 /sys/kernel{{$}}
 * CHECK-NEXT: {{^}}write /dev/null{{$}}
 * CHECK-NEXT: {{^}}write DIR/gone (deleted){{$}}
 * CHECK-NEXT: {{^}}write pipe:[N]{{$}}
 * RUN: %dtc -S -o - %s | FileCheck %s --check-prefix=C
 * C: #define DT_WANT_DPATH 1
 */
#pragma D option quiet

syscall::write:entry, syscall::getdents64:entry
/progenyof($target)/
{
	this->f = curthread->files->fdt->fd[arg0];
	printf("%s %s\n", probefunc, d_path(&this->f->f_path));
}
