/*
 * An inline or a D enumerator indexed is its value indexed: dt_cook_op2()
 * makes i[k] *(i + k), and an integer is no pointer (D_DEREF_NONPTR), in
 * an assignment and under ++ too; i[j, k] is D_ARR_BADREF.  dtc took an
 * assigned i[k] for an associative array it then could not emit (it died
 * of SIGSEGV) and an enumerator's for a new array.
 * RUN: not %dtc -S -o /dev/null %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+11]]:2: error: cannot dereference non-pointer type [D_DEREF_NONPTR]
 * CHECK: :[[@LINE+11]]:2: error: cannot dereference non-pointer type [D_DEREF_NONPTR]
 * CHECK: :[[@LINE+11]]:2: error: cannot dereference non-pointer type [D_DEREF_NONPTR]
 * CHECK: :[[@LINE+11]]:2: error: cannot dereference non-pointer type [D_DEREF_NONPTR]
 * CHECK: :[[@LINE+11]]:6: error: cannot dereference non-pointer type [D_DEREF_NONPTR]
 * CHECK: :[[@LINE+11]]:2: error: cannot access integer constant 0x1 as an associative array [D_ARR_BADREF]
 */
inline int i = 1;
enum e { A };
BEGIN
{
	i[0] = 1;
	i[0]++;
	i[0] += 1;
	A[0] = 1;
	x = A[0];
	i[0, 1] = 1;
}
