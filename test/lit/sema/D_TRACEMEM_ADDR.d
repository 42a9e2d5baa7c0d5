/*
 * tracemem( ) argument #1 must be an integer or a pointer (an array is its
 * address): otherwise D_TRACEMEM_ADDR (dt_cg_act_tracemem()); the
 * prototype's size_t checks of arguments #2 and #3 come first.
 * RUN: not %dtc -S -o - --btf %S/../Inputs/min.btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+9]]:18: error: tracemem( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: pointer or integer
 * CHECK-NEXT: argument: string [D_TRACEMEM_ADDR]
 * CHECK: :[[@LINE+7]]:18: error: tracemem( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: pointer or integer
 * CHECK-NEXT: argument: struct task_struct [D_TRACEMEM_ADDR]
 * CHECK: :[[@LINE+5]]:28: error: tracemem( ) argument #2 is incompatible with prototype:
 * CHECK-NEXT: prototype: size_t
 */
BEGIN { tracemem(execname, 8); }
BEGIN { tracemem(*curthread, 8); }
BEGIN { tracemem(execname, curthread); }
BEGIN { tracemem(curthread, 8); tracemem(curthread->comm, 16, 4); tracemem(arg0, 8); }
