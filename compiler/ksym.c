/*
 * ksym.c: kernel symbols in expressions (`sym, vmlinux`sym), for sema and
 * the emitter.
 *
 * DTrace types a kernel variable from the kernel's CTF; dtc types it from
 * the kernel's BTF, which describes a variable (BTF_KIND_VAR, in a
 * DATASEC) only where the kernel was built to: per-CPU variables always,
 * other variables with CONFIG_DEBUG_INFO_BTF's global-variable encoding.
 * Such a variable becomes a typed ksym, `extern const T sym __ksym;`,
 * whose BTF ID libbpf resolves against the running kernel's BTF at load
 * (an object whose kernel lacks the variable is refused there, naming it).
 * The expression `sym is rewritten to *(T *)&`sym: memory, read with
 * CO-RE like any kernel memory (sema_types.c, emit_types.c).  A per-CPU
 * variable reads the instance of the CPU the probe fires on
 * (bpf_this_cpu_ptr()).  A symbol the BTF has no variable for is typed by
 * the script's `extern T sym;` (sema_var.c), as in DTrace: a typeless
 * ksym, `extern const void sym __ksym;`, whose address libbpf takes from
 * /proc/kallsyms at load, read as memory of type T.  Without an extern, a
 * symbol the kernel has is a uintptr_t, as dtrace_symbol_type() types a
 * kernel symbol its CTF has no variable for (a function: &`schedule is
 * its address), where the program declares no extern (with one, the
 * externs alone type symbols: D_SYM_NOTYPES); one the kernel lacks is an
 * error at compile time.  An extern of
 * a symbol the BTF has a variable for must agree with the BTF's type.
 */
#include <stdio.h>
#include <string.h>
#include <bpf/btf.h>

#include "emit.h"

/* The BTF VAR named name, or 0; *percpu when its DATASEC is per-CPU. */
static int find_var(struct btf *b, const char *name, int *percpu)
{
	int id = btf__find_by_name_kind(b, name, BTF_KIND_VAR);
	int n = (int)btf__type_cnt(b);

	*percpu = 0;
	if (id <= 0)
		return 0;
	for (int i = 1; i < n; i++) {
		const struct btf_type *t = btf__type_by_id(b, i);
		const struct btf_var_secinfo *vs;

		if (!btf_is_datasec(t))
			continue;
		vs = btf_var_secinfos(t);
		for (int k = 0; k < btf_vlen(t); k++, vs++)
			if ((int)vs->type == id) {
				*percpu = strcmp(btf__name_by_offset(b, t->name_off),
						 ".data..percpu") == 0;
				return id;
			}
	}
	return id;
}

/*
 * Whether the kernel dtc compiles for has symbol name, which its BTF
 * describes no variable for: a function of the BTF's, or, compiling for
 * this host's kernel (no --btf), a vmlinux symbol /proc/kallsyms lists
 * (its names are there for any user; data symbols only with
 * CONFIG_KALLSYMS_ALL).
 */
static int ksym_exists(struct dtc *dx, struct btf *b, const char *name)
{
	char line[512], sym[256];
	FILE *f;
	int hit = 0;

	if (btf__find_by_name_kind(b, name, BTF_KIND_FUNC) > 0)
		return 1;
	if (dx->btf_path || strlen(name) >= sizeof(sym) || !(f = fopen("/proc/kallsyms", "re")))
		return 0;
	while (!hit && fgets(line, sizeof(line), f))
		hit = sscanf(line, "%*s %*s %255s", sym) == 1 && !strchr(line, '[') &&
		      !strcmp(sym, name);
	fclose(f);
	return hit;
}

/* Whether the program declares an extern (sema_var.c: "extern`name"). */
static int any_extern(struct dtc *dx)
{
	for (struct sym *s = st(dx)->syms; s; s = s->next)
		if (!strncmp(s->name, "extern`", 7))
			return 1;
	return 0;
}

/* n (`name) as *(T *)&name: the memory at a builtin address node's value */
static int ksym_rewrite(struct dtc *dx, struct cctx *cc, struct node *n, struct sym *s)
{
	struct node *a = node_new(dx, N_IDENT, n->loc);

	a->str = s->name;
	n->kind = N_UNARY;
	n->op = OP_DEREF;
	n->a = a;
	n->str = NULL;
	return check_expr(dx, cc, n) ? 1 : -1;
}

/* `name of a symbol only an extern types: a typeless ksym (declared == 2) */
static int extern_ksym(struct dtc *dx, struct cctx *cc, struct node *n, const char *name,
		       struct dtype *t)
{
	char key[300];
	struct sym *s;

	snprintf(key, sizeof(key), "&`%s", name);
	s = sym_find(dx, key);
	if (!s) {
		struct builtin_var *bv;

		struct dtype *e = t;

		while (e->kind == TY_ARRAY) /* extern int a[4]: an array in memory */
			e = e->base;
		if (e->kind != TY_INT && e->kind != TY_ENUM && e->kind != TY_PTR &&
		    !type_is_sou(e)) {
			diag_error(dx, n->loc, "D_UNSUPPORTED",
				   "kernel variables of type %s are not yet supported by dtc: %s",
				   t->name, n->str);
			return -1;
		}
		if (type_is_sou(e)) {
			type_resolve(dx, e);
			e->used = 1;
		}
		bv = arena_alloc(dx, sizeof(*bv));
		bv->name = arena_strdup(dx, key);
		bv->type = t->name;
		bv->emit = arena_printf(dx, "(unsigned long long)&%s", name);
		s = sym_add(dx, SYM_BUILTIN, bv->name, type_ptr(dx, t), n->loc);
		s->bv = bv;
		s->declared = 2; /* typeless: its address from /proc/kallsyms */
	}
	return ksym_rewrite(dx, cc, n, s);
}

