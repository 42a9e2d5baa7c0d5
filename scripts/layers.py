#!/usr/bin/env python3
"""layers.py [--only COMPONENT] [BUILD_DIR]: checks that calls between source files go down the
declared layers, never up, so that no circle of mutual calls spans more than
one layer.

Who calls whom comes from the object files themselves (`nm`): a file that
leaves symbol S undefined calls the file that defines S.  Each component
(dtc's compiler, dtrun's loader) declares its layers below, lowest first, as
file-name patterns; a file may call files of its own layer or of lower
layers.  The runtime headers (runtime/*.h) are checked separately: their
#include graph must have no circle.

Prints every upward call and every circle of includes, and every object file
no layer names (a new file must be given a layer); exit status 1 if any.
--only dtrun (or dtc) checks that component and the headers only (the test
command checks the components whose layering is finished).
"""
import fnmatch
import os
import re
import subprocess
import sys

# Lowest layer first.  A pattern matches the source path relative to the
# repository root ("compiler/sema.c").
LAYERS = {
    # dtc: the compiler.  First match wins, so a file named in a low layer
    # may share a pattern of a higher one.
    "dtc": [
        # util.c (arena, diagnostics, strbuf), paths; the shared runtime C;
        # driver.cpp wraps clang and LLVM (clang_compile, dtc_sha256_hex)
        # and calls nothing of dtc's but bpf_fit.c, which measures the
        # object's jumps and runs dtc again when they would not reach
        ("base", ["compiler/util.c", "compiler/paths.c", "runtime/*.c",
                  "compiler/bpf_fit.c", "compiler/driver.cpp",
                  "compiler/llvm_static/*"]),
        # the type universe and kernel BTF
        ("types", ["compiler/types.c", "compiler/btf.c"]),
        # what names mean before any expression: symbols, built-in
        # variables, options (sym.c), the built-in function table
        ("names", ["compiler/sym.c", "compiler/builtins.c"]),
        # lexer, parser, pragmas as scanned, the D library's files
        ("front", ["gen/*", "compiler/lexer*", "compiler/parser*",
                   "compiler/parse_*.c", "compiler/pragma.c",
                   "compiler/ast*.c", "compiler/dlib.c"]),
        # semantic analysis: clauses, expressions, declarations, inlines,
        # kernel symbols, provider definitions; prog.c, the pieces of a
        # program the providers' writers share; the providers reached
        # through dx->provs (sema_prov.c)
        ("sema", ["compiler/sema*.c", "compiler/ksym.c", "compiler/prog.c"]),
        # the C emitter, and what dtc -h / -G write in its place
        ("emit", ["compiler/emit*.c", "compiler/usdt_gen.c"]),
        # the providers: each matches descriptions and types args[N] (on
        # sema) and writes its programs (on the emitter); sema and the
        # emitter call them only through the table in dx (prov_install())
        ("prov", ["compiler/prov*.c"]),
        ("driver", ["compiler/main.c"]),
    ],
    "dtrun": [
        ("base", ["runtime/*.c", "loader/base.c"]),
        ("object", ["loader/obj.c", "loader/meta.c", "loader/agg_meta.c",
                    "loader/print_meta.c", "loader/sym.c", "loader/x86insn.c",
                    "loader/caps.c", "loader/bpfvar.c",
                    "loader/proc.c", "loader/links.c", "loader/corebtf.c",
                    "loader/pid_ret.c", "loader/startup.c"]),
        ("probes", ["loader/prov*.c", "loader/probes.c",
                    "loader/probeinfo.c", "loader/kglue.c", "loader/uproc.c",
                    "loader/dtprobe_static.c"]),
        ("format", ["loader/fastfmt.c", "loader/format.c", "loader/print.c",
                    "loader/stack.c", "loader/spec.c", "loader/dynvar.c",
                    "loader/act_*.c"]),
        ("output", ["loader/agg*.c", "loader/out_*.c", "loader/merge.c",
                    "loader/metrics*.c", "loader/flame.c", "loader/static/*"]),
        ("run", ["loader/run.c", "loader/tail.c", "loader/consume.c", "loader/info.c",
                 "loader/params.c", "loader/vlog.c"]),
        ("main", ["loader/main.c", "loader/cmdline.c", "loader/options.c",
                  "loader/compile.c", "loader/list.c", "loader/gen.c"]),
    ],
}


