/*
 * Inline declarations checked as dt_node_inline() checks them, in its
 * order: no storage class (D_DECL_BADCLASS), an array only with a tuple
 * signature (D_DECL_ARRNULL), not void (D_DECL_VOIDOBJ), not an incomplete
 * struct (D_DECL_INCOMPLETE); then the value's type.
 *
 * RUN: not %dtc -S -o /dev/null -C -DSTATIC %s 2>&1 | FileCheck %s --check-prefix=STATIC
 * RUN: not %dtc -S -o /dev/null -C -DSCALARR %s 2>&1 | FileCheck %s --check-prefix=SCALARR
 * RUN: not %dtc -S -o /dev/null -C -DVOID %s 2>&1 | FileCheck %s --check-prefix=VOID
 * RUN: not %dtc -S -o /dev/null -C -DINCOMPLETE %s 2>&1 | FileCheck %s --check-prefix=INCOMPLETE
 * RUN: %dtc -S -o /dev/null -C %s
 * STATIC: error: specified storage class not appropriate for inline declaration [D_DECL_BADCLASS]
 * SCALARR: error: inline declaration cannot be of scalar array type: x [D_DECL_ARRNULL]
 * VOID: error: cannot declare void inline: x [D_DECL_VOIDOBJ]
 * INCOMPLETE: error: incomplete struct/union/enum struct nosuch: x [D_DECL_INCOMPLETE]
 */
#if defined(STATIC)
inline static int x = 3;
#elif defined(SCALARR)
inline int x[5] = 3;
#elif defined(VOID)
inline void x = 3;
#elif defined(INCOMPLETE)
inline struct nosuch x = 3;
#else
inline int x[int a] = a + 1;
#endif
BEGIN
{
	exit(0);
}
