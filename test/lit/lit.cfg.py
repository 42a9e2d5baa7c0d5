# lit configuration for dtc/dtrun.
#
# Run through the site config CMake writes into the build tree:
#     python3 /usr/lib/llvm-19/build/utils/lit/lit.py -sv build/test/lit
# or directly on this directory, with DTC_BUILD_DIR naming the build tree
# (default: <repo>/build).
#
# Tests are .d (D scripts carrying their RUN/CHECK lines in a block comment)
# and .test files.  Tests that load BPF say `REQUIRES: root`; the `root`
# feature is on only as root with BPF usable.  `-Dcompile_only=1` (or
# DTC_COMPILE_ONLY=1 in the environment) turns it off, so only compile-only
# tests run (the sanitizer build does this).
#
# Substitutions: %dtc %dtrun %fmt_test %btf (pinned BTF, Inputs/min.btf),
# %netbtf (pinned BTF of the network types, Inputs/net.btf),
# %runtime, %obj_root (build tree), %src_root,
# FileCheck, not, llvm-readelf, llvm-objdump, bpftool, plus lit's %s %S %t.
import os
import shutil
import subprocess

import lit.formats

config.name = "dtc"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".d", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py",
                   "lit.site.cfg.py.in", "README.md"]
config.test_source_root = os.path.dirname(os.path.abspath(__file__))

src_root = getattr(config, "dtc_src_root", None) or \
    os.path.dirname(os.path.dirname(config.test_source_root))
obj_root = getattr(config, "dtc_obj_root", None) or \
    os.environ.get("DTC_BUILD_DIR") or os.path.join(src_root, "build")
tools_dir = getattr(config, "dtc_tools_dir", None) or obj_root
llvm_tools_dir = getattr(config, "llvm_tools_dir", None) or "/usr/lib/llvm-19/bin"
sanitize = getattr(config, "dtc_sanitize", "") or ""
config.test_exec_root = os.path.join(obj_root, "test", "lit")


def llvm_tool(name):
    """An LLVM 19 tool: the -19 suffixed one on PATH, else the LLVM bin dir."""
    found = shutil.which(name + "-19")
    if found:
        return found
    cand = os.path.join(llvm_tools_dir, name)
    if os.path.exists(cand):
        return cand
    return shutil.which(name) or name


# Tools as words in a RUN line: not part of a path, option or longer name.
def word(name):
    return r"(?<![\w.\-/%=])" + name + r"(?![\w.\-/=])"


config.substitutions.append(("%dtc", os.path.join(tools_dir, "dtc")))
config.substitutions.append(("%dtrun", os.path.join(tools_dir, "dtrun")))
config.substitutions.append(("%fmt_test", os.path.join(tools_dir, "fmt_test")))
config.substitutions.append(("%btf", os.path.join(config.test_source_root, "Inputs", "min.btf")))
config.substitutions.append(("%netbtf", os.path.join(config.test_source_root, "Inputs", "net.btf")))
config.substitutions.append(("%runtime", os.path.join(src_root, "runtime")))
config.substitutions.append(("%obj_root", obj_root))
config.substitutions.append(("%src_root", src_root))
config.substitutions.append((word("FileCheck"), llvm_tool("FileCheck")))
config.substitutions.append((r"(?<![^\s|&;(])not(?=\s)", llvm_tool("not")))
config.substitutions.append((word("llvm-readelf"), llvm_tool("llvm-readelf")))
config.substitutions.append((word("llvm-objdump"), llvm_tool("llvm-objdump")))
bpftool = shutil.which("bpftool") or "/usr/sbin/bpftool"
config.substitutions.append((word("bpftool"), bpftool))

# Environment: lit starts from a clean one; pass through what matters.
for var in ["_DTRACE_TESTING", "ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS",
            "DTC_RUNTIME_DIR", "DTC_DLIB_DIR", "TMPDIR", "HOME"]:
    if var in os.environ:
        config.environment[var] = os.environ[var]
if "_DTRACE_TESTING" not in os.environ:
    config.environment.pop("_DTRACE_TESTING", None)
# Deterministic messages (clang, libc).
config.environment["LC_ALL"] = "C"


def param_true(name, env):
    v = lit_config.params.get(name, os.environ.get(env, ""))
    return str(v).lower() in ("1", "true", "yes", "on")


def bpf_usable():
    """Root with BPF: a readable kernel BTF and bpftool able to list programs."""
    if os.geteuid() != 0:
        return False
    if not os.access("/sys/kernel/btf/vmlinux", os.R_OK):
        return False
    if not os.path.exists(bpftool):
        return True
    try:
        r = subprocess.run([bpftool, "prog", "list"], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=10)
        return r.returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


compile_only = param_true("compile_only", "DTC_COMPILE_ONLY")
if not compile_only and bpf_usable():
    config.available_features.add("root")
if compile_only:
    config.available_features.add("compile-only")
if "address" in sanitize:
    config.available_features.add("asan")
if "undefined" in sanitize:
    config.available_features.add("ubsan")
if sanitize:
    # LLVM keeps some allocations alive to exit on purpose; don't fail on them
    # unless asked (LSAN_OPTIONS from the caller wins).
    config.environment.setdefault("ASAN_OPTIONS", "detect_leaks=1:abort_on_error=0")
    config.environment.setdefault("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1")
if getattr(config, "dtrun_static", "OFF") in ("ON", "1", "TRUE"):
    config.available_features.add("dtrun-static")
for tool in ["dtc", "dtrun", "fmt_test"]:
    if os.access(os.path.join(tools_dir, tool), os.X_OK):
        config.available_features.add("have-" + tool)
