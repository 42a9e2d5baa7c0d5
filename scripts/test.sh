#!/usr/bin/env bash
# test.sh: build and run every test; the last line is "N passed, N failed".
#
#   1. scripts/setup.sh (packages, tracefs, build/)
#   2. lit over test/lit with build/ (runtime tests need root + BPF), then
#      scripts/layers.py: dtc's and dtrun's calls go down their layers, and
#      the runtime headers include each other in one direction
#   3. an ASan+UBSan build in build-asan/, lit over the compile-only tests;
#      then, as root with BPF, dtrun of that build (LeakSanitizer on) over a
#      representative set of the runtime tests: any sanitizer report, a
#      leak at exit included, fails the step
#   4. build/'s dtrun is fully static (the default), at most 2 MB stripped;
#      the dynamic dtrun (-DDTRUN_STATIC=OFF) builds in build-dynamic/
#   5. the Debian package installed into a fresh Debian 12 root
#      (scripts/deb-root-test.sh; debootstrap, cached after the first run)
#   6. the libFuzzer targets (test/fuzz) in build-fuzz/, each run for
#      FUZZ_SECONDS (default 60) from its seeds, plus the regression inputs
#      in test/fuzz/regress/ once each; a crash, leak, sanitizer report or
#      an input over 10 s fails the target
#
# lit's Passed and Expectedly Failed count as passed; Failed, Unexpectedly
# Passed, Unresolved and Timed Out as failed; Unsupported is not counted.
#   LIT_ARGS   extra lit arguments (e.g. "--filter driver")
#   NO_ASAN=1 / NO_STATIC=1 / NO_DEBROOT=1 / NO_FUZZ=1   skip steps 3 / 4 / 5 / 6
#   BUILD_DIR, ASAN_DIR, DYNAMIC_DIR, FUZZ_DIR   build trees (build, build-asan,
#                                                build-dynamic, build-fuzz)
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
build=${BUILD_DIR:-build}
asan=${ASAN_DIR:-build-asan}
dynamic=${DYNAMIC_DIR:-build-dynamic}
fuzz=${FUZZ_DIR:-build-fuzz}
export BUILD_DIR=$build
lit=(python3 /usr/lib/llvm-19/build/utils/lit/lit.py)
jobs=$(nproc)
werror=()
[[ ${CI:-} == true ]] && werror=(-DDTC_WERROR=ON)
passed=0
failed=0
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

step() { printf '\n=== %s\n' "$*"; }

# Add lit's JSON results (-o) to the totals.
count() {
	local json=$1 p f
	if [[ ! -s $json ]]; then
		echo "test: no lit results in $json" >&2
		failed=$((failed + 1))
		return
	fi
	read -r p f < <(python3 - "$json" <<'PY'
import json, sys
ok = {"PASS", "FLAKYPASS", "XFAIL"}
bad = {"FAIL", "XPASS", "UNRESOLVED", "TIMEOUT"}
tests = json.load(open(sys.argv[1])).get("tests", [])
print(sum(t["code"] in ok for t in tests), sum(t["code"] in bad for t in tests))
PY
	)
	passed=$((passed + p))
	failed=$((failed + f))
	echo "lit: $p passed, $f failed"
}

run_lit() {
	local out=$1
	shift
	# shellcheck disable=SC2086
	"${lit[@]}" -sv -j"$jobs" -o "$out" ${LIT_ARGS:-} "$@"
	return 0
}

# dtrun and dtc of the sanitizer build over runtime tests that cover each
# part of the loader (the pipeline, -c/-p, one step, aggregations, printing,
# stacks, speculations, actions, errors, output drivers), with leak checking:
# every report goes to a file, and any file fails the step.  Needs root with
# BPF (lit's "root" feature); skipped, not counted, elsewhere.  Left out:
# tests that run dtrun under strace (LeakSanitizer cannot run under ptrace;
# rb-wakeups.test also times a million records), and service.test, whose
# first scrape races the first tick-50ms, which the sanitizer build often
# loses.
asan_rt_skip="out/service\.test$(grep -rlE '^(RUN:|# RUN:| \* RUN:).*strace ' test/lit |
	sed 's|^test/lit/|\||' | tr -d '\n')"
asan_rt_tests='dtrun/|out/|runtime/(agg-printa|agg-quantize|agg-keyless|agg-sortopts|aggrate|begin-exit|begin-system-traced|end-on-signal|lifecycle|lifecycle-pid|one-step|macro-args|error-probe|divzero|speculation|print|stack|ustack|flowindent|freopen|system-raise|syscall-entry|syscall-return|tick-profile|printf-fast|setopt|tracemem|float-trace|trace-struct)\.(d|test)$'
asan_runtime() {
	local logs=$results/asan-logs n
	if [[ $(id -u) != 0 ]]; then
		echo "test: not root: the leak-checked runtime tests are skipped"
		return
	fi
	step "ASan+UBSan+LSan dtrun ($asan/), runtime tests"
	mkdir -p "$logs"
	ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:log_path=$logs/asan" \
		UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$logs/ubsan" \
		"${lit[@]}" -sv -j"$jobs" -o "$results/asan-rt.json" --filter "$asan_rt_tests" \
		--filter-out "$asan_rt_skip" \
		"$asan/test/lit"
	count "$results/asan-rt.json"
	n=$(find "$logs" -type f | wc -l)
	if ((n > 0)); then
		echo "FAIL: $n sanitizer report(s) from the runtime tests:"
		find "$logs" -type f -exec cat {} +
		failed=$((failed + 1))
	else
		echo "PASS: no sanitizer report from the runtime tests"
		passed=$((passed + 1))
	fi
}

