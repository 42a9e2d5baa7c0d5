#!/usr/bin/env python3
# Regenerates docs/errtags.md: every D_* tag of libdtrace's dt_errtags.h, where libdtrace
# raises it, and whether dtc does (a raise site in compiler/, loader/, runtime/, dlib/).
import os, re, subprocess, sys
# usage: python3 scripts/errtags-table.py DTRACE_UTILS_LIBDTRACE_DIR  (writes docs/errtags.md)
ref = sys.argv[1] if len(sys.argv) > 1 else '../dtrace-utils/libdtrace'
wt = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tags = sorted(set(re.findall(r'\b(D_[A-Z0-9_]+)\b', open(os.path.join(ref, 'dt_errtags.h')).read())))
def files_with(tag, root, subdirs, exts):
    out = set()
    for sd in subdirs:
        d = os.path.join(root, sd)
        for dp, _, fs in os.walk(d):
            for f in fs:
                if not f.endswith(exts): continue
                p = os.path.join(dp, f)
                try: s = open(p, errors='replace').read()
                except: continue
                if re.search(r'\b%s\b' % tag, s): out.add(os.path.relpath(p, root))
    return sorted(out)
NA = {
 'D_ASRELO': "DIF assembler relocations (dt_as.c); dtc emits C for clang, no DIF",
 'D_CG_DYN': "unreachable: dt_cg() checks the node it is given, a clause (never dynamic) or a predicate (D_PRED_SCALAR first); an aggregation as a statement is D_AGG_NULL (dt_node_statement() keeps it as the statement)",
 'D_OBSOLETE1': "defined but raised nowhere in libdtrace",
 'D_CLEAR_PROTO': "defined but raised nowhere in libdtrace (clear() arguments are D_PROTO_*)",
 'D_NORMALIZE_PROTO': "defined but raised nowhere in libdtrace",
 'D_QUANT_PROTO': "defined but raised nowhere in libdtrace",
 'D_STACK_PROTO': "defined but raised nowhere in libdtrace",
 'D_USTACK_PROTO': "defined but raised nowhere in libdtrace",
 'D_PCAP_ADDR': "defined but raised nowhere in libdtrace",
 'D_PCAP_PROTO': "defined but raised nowhere in libdtrace",
 'D_PCAP_SIZE': "defined but raised nowhere in libdtrace",
 'D_PROC_ALIGN': "defined but raised nowhere in libdtrace",
 'D_PROC_NODEV': "defined but raised nowhere in libdtrace",
 'D_ARGS_MULTI': "unreachable: DTrace 2.x cooks a clause once per matched probe, so args[] always has one probe (pcb_probe); dtc requires a clause's probes to agree on args[] types (D_ARGS_TYPE)",
 'D_DECL_MNAME': "unreachable: every struct_declarator has a name or a bit-field width, in DTrace's grammar and in dtc's",
 'D_OP_IDENT': "unreachable: the grammar (DTrace's and dtc's) always has an identifier after -> and .; libdtrace checks it for nodes it builds itself",
 'D_ID_OFLOW': "DIF variable-id space (dt_idhash_nextid); dtc variables are C globals and map fields with no id space",
 'D_VAR_UNSUP': "raised only for libdtrace's own provider trampolines (dt_cg_tramp_var), which have no dtc counterpart",
 'D_SYM_MODEL': "a 32-bit symbol in a 64-bit D program; dtc compiles for LP64 BPF and reads vmlinux BTF only",
 'D_SYM_BADREF': "a user module's symbol referenced as a kernel one (and the reverse); dtc resolves no user-module symbols in D (`sym is the kernel's)",
 'D_ARGS_XLATOR': "args[] of a provider whose native and translated argument types need a translator nobody defined; dtc's providers type args[] from its own tables with dlib/ translators, none user-supplied",
 'D_PROV_BADNAME': "provider definitions (provider p { probe ... };) serve dtrace -h/-G, USDT header and object generation, which dtc does not do (D_UNSUPPORTED); Linux USDT probes come from <sys/sdt.h> notes",
}
for t in ['D_PROV_INCOMPAT','D_PROV_PRARGLEN','D_PROV_PRDUP','D_PROV_PRXLATOR']:
    NA[t] = "provider definitions: see D_PROV_BADNAME"
