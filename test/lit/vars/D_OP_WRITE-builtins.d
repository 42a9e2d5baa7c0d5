/*
 * Built-in variables are read-only (DTrace's dt_cook_op1()/dt_cook_op2()
 * find no DT_NF_WRITABLE on them): assigning one, a compound assignment
 * or ++/-- is D_OP_WRITE, after the operands' types are compared
 * (D_OP_INCOMPAT first; ++/-- ask for a scalar first).  So are the D
 * library's inlines whose value is no integer constant (cwd, curpsinfo,
 * pset); an integer constant inline is its value, no lvalue (D_OP_LVAL).
 * The elements of the built-in arrays args[] and uregs[] are variables
 * too, so neither is writable nor has an address (D_ADDROF_VAR); uregs[]
 * has no register past R_TRAPNO (25) on x86-64, which dt_cg_uregs()
 * refuses with D_UNKNOWN.  dtc crashed on uregs[0] = 1 and on args[0]++.
 * RUN: not %dtc -S -o /dev/null --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: [[@LINE+22]]:2: error: operator = can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: [[@LINE+22]]:2: error: operator ++ can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: [[@LINE+22]]:2: error: operands have incompatible types: "pid_t" = "string" [D_OP_INCOMPAT]
 * CHECK: [[@LINE+22]]:2: error: operator = can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: [[@LINE+22]]:2: error: operator -- requires operand of scalar type [D_OP_SCALAR]
 * CHECK: [[@LINE+22]]:2: error: operator = can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: [[@LINE+22]]:2: error: operator = can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: [[@LINE+22]]:2: error: operator ++ can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: [[@LINE+22]]:2: error: operator = requires modifiable lvalue as an operand [D_OP_LVAL]
 * CHECK: [[@LINE+22]]:2: error: operator = can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: [[@LINE+22]]:2: error: operator ++ can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: [[@LINE+22]]:2: error: operator -= can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: [[@LINE+22]]:2: error: operands have incompatible types: "uint64_t" = "string" [D_OP_INCOMPAT]
 * CHECK: [[@LINE+22]]:6: error: cannot take address of dynamic variable [D_ADDROF_VAR]
 * CHECK: [[@LINE+22]]:8: error: uregs[]: index out of bounds (26) [D_UNKNOWN]
 * CHECK: [[@LINE+22]]:8: error: uregs[]: index out of bounds (-1) [D_UNKNOWN]
 * CHECK: [[@LINE+27]]:2: error: operator = can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: [[@LINE+27]]:2: error: operator ++ can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: [[@LINE+27]]:6: error: cannot take address of dynamic variable [D_ADDROF_VAR]
 */
BEGIN
{
	pid = 1;
	timestamp++;
	pid = "a";
	curthread = 0;
	execname--;
	cwd = "/";
	curpsinfo = 0;
	pset++;
	ENOENT = 1;
	uregs[0] = 1;
	++uregs[R_SP];
	uregs[R_PC] -= 4;
	uregs[0] = "a";
	x = &uregs[R_RAX];
	trace(uregs[26]);
	trace(uregs[-1U]);
	trace(uregs[R_TRAPNO]);
}

syscall::read:entry
{
	args[0] = 1;
	args[1]++;
	y = &args[2];
}
