/*
 * dtc -v prints the clang command equivalent to the in-process compile.
 *
 * RUN: %dtc -v --btf %btf %s -o %t.o 2>&1 | FileCheck %s
 * CHECK: clang-19 -target bpf -O2 -g -c
 * CHECK-SAME: -I {{.*}}runtime
 * CHECK-SAME: -x c
 */
BEGIN
{
	exit(0);
}
