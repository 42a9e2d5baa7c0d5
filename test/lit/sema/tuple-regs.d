/*
 * A tuple takes a tuple register per key after the first (dt_cg_arglist()):
 * with DTrace's 8 (the tregs option) an aggregation or associative array
 * takes 9 keys, and a 10th is EDT_NOTUPREG, an error of the code generator
 * with no tag and, in DTrace's words, no line; -x tregs raises the limit.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+12]]:2: error: Insufficient tuple registers to generate code{{$}}
 * CHECK: :[[@LINE+12]]:2: error: Insufficient tuple registers to generate code{{$}}
 * RUN: %dtc -x tregs=9 -S -o /dev/null %s
 * RUN: %S/../Inputs/status.sh 1 %dtrun -xerrtags -s %s 2>&1 | FileCheck %s --check-prefix=DT -DF=%s
 * DT: {{^}}dtrace: failed to compile script [[F]]: Insufficient tuple registers to generate code{{$}}
 * RUN: %S/../Inputs/status.sh 1 %dtrun -n 'BEGIN { a[1,2,3,4,5,6,7,8,9,0] = 1; }' 2>&1 | FileCheck %s --check-prefix=DTN
 * DTN: {{^}}dtrace: invalid probe specifier BEGIN { a[1,2,3,4,5,6,7,8,9,0] = 1; }: Insufficient tuple registers to generate code{{$}}
 */
BEGIN
{
	@nine[1, 2, 3, 4, 5, 6, 7, 8, 9] = count();
	nine[1, 2, 3, 4, 5, 6, 7, 8, 9] = 1;
	@ten[1, 2, 3, 4, 5, 6, 7, 8, 9, 10] = count();
	ten[1, 2, 3, 4, 5, 6, 7, 8, 9, 10] = 1;
}
