/*
 * print_meta.h: the types print() records, as the metadata describes them
 * (ptype, pmember, penum and print lines, dtc_abi.h's grammar): parsed by
 * print_meta.c for meta.c, printed by print.c.
 */
#ifndef DTRUN_PRINT_META_H
#define DTRUN_PRINT_META_H

enum pkind { PK_INT, PK_ENUM, PK_PTR, PK_FLOAT, PK_ARRAY, PK_STRUCT, PK_UNION, PK_VOID };

struct pmember {
	char *name;
	int type;
	int off_bits, bits;
};

struct penum {
	char *name;
	long long value;
};

struct ptype {
	enum pkind kind;
	int size, flags, ref, n;
	char *name;
	struct pmember *members;
	int nmembers;
	struct penum *enums;
	int nenums;
};

struct meta_ptypes {
	struct ptype *t;
	int n;
	int *act_type; /* by action: type index + 1, 0 when none */
	int nacts;
};

#endif
