/*
 * uregs[] takes one integer constant (dlib/regs.d's R_* are inlines), as
 * DTrace's dt_idcook_regs(); args[] likewise; either name alone is an
 * associative array referenced as a scalar.  uregs[] reads the register
 * through dt_uregs().
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --check-prefix=ERR --implicit-check-not=error:
 * ERR: :[[@LINE+13]]:8: error: uregs[ ] argument #1 is incompatible with prototype:
 * ERR-NEXT: {{^}}	prototype: integer constant
 * ERR-NEXT: {{^}}	 argument: int [D_PROTO_ARG]
 * ERR: :[[@LINE+11]]:8: error: uregs[ ] prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * ERR: :[[@LINE+11]]:8: error: index -1 is out of range for array uregs [D_REGS_IDX]
 * ERR: :[[@LINE+11]]:8: error: associative array 'uregs' may not be referenced as scalar [D_IDENT_BADREF]
 * ERR: :[[@LINE+11]]:8: error: associative array 'args' may not be referenced as scalar [D_IDENT_BADREF]
 * ERR: :[[@LINE+11]]:8: error: args[ ] argument #1 is incompatible with prototype:
 * ERR: :[[@LINE+11]]:8: error: args[ ] prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 */
BEGIN
{
	i = R_SP;
	trace(uregs[i]);
	trace(uregs[1, 2]);
	trace(uregs[-1]);
	trace(uregs);
	trace(args);
	trace(args["a"]);
	trace(args[0, 1]);
}
