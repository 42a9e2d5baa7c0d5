/*
 * Bit-field declarations by dt_decl_member(): an unnamed ": 0" is ignored;
 * any other width must be a positive integral constant (D_DECL_BFCONST,
 * zero and negative included), of an integer type (D_DECL_BFTYPE), no wider
 * than the type (D_DECL_BFSIZE, "(anon)" for an unnamed one); an unnamed
 * bit-field takes its room.
 *
 * RUN: %dtc -S -o - -C %s | FileCheck %s --check-prefix=OK
 * RUN: not %dtc -S -o /dev/null -C -DZERO %s 2>&1 | FileCheck %s --check-prefix=ZERO
 * RUN: not %dtc -S -o /dev/null -C -DNEG %s 2>&1 | FileCheck %s --check-prefix=NEG
 * RUN: not %dtc -S -o /dev/null -C -DBIG %s 2>&1 | FileCheck %s --check-prefix=BIG
 * RUN: not %dtc -S -o /dev/null -C -DANON %s 2>&1 | FileCheck %s --check-prefix=ANON
 * OK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned long long)8ULL)));
 * ZERO: error: positive integral constant expression expected as bit-field size [D_DECL_BFCONST]
 * NEG: error: positive integral constant expression expected as bit-field size [D_DECL_BFCONST]
 * BIG: error: bit-field too big for type: a [D_DECL_BFSIZE]
 * ANON: error: bit-field too big for type: (anon) [D_DECL_BFSIZE]
 */
#if defined(ZERO)
struct s { int a : 0; };
#elif defined(NEG)
struct s { int a : -1; };
#elif defined(BIG)
struct s { char a : 9; };
#elif defined(ANON)
struct s { int : 33; };
#else
struct s { int : 0; int : 3; int b; };
#endif
BEGIN
{
	trace(sizeof(struct s));
}
