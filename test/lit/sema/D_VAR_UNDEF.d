/*
 * Operators -> and [ create the variable they name, so reading self->x,
 * this->x or a[k] before any assignment is D_VAR_UNDEF (DTrace's
 * dt_cook_var()); a plain name is looked up only, D_IDENT_UNDEF.  A
 * predicate may read what its own clause assigns.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+5]]:15: error: self->x has not yet been declared or assigned [D_VAR_UNDEF]
 * CHECK: :[[@LINE+5]]:15: error: this->y has not yet been declared or assigned [D_VAR_UNDEF]
 * CHECK: :[[@LINE+5]]:15: error: a has not yet been declared or assigned [D_VAR_UNDEF]
 * CHECK: :[[@LINE+5]]:15: error: failed to resolve g: Unknown variable name [D_IDENT_UNDEF]
 */
BEGIN { trace(self->x); }
BEGIN { trace(this->y); }
BEGIN { trace(a[1]); }
BEGIN { trace(g); }
BEGIN /self->z == 0 && b[1] == 0/ { self->z = 1; b[1] = 1; }