def objects(build, target):
    top = os.path.join(build, "CMakeFiles", target + ".dir")
    for d, _, files in os.walk(top):
        for f in files:
            if f.endswith(".o"):
                path = os.path.join(d, f)
                src = os.path.relpath(path, top)[:-2]  # drop ".o"
                yield src, path


def symbols(path):
    out = subprocess.run(["nm", "--defined-only", "-g", path],
                         capture_output=True, text=True).stdout
    defined = {l.split()[-1] for l in out.splitlines() if len(l.split()) == 3}
    out = subprocess.run(["nm", "-u", path],
                         capture_output=True, text=True).stdout
    undefined = {l.split()[-1] for l in out.splitlines() if l.strip()}
    return defined, undefined


def layer_of(layers, src):
    for i, (_, pats) in enumerate(layers):
        if any(fnmatch.fnmatch(src, p) for p in pats):
            return i
    return None


def check_target(build, target, layers):
    defs, uses = {}, {}
    for src, path in objects(build, target):
        d, u = symbols(path)
        uses[src] = u
        for s in d:
            defs[s] = src
    bad = 0
    for src in sorted(uses):
        if layer_of(layers, src) is None:
            print(f"{target}: {src} is in no layer: give it one in scripts/layers.py")
            bad += 1
    for src in sorted(uses):
        me = layer_of(layers, src)
        if me is None:
            continue
        ups = {}
        for s in uses[src]:
            callee = defs.get(s)
            if callee is None or callee == src:
                continue
            them = layer_of(layers, callee)
            if them is not None and them > me:
                ups.setdefault(callee, []).append(s)
        for callee, syms in sorted(ups.items()):
            print(f"{target}: {src} ({layers[me][0]}) calls up into {callee} "
                  f"({layers[layer_of(layers, callee)][0]}): {', '.join(sorted(syms))}")
            bad += 1
    return bad


def check_headers(root):
    hdir = os.path.join(root, "runtime")
    inc = {}
    for f in os.listdir(hdir):
        if not f.endswith(".h"):
            continue
        with open(os.path.join(hdir, f), errors="replace") as fh:
            inc[f] = [m for m in re.findall(r'^\s*#\s*include\s+"([^"]+)"',
                                            fh.read(), re.M)
                      if os.path.basename(m) in os.listdir(hdir)]
        inc[f] = [os.path.basename(m) for m in inc[f]]
    bad = 0
    state = {}

    def visit(f, stack):
        nonlocal bad
        state[f] = 1
        for g in inc.get(f, []):
            if state.get(g) == 1:
                cyc = stack[stack.index(g):] + [g]
                print("runtime headers include each other in a circle: "
                      + " -> ".join(cyc))
                bad += 1
            elif g not in state:
                visit(g, stack + [g])
        state[f] = 2

    for f in sorted(inc):
        if f not in state:
            visit(f, [f])
    return bad


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    args = sys.argv[1:]
    only = None
    if len(args) >= 2 and args[0] == "--only":
        only = args[1]
        args = args[2:]
        if only not in LAYERS:
            print(f"layers.py: no component {only} (one of {', '.join(LAYERS)})")
            return 2
    build = args[0] if args else os.path.join(root, "build")
    bad = 0
    for target, layers in LAYERS.items():
        if only and target != only:
            continue
        if not os.path.isdir(os.path.join(build, "CMakeFiles", target + ".dir")):
            print(f"layers.py: no object files for {target} in {build}")
            return 2
        bad += check_target(build, target, layers)
    bad += check_headers(root)
    print(f"layers.py: {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
