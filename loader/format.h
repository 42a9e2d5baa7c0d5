/*
 * format.h: dtrun's output formatting with DTrace's exact semantics.
 *
 * The consumer (consume.c) decodes a ring-buffer item into an array of
 * struct dt_val using the action's descriptors from the metadata, then calls
 * one of these.  Nothing here touches BPF; everything is testable alone.
 */
#ifndef DTRUN_FORMAT_H
#define DTRUN_FORMAT_H

#include <stdint.h>
#include <stdio.h>

enum dt_val_kind {
	DT_VAL_INT,   /* ival, size bytes (1,2,4,8), is_signed */
	DT_VAL_STR,   /* str, NUL-terminated, at most size bytes */
	DT_VAL_PTR,   /* ival, a pointer value (size 8) */
	DT_VAL_STACK, /* str: a stack value's words (dtc_abi.h), size: its frames,
			 is_signed: 1 for ustack() (printed by the stack hook) */
	DT_VAL_FLOAT, /* float (size 4), double (8), long double (16): str points to
			 the size raw bytes (native layout); ival holds the first 8 */
	DT_VAL_SYM,   /* str: a sym()/mod()/usym()... aggregation key's text, which
			 %a and %A print (pfprint_addr(), pfprint_mod(), _umod()) */
};

struct dt_val {
	enum dt_val_kind kind;
	int size;
	int is_signed;
	uint64_t ival;
	const char *str;
};

/*
 * printf(): write fmt with args as DTrace's printf() does (flags, widths,
 * precisions, '*' from arguments, length modifiers, %a %c %d %e %E %f %g %G
 * %i %o %p %s %S %u %x %X %Y %% ...).  Returns the number of bytes written, or
 * -1 with a message in err (an argument that does not fit its conversion), or
 * DT_FORMAT_LIBC with strerror() in err where the C library failed to print
 * (EILSEQ: %lc of a value the locale has no character for), which aborts
 * dtrace (dt_printf() fails, dfatal("processing aborted")).
 */
#define DT_FORMAT_LIBC (-2)
int dt_format_printf(FILE *out, const char *fmt, const struct dt_val *args, int nargs,
		     char *err, size_t errlen);

/*
 * printa() with a format: keys are the arguments of the ordinary conversions;
 * the n-th '@' conversion asks agg(ctx, n, print, out, v) for its value
 * (print: the conversion's enum dt_fmt_print, which decides how DTrace reads
 * and normalizes it): it returns 0 with *v set (printed by the conversion),
 * 1 when it printed the value itself (quantize tables), -1 on error.
 */
typedef int dt_format_agg_f(void *ctx, int n, int print, FILE *out, struct dt_val *v);
int dt_format_printa(FILE *out, const char *fmt, const struct dt_val *keys, int nkeys,
		     dt_format_agg_f *agg, void *agg_ctx, char *err, size_t errlen);

/*
 * Symbolizer hook for %a (kernel, pid -1) and %A (user, pid 0 when the
 * record carries none): returns 2 and sets *object, *name, *symaddr when addr
 * is inside a symbol, 1 and *object when only the module is known, 0 when
 * nothing is.  Without one, addresses print as 0x%llx.
 */
typedef int (*dt_format_symbolizer_f)(void *arg, int pid, uint64_t addr, const char **object,
				      const char **name, uint64_t *symaddr);
void dt_format_set_symbolizer(dt_format_symbolizer_f fn, void *arg);

/* %k: prints a stack value with fmt (a %s conversion) per frame, each
 * indented by indent spaces (stack.c). */
typedef void dt_format_stack_f(FILE *out, const char *fmt, int indent, const uint64_t *w,
			       int frames, int user);
void dt_format_set_stack_printer(dt_format_stack_f *fn);

/* trace(): one value as DTrace's trace() prints it, in quiet mode or not. */
void dt_format_trace(FILE *out, const struct dt_val *v, int quiet);

#endif
