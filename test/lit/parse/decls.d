/*
 * Top-level declarations: pragmas, typedefs, struct/union/enum bodies with
 * bitfields, associative arrays, D storage classes, declarators, inlines,
 * translators and providers, in source order.
 * RUN: %dtc -d ast %s | FileCheck %s
 *
 * CHECK:      a: N_PRAGMA "D option quiet" @[[@LINE+75]]:1
 * CHECK-NEXT: a: N_PRAGMA "D depends_on module vmlinux"
 * CHECK-NEXT: a: N_DECL typedef
 * CHECK-NEXT:   a: N_TYPESPEC TK_STRUCT "foo" body
 * CHECK-NEXT:     a: N_MEMBER
 * CHECK-NEXT:       a: N_TYPESPEC TK_NAME "unsigned"
 * CHECK-NEXT:       b: N_DECLARATOR "a"
 * CHECK-NEXT:         c: N_INT "3" 3
 * CHECK-NEXT:       b: N_DECLARATOR
 * CHECK-NEXT:         c: N_INT "5" 5
 * CHECK-NEXT:     a: N_MEMBER
 * CHECK-NEXT:       a: N_TYPESPEC TK_NAME "char" const
 * CHECK-NEXT:       b: N_DECLARATOR "name"
 * CHECK-NEXT:         a: N_DTYPE DT_ARRAY
 * CHECK-NEXT:           a: N_INT "16" 16
 * CHECK-NEXT:     a: N_MEMBER
 * CHECK-NEXT:       a: N_TYPESPEC TK_NAME "int"
 * CHECK-NEXT:       b: N_DECLARATOR "fn"
 * CHECK-NEXT:         a: N_DTYPE DT_PTR
 * CHECK-NEXT:           b: N_DTYPE DT_FUNC
 * CHECK-NEXT:             a: N_TYPENAME
 * CHECK-NEXT:               a: N_TYPESPEC TK_NAME "long"
 * CHECK-NEXT:             a: N_TYPENAME "..."
 * CHECK-NEXT:   b: N_DECLARATOR "foo_t"
 *
 * "foo_t" is a type name from here on:
 * CHECK-NEXT: a: N_DECL self
 * CHECK-NEXT:   a: N_TYPESPEC TK_NAME "foo_t"
 * CHECK-NEXT:   b: N_DECLARATOR "fp"
 * CHECK-NEXT:     a: N_DTYPE DT_PTR
 * CHECK-NEXT: a: N_DECL this
 * CHECK-NEXT:   a: N_TYPESPEC TK_NAME "short"
 * CHECK-NEXT:   b: N_DECLARATOR "s"
 * CHECK-NEXT: a: N_DECL
 * CHECK-NEXT:   a: N_TYPESPEC TK_NAME "int"
 * CHECK-NEXT:   b: N_DECLARATOR "assoc"
 * CHECK-NEXT:     a: N_DTYPE DT_ARRAY
 * CHECK-NEXT:       a: N_TYPENAME
 * CHECK-NEXT:         a: N_TYPESPEC TK_NAME "string"
 * CHECK-NEXT:       a: N_TYPENAME
 * CHECK-NEXT:         a: N_TYPESPEC TK_NAME "int"
 * CHECK-NEXT: a: N_DECL extern
 * CHECK-NEXT:   a: N_TYPESPEC TK_ENUM "color" body
 * CHECK-NEXT:     a: N_ENUMERATOR "RED"
 * CHECK-NEXT:     a: N_ENUMERATOR "GREEN"
 * CHECK-NEXT:       a: N_INT "5" 5
 * CHECK-NEXT:   b: N_DECLARATOR "c"
 * CHECK-NEXT: a: N_DECL
 * CHECK-NEXT:   a: N_TYPESPEC TK_UNION "u" body
 * CHECK:      a: N_INLINE
 * CHECK-NEXT:   a: N_TYPESPEC TK_NAME "string"
 * CHECK-NEXT:   b: N_DECLARATOR "NAME"
 * CHECK-NEXT:     b: N_STRING "dtc" len=3
 * CHECK-NEXT: a: N_TRANSLATOR "T"
 * CHECK-NEXT:   a: N_TYPESPEC TK_STRUCT "out"
 * CHECK-NEXT:   c: N_TYPESPEC TK_STRUCT "task_struct"
 * CHECK-NEXT:   d: N_DECLARATOR
 * CHECK-NEXT:     a: N_DTYPE DT_PTR
 * CHECK-NEXT:   e: N_XMEMBER "pid"
 * CHECK-NEXT:     a: N_PTR_MEMBER "tgid"
 * CHECK-NEXT:       a: N_IDENT "T"
 * CHECK-NEXT: a: N_PROVIDER "myprov"
 * CHECK-NEXT:   a: N_DECL
 * CHECK-NEXT:     b: N_DECLARATOR "start"
 * CHECK-NEXT:       a: N_DTYPE DT_FUNC
 * CHECK-NEXT:         a: N_TYPENAME
 * CHECK-NEXT:           a: N_TYPESPEC TK_NAME "int"
 * CHECK-NEXT:         a: N_TYPENAME
 * CHECK-NEXT:           a: N_TYPESPEC TK_NAME "char"
 * CHECK-NEXT:           b: N_DECLARATOR
 * CHECK-NEXT:             a: N_DTYPE DT_PTR
 * CHECK-NEXT:       d: N_DTYPE DT_FUNC
 * CHECK-NEXT: a: N_PRAGMA "D attributes Evolving/Evolving/Common provider myprov provider"
 * CHECK-NEXT: a: N_CLAUSE
 */
#pragma D option quiet
#pragma D depends_on module vmlinux
typedef struct foo {
	unsigned a : 3, : 5;
	const char name[16];
	int (*fn)(long, ...);
} foo_t;
self foo_t *fp;
this short int s;
int assoc[string, int];
extern enum color { RED, GREEN = 5, } c;
union u { int i; long l; } uu;
inline string NAME = "dtc";
translator struct out < struct task_struct *T > {
	pid = T->tgid;
};
provider myprov {
	probe start(int, char *) : ();
};
#pragma D attributes Evolving/Evolving/Common provider myprov provider
BEGIN {}
