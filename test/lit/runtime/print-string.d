/*
 * print() of a string: D's string is a char array, so it passes print()'s
 * `void (void *)` prototype (dt_node_is_ptrcompat()), and
 * dt_cg_act_print() prints what the string type references, char
 * [strsize], from the string's address: its characters up to the NUL.
 * REQUIRES: root
 * RUN: %dtc -x strsize=8 %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^0x[0-9a-f]+ = \*$}}
 * CHECK-NEXT: {{^                                            \(char \[8\]\) \[$}}
 * CHECK-NEXT: {{^                                             \(char\)'a',$}}
 * CHECK-NEXT: {{^                                             \(char\)'b',$}}
 * CHECK-NEXT: {{^                                            \],$}}
 * CHECK-NEXT: {{^0x[0-9a-f]+ = \*$}}
 * CHECK-NEXT: {{^                                            \(char \[8\]\) \[$}}
 * CHECK-NEXT: {{^                                             \(char\)'a',$}}
 * CHECK:      {{^                                             \(char\)'h',$}}
 * CHECK-NEXT: {{^                                            \],$}}
 */
BEGIN
{
	s = "ab";
	print(s);
	print(strjoin("abcdefg", "hijk"));
	exit(0);
}
