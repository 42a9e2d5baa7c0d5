/*
 * open(2)'s flags are the D library's (Oracle's io.d: O_ACCMODE ..
 * O_RSYNC, Linux's values), to test fds[]'s fi_oflags with, bound to D 1.1:
 * a program's "#pragma D option version=1.0" removes them (dt_reduce()).
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s
 * CHECK: (long long)65ULL
 * CHECK: {{\((long long|int)\)}}3ULL
 * CHECK: {{\((long long|int)\)}}1052672ULL
 * CHECK: (long long)724480ULL
 * RUN: printf '#pragma D option version=1.0\nBEGIN\n{\n\ttrace(O_WRONLY);\n}\n' > %t.d
 * RUN: not %dtc -S -o /dev/null --btf %btf %t.d 2>&1 | FileCheck %s --check-prefix=OLD
 * OLD: .d:4:8: error: failed to resolve O_WRONLY: Unknown variable name [D_IDENT_UNDEF]
 */
BEGIN
{
	printf("%d %d %d %d\n", O_WRONLY | O_CREAT, O_ACCMODE, O_RSYNC,
	    O_CLOEXEC | O_NOFOLLOW | O_DIRECTORY | O_NONBLOCK | O_APPEND | O_TRUNC);
}
