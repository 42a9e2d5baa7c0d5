/*
 * dtc writes a BPF ELF object: programs, BTF and BTF.ext (what CO-RE needs,
 * emitted by clang in-process from -g) and the .dtc metadata section.
 *
 * RUN: %dtc --btf %btf %s -o %t.o
 * RUN: llvm-readelf -h -S %t.o | FileCheck %s
 * CHECK: Class: ELF64
 * CHECK: Machine: EM_BPF
 * CHECK-DAG: ] .BTF{{ +}}PROGBITS
 * CHECK-DAG: ] .BTF.ext{{ +}}PROGBITS
 * CHECK-DAG: ] .dtc{{ +}}PROGBITS
 */
BEGIN
{
	exit(0);
}
