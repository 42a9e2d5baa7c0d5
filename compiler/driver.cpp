/*
 * driver.cpp: the last stage of the pipeline, clang as a library.
 *
 * emit.c hands us the generated C as text in memory; we build a clang
 * CompilerInvocation from cc1 arguments (what `clang -target bpf -O2 -g -c`
 * would pass), remap the main file name to a MemoryBuffer holding the text,
 * run EmitObjAction with the output stream redirected into a SmallVector and
 * collect the diagnostics as text.  No temporary files, no clang on PATH:
 * the compiler is the libclang-cpp/libLLVM pinned at build time (clang 19).
 *
 * The object comes out with .BTF and .BTF.ext (the BPF backend emits BTF from
 * the DWARF when -g is on), which is what makes CO-RE relocations work.
 *
 * This is the only C++ in dtc; everything it exports is extern "C".
 */
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <unistd.h>

#include <clang/Basic/Diagnostic.h>
#include <clang/Basic/DiagnosticOptions.h>
#include <clang/CodeGen/CodeGenAction.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/CompilerInvocation.h>
#include <clang/Frontend/TextDiagnosticPrinter.h>
#include <clang/Lex/PreprocessorOptions.h>
#include <llvm/ADT/SmallVector.h>
#include <llvm/Support/ErrorHandling.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/SHA256.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Support/thread.h>

/* dtc.h is C11; _Noreturn is not C++. */
#define _Noreturn [[noreturn]]
extern "C" {
#include "dtc.h"
}
#undef _Noreturn

/* Only the BPF target is needed; these are exported by libLLVM. */
extern "C" void LLVMInitializeBPFTargetInfo(void);
extern "C" void LLVMInitializeBPFTarget(void);
extern "C" void LLVMInitializeBPFTargetMC(void);
extern "C" void LLVMInitializeBPFAsmPrinter(void);

#ifndef DTC_CLANG_RESOURCE_DIR
#define DTC_CLANG_RESOURCE_DIR "/usr/lib/llvm-19/lib/clang/19"
#endif
/* Where <bpf/bpf_helpers.h>, <linux/bpf.h> live; asm/ is in the multiarch
 * directory, searched last (as libbpf-tools do with -idirafter). */
#ifndef DTC_SYSTEM_INCLUDE
#define DTC_SYSTEM_INCLUDE "/usr/include"
#endif
#ifndef DTC_MULTIARCH_INCLUDE
#define DTC_MULTIARCH_INCLUDE "/usr/include/x86_64-linux-gnu"
#endif

namespace {

/* Warnings the generated C triggers by design, silenced in both the cc1
 * arguments and the -v command line. */
const char *const quiet_warnings[] = {
	"-Wno-unused-value",
	"-Wno-pointer-sign",
	"-Wno-compare-distinct-pointer-types",
	"-Wno-gnu-variable-sized-type-not-at-end",
	"-Wno-address-of-packed-member",
	"-Wno-tautological-compare",
	"-Wno-unknown-warning-option",
	"-Wno-unused-function",
	"-Wno-unused-variable",
};

const char *resource_dir()
{
	const char *env = getenv("DTC_CLANG_RESOURCE_DIR");
	return env && *env ? env : DTC_CLANG_RESOURCE_DIR;
}

void init_targets()
{
	static std::once_flag once;
	std::call_once(once, [] {
		LLVMInitializeBPFTargetInfo();
		LLVMInitializeBPFTarget();
		LLVMInitializeBPFTargetMC();
		LLVMInitializeBPFAsmPrinter();
	});
}

/*
 * BPF jumps reach 32767 instructions (BPF CPU v1-v3).  A clause larger
 * than that makes LLVM's BPF back end stop with a fatal error ("Branch
 * target out of insn range"), which it cannot return from.  dtc then runs
 * itself again at the next stage of bpf_fit.c: the clause split into
 * functions, then BPF CPU v4, whose `gotol` reaches any instruction (Linux
 * 6.6 or later where the object runs, so dtc says so).
 */
extern "C" {
int bpf_fit_stage(void);
void bpf_fit_retry(void);
}

void fatal_handler(void *, const char *reason, bool)
{
	if (strstr(reason, "out of insn range"))
		bpf_fit_retry(); /* returns when there is no next stage */
	fprintf(stderr, "dtc: error: clang's BPF back end failed: %s\n", reason);
	if (strstr(reason, "out of insn range"))
		fprintf(stderr, "dtc: a clause this large cannot be compiled; split its largest "
				"statement\n");
	_exit(1);
}

char *dup_string(const std::string &s)
{
	char *p = static_cast<char *>(malloc(s.size() + 1));
	if (p) {
		memcpy(p, s.data(), s.size());
		p[s.size()] = '\0';
	}
	return p;
}

/* The equivalent clang driver command, for dtc -v. */
void print_command(const char *include_dir, const char *name)
{
	fprintf(stderr, "clang-19 -target bpf -O2 -g -c -D__BPF_TRACING__ -D__TARGET_ARCH_x86"
			" -Xclang -fexperimental-assignment-tracking=disabled");
	if (include_dir)
		fprintf(stderr, " -I %s -fdebug-prefix-map=%s=dtc-runtime", include_dir,
			include_dir);
	fprintf(stderr, " -idirafter %s", DTC_MULTIARCH_INCLUDE);
	for (const char *w : quiet_warnings)
		fprintf(stderr, " %s", w);
	std::string out = name;
	if (out.size() > 2 && out.compare(out.size() - 2, 2, ".c") == 0)
		out.resize(out.size() - 2);
	fprintf(stderr, " -x c %s -o %s.o  # in-process, resource dir %s\n", name, out.c_str(),
		resource_dir());
}

} // namespace

