/*
 * DTrace's dt_xcook_ident(): a name found in the global scope must be used
 * as the kind of identifier it is; a function, action, aggregating
 * function, built-in array or self/this used as a scalar, read or written,
 * is D_IDENT_BADREF, in dt_idkind_name()'s words.  The left side of an
 * assignment is looked up before its right side.
 * RUN: not %dtc -S -o /dev/null %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+12]]:17: error: function 'substr' may not be referenced as scalar [D_IDENT_BADREF]
 * CHECK: :[[@LINE+12]]:9: error: function 'strlen' may not be referenced as scalar [D_IDENT_BADREF]
 * CHECK: :[[@LINE+12]]:9: error: tracing function 'trace' may not be referenced as scalar [D_IDENT_BADREF]
 * CHECK: :[[@LINE+12]]:9: error: aggregating function 'count' may not be referenced as scalar [D_IDENT_BADREF]
 * CHECK: :[[@LINE+12]]:9: error: aggregating function 'quantize' may not be referenced as scalar [D_IDENT_BADREF]
 * CHECK: :[[@LINE+12]]:11: error: tracing function 'printf' may not be referenced as scalar [D_IDENT_BADREF]
 * CHECK: :[[@LINE+12]]:9: error: function 'rand' may not be referenced as scalar [D_IDENT_BADREF]
 * CHECK: :[[@LINE+12]]:15: error: pointer 'self' may not be referenced as scalar [D_IDENT_BADREF]
 * CHECK: :[[@LINE+12]]:9: error: pointer 'this' may not be referenced as scalar [D_IDENT_BADREF]
 * CHECK: :[[@LINE+12]]:9: error: associative array 'args' may not be referenced as scalar [D_IDENT_BADREF]
 * CHECK: :[[@LINE+12]]:27: error: associative array 'a' may not be referenced as scalar [D_IDENT_BADREF]
 */
BEGIN { x = 1 + substr; }
BEGIN { strlen = 2; }
BEGIN { trace = undefined_y; }
BEGIN { count++; }
BEGIN { quantize += 1; }
BEGIN { ++printf; }
BEGIN { rand -= 1; }
BEGIN { trace(self); }
BEGIN { this = 0; }
BEGIN { args = 1; }
BEGIN { a[1] = 1; x = 2 * a; }
