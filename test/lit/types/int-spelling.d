/*
 * dt_decl_type() composes an integer type's name from the specifiers'
 * attribute bits (dt_decl_attr(): signed, unsigned and short count once
 * however often written, a second long makes long long and a third both),
 * "signed " "unsigned " "short " "long " "long long ", then char or int
 * unless short or long came, and looks it up among dt_open.c's intrinsics:
 * "signed" and "unsigned" are types of their own, "signed short" keeps its
 * name in messages, and a name it has not (both signs, long long long) is
 * D_UNKNOWN with the name as composed.
 * RUN: not %dtc -S -o /dev/null %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+22]]:{{[0-9]+}}: error: failed to resolve type signed unsigned : Unknown type name [D_UNKNOWN]
 * CHECK: :[[@LINE+26]]:{{[0-9]+}}: error: failed to resolve type signed unsigned int: Unknown type name [D_UNKNOWN]
 * CHECK: :[[@LINE+30]]:{{[0-9]+}}: error: failed to resolve type long long long : Unknown type name [D_UNKNOWN]
 * CHECK: :[[@LINE+34]]:{{[0-9]+}}: error: invalid type combination [D_DECL_COMBO]

 * RUN: not %dtc -S -o /dev/null -n 'BEGIN { printf("%%s", (unsigned)1); }' 2>&1 | FileCheck %s --check-prefix=N0
 * N0: argument: unsigned [D_PRINTF_ARG_TYPE]
 * RUN: not %dtc -S -o /dev/null -n 'BEGIN { printf("%%s", (signed)1); }' 2>&1 | FileCheck %s --check-prefix=N1
 * N1: argument: signed [D_PRINTF_ARG_TYPE]
 * RUN: not %dtc -S -o /dev/null -n 'BEGIN { printf("%%s", (short signed short)1); }' 2>&1 | FileCheck %s --check-prefix=N2
 * N2: argument: signed short [D_PRINTF_ARG_TYPE]
 * RUN: not %dtc -S -o /dev/null -n 'BEGIN { printf("%%s", (signed long long int)1); }' 2>&1 | FileCheck %s --check-prefix=N3
 * N3: argument: signed long long [D_PRINTF_ARG_TYPE]
 * RUN: not %dtc -S -o /dev/null -n 'BEGIN { printf("%%s", (unsigned unsigned int)1); }' 2>&1 | FileCheck %s --check-prefix=N4
 * N4: argument: unsigned int [D_PRINTF_ARG_TYPE]
 * RUN: not %dtc -S -o /dev/null -n 'BEGIN { printf("%%s", (short short)1); }' 2>&1 | FileCheck %s --check-prefix=N5
 * N5: argument: short [D_PRINTF_ARG_TYPE]
 * RUN: not %dtc -S -o /dev/null -n 'BEGIN { printf("%%s", (long long long long)1); }' 2>&1 | FileCheck %s --check-prefix=N6
 * N6: argument: long long [D_PRINTF_ARG_TYPE]
 */
BEGIN
{
	i = (unsigned signed)0;
}

BEGIN
{
	i = (signed unsigned int)0;
}

BEGIN
{
	i = (long long long)0;
}

BEGIN
{
	i = (int int)0;
}
