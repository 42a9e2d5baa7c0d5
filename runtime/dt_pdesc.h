/*
 * dt_pdesc.h: probe descriptions, split in one place for dtc and dtrun.
 *
 * A description is [[[[instance:]provider:]module:]function:]name: its
 * fields are right-aligned, so "BEGIN" is ":::BEGIN" and four fields leave
 * the instance empty.  Each field is a glob pattern (an empty one matches
 * anything); a '\' quotes the next character there, so "a\:b" is one field
 * holding a quoted colon, not two.  The backslash stays in the field: the
 * pattern quotes that character too when it is matched.
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

#endif