/*
 * Compile c_text (len bytes, need not be NUL-terminated) as the C file
 * `name` to a BPF ELF object.  On success returns 0, *obj and *obj_len hold the
 * malloc'd object and *errors holds the warnings text (malloc'd) or NULL.
 * On failure returns -1, *obj is NULL and *errors holds the diagnostics.
 */
static int compile(const char *c_text, size_t len, const char *include_dir, const char *name,
		   int verbose, char **obj, size_t *obj_len, char **errors)
{
	*obj = nullptr;
	*obj_len = 0;
	*errors = nullptr;
	if (!name || !*name)
		name = "dtc.c";

	/*
	 * The BPF backend keeps CO-RE state in function-local statics
	 * (BPFAbstractMemberAccess's GEPGlobals map holds GlobalVariables of
	 * the previous module), so a second compile with CO-RE accesses in the
	 * same process crashes in LLVM 19.  dtc compiles once per process.
	 */
	static std::atomic<int> calls;
	if (calls++ > 0) {
		*errors = dup_string("dtc: error: clang_compile() may be called only once per process\n");
		return -1;
	}

	init_targets();
	llvm::install_fatal_error_handler(fatal_handler, nullptr);
	bool v4 = bpf_fit_stage() >= 3;

	std::string rdir = resource_dir();
	std::string rinc = rdir + "/include";
	std::vector<const char *> args = {
		"-triple", "bpf", "-emit-obj",
		/* No -vectorize-loops/-slp as the clang driver adds: BPF has no
		 * vector registers; the objects are identical without them. */
		"-O2",
		"-debug-info-kind=constructor", "-dwarf-version=5", "-debugger-tuning=gdb",
		/* Debug-info assignment tracking (on by default at -O2 since
		 * clang 17) only places variables' DWARF locations, which BTF
		 * does not carry; it is superlinear in a function's stores: 95%
		 * of the 14 s a 576-printf clause took (arithmetic/
		 * tst.cast-add-assoc.d), 2 s without it, the same BPF code. */
		"-fexperimental-assignment-tracking=disabled",
		"-fdebug-compilation-dir=.",
		"-mrelocation-model", "static",
		"-disable-llvm-verifier", "-discard-value-names", "-clear-ast-before-backend",
		"-ferror-limit", "19", "-fgnuc-version=4.2.1",
		/* D nests at most DTC_MAX_NEST levels (parser.y); the C of one
		 * level takes up to 3 brackets, past clang's default of 256 */
		"-fbracket-depth", "4096",
		"-main-file-name", name,
		"-resource-dir", rdir.c_str(),
		"-nostdsysteminc", "-nobuiltininc",
		"-internal-isystem", rinc.c_str(),
		"-internal-externc-isystem", DTC_SYSTEM_INCLUDE,
		"-idirafter", DTC_MULTIARCH_INCLUDE,
		"-D__BPF_TRACING__", "-D__TARGET_ARCH_x86",
	};
	if (v4) {
		args.push_back("-target-cpu");
		args.push_back("v4");
	}
	/* Reproducible objects: the runtime headers' directory (a build tree,
	 * an install prefix) must not reach DWARF's line table and so the
	 * object's bytes; it is written as "dtc-runtime" whatever it is. */
	std::string prefix_map;
	if (include_dir) {
		args.push_back("-I");
		args.push_back(include_dir);
		prefix_map = std::string("-fdebug-prefix-map=") + include_dir + "=dtc-runtime";
		args.push_back(prefix_map.c_str());
	}
	for (const char *w : quiet_warnings)
		args.push_back(w);
	args.push_back("-x");
	args.push_back("c");
	args.push_back(name);

	if (verbose)
		print_command(include_dir, name);
	auto t0 = std::chrono::steady_clock::now();

	std::string diag_text;
	llvm::raw_string_ostream diag_os(diag_text);
	llvm::IntrusiveRefCntPtr<clang::DiagnosticOptions> diag_opts =
		new clang::DiagnosticOptions();
	diag_opts->ShowColors = false;
	auto *printer = new clang::TextDiagnosticPrinter(diag_os, diag_opts.get());

	clang::CompilerInstance ci;
	ci.createDiagnostics(printer, /*ShouldOwnClient=*/true);
	ci.setVerboseOutputStream(llvm::nulls()); /* "N errors generated." */

	auto inv = std::make_shared<clang::CompilerInvocation>();
	bool ok = clang::CompilerInvocation::CreateFromArgs(*inv, args, ci.getDiagnostics());
	if (ok) {
		/* The buffer is owned (and freed) by the preprocessor options. */
		auto buf = llvm::MemoryBuffer::getMemBufferCopy(llvm::StringRef(c_text, len), name);
		inv->getPreprocessorOpts().addRemappedFile(name, buf.release());
		ci.setInvocation(std::move(inv));

		llvm::SmallVector<char, 0> out;
		ci.setOutputStream(std::make_unique<llvm::raw_svector_ostream>(out));
		clang::EmitObjAction action;
		ok = ci.ExecuteAction(action) && !ci.getDiagnostics().hasErrorOccurred();
		if (ok && out.empty()) {
			diag_os << name << ": error: clang produced an empty object\n";
			ok = false;
		}
		if (ok) {
			*obj = static_cast<char *>(malloc(out.size()));
			if (!*obj) {
				diag_os << name << ": error: out of memory\n";
				ok = false;
			} else {
				memcpy(*obj, out.data(), out.size());
				*obj_len = out.size();
			}
		}
	}
	diag_os.flush();
	if (verbose) {
		std::chrono::duration<double, std::milli> ms = std::chrono::steady_clock::now() - t0;
		fprintf(stderr, "dtc: clang: %s, %zu bytes of object in %.1f ms\n",
			ok ? "compiled" : "failed", *obj_len, ms.count());
	}
	if (!ok && diag_text.empty())
		diag_text = std::string(name) + ": error: clang failed\n";
	if (ok && v4)
		fprintf(stderr, "dtc: warning: a clause is larger than BPF's 16-bit jumps reach: "
				"compiled for BPF CPU v4 (long jumps), which needs Linux 6.6 or later\n");
	if (!diag_text.empty())
		*errors = dup_string(diag_text);
	return ok ? 0 : -1;
}

