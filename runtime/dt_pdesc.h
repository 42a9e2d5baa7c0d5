/*
 * dt_pdesc.h: probe descriptions, split and matched in one place for dtc
 * and dtrun.
 *
 * A description is [[[provider:]module:]function:]name, as DTrace's: its
 * fields are right-aligned, so "BEGIN" is ":::BEGIN".  A fifth field in
 * front is an instance (instance:provider:module:function:name), where the
 * compilation asks for instances (dtc --instances); DTrace has no such
 * field and refuses five as "Overspecified probe description".  Each field
 * is a gmatch() pattern; an empty one matches anything.
 */
#ifndef DT_PDESC_H
#define DT_PDESC_H

#define DT_PDESC_NFIELDS 5
#define DT_PDESC_LEN 128 /* a field's bytes, its NUL included */

/* f[] indexes */
enum { DT_PD_INST, DT_PD_PROV, DT_PD_MOD, DT_PD_FUNC, DT_PD_NAME };

/*
 * Splits desc into f[], right-aligned.  Returns the number of fields (1 to
 * 5), or -1 when there are more than five or one is longer than
 * DT_PDESC_LEN - 1 bytes; f[] is then all empty.
 */
int dt_pdesc_split(const char *desc, char f[DT_PDESC_NFIELDS][DT_PDESC_LEN]);

/*
 * dtrace_xstr2desc() for a description given to -P (nfields 1), -m (2),
 * -f (3) or -n (4): its fields taken from the right into as many of
 * provider, module, function, name, ending with the option's; the rest
 * empty.  Writes "prov:mod:func:name" into out.  Once those fields are
 * taken, a ':' may be left only as the first character (":syscall" is
 * provider syscall, "::syscall" too many fields).  Returns 0, or -1 when
 * overspecified (EDT_BADSPEC) or out is too short.
 */
int dt_pdesc_xstr(const char *s, size_t n, int nfields, char *out, size_t len);

/*
 * One token of a probe specifier list at s, as dt_lex.l's clause state
 * reads it: an integer (RGX_INT: decimal, octal 0N or 0xN, a [uU][lL][lL]
 * suffix), a probe ID in the place of a description (dt_node_pdesc_by_id()),
 * or a description (RGX_PSPEC, which cannot begin with a digit: "1a" is the
 * ID 1, then the description "a").  Returns DT_PST_* and sets *len; for an
 * integer *val, and *err: DT_PSE_OFLOW (D_INT_OFLOW), DT_PSE_DIGIT
 * (D_INT_DIGIT, "08": *bad the digit) or 0.  DT_PST_NONE (*len 0): s starts
 * with no token, a blank, ',', '{', '/', ... or the end.
 */
enum { DT_PST_NONE, DT_PST_PSPEC, DT_PST_INT };
enum { DT_PSE_OFLOW = 1, DT_PSE_DIGIT };
int dt_pspec_token(const char *s, size_t *len, unsigned long long *val, int *err, char *bad);

/* Whether field pattern p matches s (DTrace's dt_gmatch()). */
int dt_pdesc_gmatch(const char *s, const char *p);

/* Whether field s is a pattern (DTrace's strisglob()). */
int dt_pdesc_isglob(const char *s);

/* profile-N / tick-N (the whole name): its period in ns, 0: no such probe */
unsigned long long dt_pdesc_period_ns(const char *name);

/*
 * The profile provider's probes that exist before any description asks
 * for one (dt_prov_profile.c populate()), in DTrace's order: a glob in a
 * description matches these, and those earlier descriptions made.
 */
#define DT_PROFILE_NDEFAULT 13
extern const char *const dt_profile_default[DT_PROFILE_NDEFAULT];

#endif