/*
 * An N_IDENT naming a kernel symbol: 1 when it was rewritten and checked
 * (n->type set), -1 after an error.  The address node the rewrite makes,
 * "&`sym", is a SYM_BUILTIN whose C expression is the ksym's address.
 */
int sema_ksym(struct dtc *dx, struct cctx *cc, struct node *n)
{
	const char *tick = strchr(n->str, '`');
	const char *name = tick + 1;
	char key[300];
	struct sym *s, *ext;
	struct btf *b;
	int id, percpu = 0;

	if (n->str[0] == '&') { /* the address node made below */
		s = sym_find(dx, n->str);
		if (!s)
			dtc_bug("ksym %s", n->str);
		n->sym = s;
		n->type = s->type;
		return 1;
	}
	if (tick != n->str && (tick - n->str != 7 || strncmp(n->str, "vmlinux", 7) != 0))
		tick = NULL; /* a module's symbol: modules' BTF is not read */
	b = tick && *name ? kbtf(dx) : NULL;
	id = b ? find_var(b, name, &percpu) : 0;
	snprintf(key, sizeof(key), "extern`%s", name);
	ext = tick && *name ? sym_find(dx, key) : NULL;
	if (id && ext) {
		const struct btf_type *v = btf__type_by_id(b, id);
		struct dtype *t = btf_type_dtype(dx, (int)v->type);
		if (!t || !type_compatible(ext->type, t) || ext->type->size != t->size) {
			diag_error(dx, ext->decl, "D_DECL_IDRED",
				   "identifier redeclared: vmlinux`%s\n\t current: %s\n\tprevious: %s",
				   name, ext->type->name, t ? t->name : "?");
			return -1;
		}
	}
	if (!id && ext)
		return extern_ksym(dx, cc, n, name, ext->type);
	snprintf(key, sizeof(key), "&`%s", name);
	if (!id && (s = sym_find(dx, key)) != NULL)
		return ksym_rewrite(dx, cc, n, s); /* an earlier use resolved it */
	if (!id && b && ksym_exists(dx, b, name)) {
		/* dtrace_symbol_type(): a module with externs types its
		 * symbols by them alone (EDT_NOSYM), else as uintptr_t */
		if (any_extern(dx)) {
			diag_error(dx, n->loc, "D_SYM_NOTYPES",
				   "no symbolic type information is available for vmlinux`%s: "
				   "Unknown symbol name", name);
			return -1;
		}
		return extern_ksym(dx, cc, n, name, type_builtin(dx, "uintptr_t"));
	}
	if (!id) {
		diag_error(dx, n->loc, "D_IDENT_UNDEF", "failed to resolve %s: %s", n->str,
			   types_module_loaded(n->str) ? "Unknown symbol name" : "Module is no longer loaded");
		if (tick && *name && b)
			diag_note(dx, n->loc, "dtc types kernel variables from the kernel's BTF, "
					      "which describes no variable %s", name);
		return -1;
	}
	snprintf(key, sizeof(key), "&`%s", name);
	s = sym_find(dx, key);
	if (!s) {
		const struct btf_type *v = btf__type_by_id(b, id);
		struct dtype *t = btf_type_dtype(dx, (int)v->type);
		struct builtin_var *bv;

		if (!t || (t->kind != TY_INT && t->kind != TY_ENUM && t->kind != TY_PTR &&
			   !type_is_sou(t))) {
			diag_error(dx, n->loc, "D_UNSUPPORTED",
				   "kernel variables of type %s are not yet supported by dtc: %s",
				   t ? t->name : "?", n->str);
			return -1;
		}
		if (type_is_sou(t)) {
			type_resolve(dx, t);
			t->used = 1; /* the extern declaration names it */
		}
		bv = arena_alloc(dx, sizeof(*bv));
		bv->name = arena_strdup(dx, key);
		bv->type = t->name;
		bv->emit = percpu ? arena_printf(dx, "(unsigned long long)bpf_this_cpu_ptr(&%s)", name)
				  : arena_printf(dx, "(unsigned long long)&%s", name);
		s = sym_add(dx, SYM_BUILTIN, bv->name, type_ptr(dx, t), n->loc);
		s->bv = bv;
	}
	return ksym_rewrite(dx, cc, n, s);
}

/* extern declarations of the kernel variables sema_ksym() resolved. */
void emit_ksym_decls(struct ectx *ec)
{
	int first = 1;

	for (struct sym *s = ec->ss->syms; s; s = s->next) {
		if (s->kind != SYM_BUILTIN || strncmp(s->name, "&`", 2) != 0)
			continue;
		if (first)
			sb_puts(ec->out, "\n/* kernel variables (typed ksyms, resolved by libbpf) */\n");
		first = 0;
		if (s->declared == 2) /* typeless (an extern's type): libbpf reads kallsyms */
			sb_printf(ec->out, "extern const void %s __ksym;\n", s->name + 2);
		else
			sb_printf(ec->out, "extern const %s %s __ksym;\n", s->type->base->cname,
				  s->name + 2);
	}
}