step "setup + build ($build/)"
if ! bash scripts/setup.sh; then
	echo "test: build failed" >&2
	echo "$passed passed, $((failed + 1)) failed"
	exit 1
fi

step "lit ($build/)"
run_lit "$results/main.json" "$build/test/lit"
count "$results/main.json"

# Calls go down the declared layers (scripts/layers.py, nm over $build's
# objects), for dtc and dtrun, and no runtime headers include each other.
step "layers (dtc, dtrun, runtime headers)"
if python3 scripts/layers.py "$build"; then
	passed=$((passed + 1))
else
	echo "FAIL: a call up the layers (scripts/layers.py)"
	failed=$((failed + 1))
fi

if [[ ${NO_ASAN:-} != 1 ]]; then
	step "ASan+UBSan build ($asan/), compile-only tests"
	if cmake -S . -B "$asan" -DCMAKE_BUILD_TYPE=Debug -DDTC_SANITIZE=address,undefined \
		"${werror[@]}" >/dev/null && cmake --build "$asan" -j"$jobs"; then
		run_lit "$results/asan.json" -Dcompile_only=1 "$asan/test/lit"
		count "$results/asan.json"
		asan_runtime
	else
		echo "test: sanitizer build failed" >&2
		failed=$((failed + 1))
	fi
fi

if [[ ${NO_STATIC:-} != 1 ]]; then
	# dtrun is static by default (build/, unless configured with
	# -DDTRUN_STATIC=OFF); the dynamic build stays an option (build-dynamic/).
	step "static dtrun ($build/), <= 2 MB stripped; dynamic dtrun ($dynamic/)"
	strip -o "$build"/dtrun.stripped "$build"/dtrun
	size=$(stat -c %s "$build"/dtrun.stripped)
	# Static: no program interpreter, no NEEDED libraries.
	dyn=$(LC_ALL=C readelf -ld "$build"/dtrun 2>&1 | grep -E "INTERP|NEEDED" || true)
	if [[ -z $dyn ]] && ((size <= 2 * 1024 * 1024)); then
		echo "PASS: static dtrun, $size bytes stripped"
		passed=$((passed + 1))
	else
		echo "FAIL: static dtrun, $size bytes stripped${dyn:+, dynamic: $dyn}"
		failed=$((failed + 1))
	fi
	if cmake -S . -B "$dynamic" -DCMAKE_BUILD_TYPE=Release -DDTRUN_STATIC=OFF \
		"${werror[@]}" >/dev/null && cmake --build "$dynamic" -j"$jobs" --target dtrun &&
		LC_ALL=C readelf -d "$dynamic"/dtrun | grep -q "NEEDED.*libbpf" &&
		"$dynamic"/dtrun --version >/dev/null; then
		echo "PASS: dynamic dtrun (-DDTRUN_STATIC=OFF)"
		passed=$((passed + 1))
	else
		echo "FAIL: dynamic dtrun (-DDTRUN_STATIC=OFF) did not build or run"
		failed=$((failed + 1))
	fi
fi

if [[ ${NO_DEBROOT:-} != 1 ]]; then
	# the .deb installed with apt into a fresh debootstrap'd Debian 12 root
	# (cached in /var/cache/dtc-debroot after the first run): dtrun runs
	# objects compiled here, dtc compiles there (scripts/deb-root-test.sh)
	step "Debian package in a fresh Debian 12 root"
	bash scripts/deb-root-test.sh
	case $? in
	0) passed=$((passed + 1)) ;;
	77) echo "(not counted: the test could not run here, as said above)" ;;
	*) failed=$((failed + 1)) ;;
	esac
fi

if [[ ${NO_FUZZ:-} != 1 ]]; then
	step "libFuzzer targets ($fuzz/), ${FUZZ_SECONDS:-60} s each"
	if CC=clang-19 CXX=clang++-19 cmake -S . -B "$fuzz" -DCMAKE_BUILD_TYPE=Debug -DDTC_FUZZ=ON \
		"${werror[@]}" >/dev/null &&
		cmake --build "$fuzz" -j"$jobs" --target fuzz_frontend fuzz_object; then
		for t in frontend object; do
			if bash test/fuzz/run.sh "$fuzz" "$t" "${FUZZ_SECONDS:-60}"; then
				echo "PASS: fuzz_$t"
				passed=$((passed + 1))
			else
				echo "FAIL: fuzz_$t"
				failed=$((failed + 1))
			fi
		done
	else
		echo "FAIL: the fuzz targets did not build"
		failed=$((failed + 1))
	fi
fi

echo
echo "$passed passed, $failed failed"
((failed == 0))