TODO = {
 'D_DECL_IDENT': "not done: a typedef name after a complete type (`int uint32_t x;`) must become the declarator name as in dt_decl_spec(); dtc's grammar reports D_DECL_COMBO",
 'D_ARGS_NONE': "not done: args[] in an inline definition, outside any clause, compiles (expanded in the clause)",
 'D_SYM_NOTYPES': "not done: raised when dtrace_symbol_type() fails for a symbol the kernel's symbol table has; dtc has no kernel symbol table at compile time (it may compile for another kernel's BTF), so a symbol without a BTF variable is typed by the program's extern, else D_IDENT_UNDEF with a note",
 'D_PROC_USDT': "not done: dt_pid.c raises it while compiling, when a USDT site's uprobe cannot be created; dtrun creates USDT uprobes when it attaches them, after BEGIN",
}
OWN_SUBR = re.compile(r'^D_(PROTO|PROC|PRINTF|PRINTA|PRINT|TRACE|TRACEMEM|STACK|USTACK|CLEAR|NORMALIZE|TRUNC|PCAP|FREOPEN|SYSTEM|LQUANT|LLQUANT|QUANT|SPEC|ACT|AGG_COMM|EXIT|JSTACK|BADADDR|SETOPT|DREC|COPYOUT|RAISE|ALLOCA|STRINGOF|PRINTM|UADDR|UMOD|USYM|SYM_|CHILL|BREAKPOINT|PANIC|STOP|COMMIT|DISCARD|SPECULATE)')
OWN_OPT = re.compile(r'^D_(MACRO|PRAGMA|PRAGERR|OPT|VERSION|ATTR_MIN|PRAGCTL)')
MINE = {
 'D_OP_INCOMPAT': "assignment once a variable's type is fixed follows dt_node_is_argcompat() (sema/D_OP_INCOMPAT-fixed-type.d, sema/assign-compat.d); pointer +/- (types/ptr-arith.d)",
 'D_OP_ARRFUN': "array lvalues, before types are compared (sema/D_OP_ARRFUN.d)",
 'D_VAR_UNDEF': "unassigned self->x, this->x, a[k] reads (sema/D_VAR_UNDEF.d)",
 'D_IDENT_UNDEF': "plain names only; -> and [ reads are D_VAR_UNDEF (sema/D_VAR_UNDEF.d)",
 'D_ARR_LOCAL': "this->x[k] (sema/D_ARR_LOCAL.d)",
 'D_DECL_LOCASSC': "this T a[K]; declarations only (sema/D_ARR_LOCAL.d)",
 'D_SIZEOF_TYPE': "void, functions, incomplete/unknown struct, union, enum (sema/D_SIZEOF_TYPE.d)",
 'D_DECL_SIGNINT': "checked as each specifier arrives (sema/D_DECL_SIGNINT.d)",
 'D_DECL_LONGINT': "sema/D_DECL_LONGINT.d",
 'D_DECL_USELESS': "sema/D_DECL_USELESS.d",
 'D_DECL_PARMCLASS': "sema/D_DECL_PARMCLASS.d",
 'D_DECL_SCOPE': "declaration, member and enumerator names (sema/D_DECL_SCOPE.d)",
 'D_DECL_DYNOBJ': "a[4][int], dynamic members (sema/D_DECL_DYNOBJ.d)",
 'D_DECL_ARRBIG': "above dtc's int sizes (DTrace: above UINT_MAX) (sema/D_DECL_DYNOBJ.d)",
 'D_DECL_BADCLASS': "auto, register, static (not on a prototype) (sema/D_DECL_BADCLASS-static.d)",
 'D_OP_VFPTR': "++ -- += -= on void/function pointers (sema/D_OP_VFPTR.d)",
 'D_OP_DYN': "aggregations in ?: and , (sema/D_OP_DYN.d)",
 'D_PRED_SCALAR': "also /@a/ (sema/D_AGG_NULL-stmt.d)",
 'D_AGG_NULL': "`@a;` and `@a[k];` as statements (sema/D_AGG_NULL-stmt.d)",
 'D_INT_OFLOW': "also a decimal constant above LLONG_MAX, as dt_node_int() (types/int-const-types.d)",
 'D_CG_EXPR': "an aggregating function outside @a = f(); a tracing function's value (stack(), sym() ...) anywhere but the statement itself and an aggregation key, once the clause cooks (sema/D_CG_EXPR-tracing-value.d)",
 'D_KEY_TYPE': "aggregation keys (dt_idcook_regs), associative array keys of void type (dt_idcook_assc); stack() and sym() keys pass it, as dt_node_is_void() is false for them, and are D_CG_EXPR (sema/D_CG_EXPR-assoc-stack.d)",
}
rows = []
n_raised = n_na = n_todo = n_other = 0
for t in tags:
    dt = files_with(t, ref, ['.'], ('.c', '.l', '.y'))
    dt = [f for f in dt if f != 'dt_errtags.h']
    dc = files_with(t, wt, ['compiler', 'loader', 'runtime', 'dlib'], ('.c', '.h', '.y', '.l', '.cpp', '.d'))
    if dc:
        state = 'raised'; note = MINE.get(t, ''); n_raised += 1
    elif t in NA:
        state = 'n/a'; note = NA[t]; n_na += 1
    elif t in TODO:
        state = 'not done'; note = TODO[t]; n_todo += 1
    else:
        owner = 'subr' if OWN_SUBR.match(t) else 'options' if OWN_OPT.match(t) else None
        state = 'not done'; note = 'owned by engineer "%s" (issue 11)' % owner if owner else 'not done'
        n_other += 1
    rows.append('| %s | %s | %s | %s | %s |' % (t, ', '.join(dt) or '(nowhere)', state, ', '.join(os.path.basename(x) for x in dc), note))
