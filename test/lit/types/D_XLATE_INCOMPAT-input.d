/*
 * dt_cook_xlator() checks each translator member with
 * dt_node_is_argcompat(): the input parameter is a value of the input type,
 * not the constant 0, so an int input is no string and no pointer (dtc
 * checked the members against a stand-in 0 and took both).  A constant 0
 * still takes a pointer member, a char pointer a string member.  A bit-field
 * of enum type is D_DECL_BFTYPE (dt_decl_member(): integers only).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+9]]:2: error: translator member s definition uses incompatible types: "string" = "int" [D_XLATE_INCOMPAT]
 * CHECK: :[[@LINE+11]]:2: error: translator member p definition uses incompatible types: "char *" = "int" [D_XLATE_INCOMPAT]
 * CHECK: :[[@LINE+18]]:20: error: invalid type for bit-field: x [D_DECL_BFTYPE]
 */
struct o { int a; string s; char *p; };
struct o2 { int a; string s; char *p; };
struct o3 { int a; string s; char *p; };

translator struct o < int x > {
	s = x;
};
translator struct o2 < int x > {
	p = x;
};
translator struct o3 < int x > {
	a = x;
	p = 0;
	s = (char *)x;
};
enum e { A };
struct bf { enum e x : 2; };
