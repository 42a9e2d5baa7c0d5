/*
 * polly_stub.cpp: linked only when dtc links clang/LLVM statically.
 *
 * Debian builds clang's CodeGen with Polly linked into its tools, so
 * BackendUtil.cpp calls getPollyPluginInfo(); Polly itself is not shipped as
 * a static archive.  dtc never runs Polly's loop optimizer on BPF code:
 * this plugin registers nothing.
 */
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Passes/PassPlugin.h>

llvm::PassPluginLibraryInfo getPollyPluginInfo()
{
	return { LLVM_PLUGIN_API_VERSION, "Polly", "none", [](llvm::PassBuilder &) {} };
}