hdr = f'''# DTrace error tags in dtc

Every `D_*` tag of Oracle libdtrace's `dt_errtags.h` (dtrace-utils, branch
devel @ 8a1264bf0e81: {len(tags)} tags), where libdtrace raises it, and what
dtc does.  dtc reports a D error as `file:line:col: error: message [D_TAG]`
with the tag libdtrace raises in the same situation; where a statement has
several errors, the first one DTrace reports comes first.

**{n_raised} raised, {n_na} not applicable to dtc on Linux, {n_todo + n_other} not done, of {len(tags)}**
({n_raised} done of the {len(tags) - n_na} that apply; of the not done,
{n_other} belong to the families other engineers own for issue 11: D_PROTO_*,
subroutine and action arguments and D_PROC_* ("subr"); D_MACRO_*,
D_PRAGMA_*, D_PRAGERR, D_OPT_*, D_VERSION, D_ATTR_MIN and the preprocessor
("options")).

"raised" means dtc has a raise site for the tag (the files listed); the
notes name the rules checked against libdtrace and the lit tests for them.
Regenerate the columns with `python3 scripts/errtags-table.py LIBDTRACE_DIR` (a
checkout of dtrace-utils' libdtrace).

Type rules checked against dt_parser.c and dt_decl.c with this table:
assignment compatibility once a variable's type is fixed
(`dt_node_is_argcompat()`: `x = curthread; x = pid;` is D_OP_INCOMPAT, a
string takes a char pointer), integer constant types (`dt_node_int()`),
`sizeof` of string constants (length + 1) and of types of unknown size,
pointer arithmetic (`ptr - ptr` is a ptrdiff_t element count, `ptr + ptr`
and `int - ptr` are errors), declaration specifiers and storage classes
(`dt_decl.c`).

| tag | libdtrace raises it in | dtc | dtc files | notes |
|---|---|---|---|---|
'''
open(os.path.join(wt, 'docs/errtags.md'), 'w').write(hdr + '\n'.join(rows) + '\n')
print(n_raised, n_na, n_todo, n_other)