/*
 * clang's parser, Sema and code generation recurse once per nesting level
 * of the C, some 15-25 KB of stack a level: the 8 MB main stack ran out
 * between 300 and 600 nested D operators.  The compile runs on a thread
 * with 256 MB of stack (reserved, touched only as deep as it goes), which
 * holds the DTC_MAX_NEST levels parser.y allows with room to spare.
 */
extern "C" int clang_compile(const char *c_text, size_t len, const char *include_dir,
			     const char *name, int verbose, char **obj, size_t *obj_len,
			     char **errors)
{
	int rc = -1;
	llvm::thread th(std::optional<unsigned>(256u << 20), [&] {
		rc = compile(c_text, len, include_dir, name, verbose, obj, obj_len, errors);
	});
	th.join();
	return rc;
}

/* SHA-256 of n bytes as 64 lowercase hex digits and a NUL (LLVM's, so dtc
 * carries no hash code of its own): the object's "source sha256" line. */
extern "C" void dtc_sha256_hex(const void *p, size_t n, char out[65])
{
	static const char hex[] = "0123456789abcdef";
	auto h = llvm::SHA256::hash(llvm::ArrayRef<uint8_t>(static_cast<const uint8_t *>(p), n));

	for (size_t i = 0; i < h.size(); i++) {
		out[2 * i] = hex[h[i] >> 4];
		out[2 * i + 1] = hex[h[i] & 15];
	}
	out[64] = 0;
}
