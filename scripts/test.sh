#!/usr/bin/env bash
# test.sh: build and run every test; the last line is "N passed, N failed".
#
#   1. scripts/setup.sh (packages, tracefs, build/)
#   2. lit over test/lit with build/ (runtime tests need root + BPF)
#   3. an ASan+UBSan build in build-asan/, lit over the compile-only tests
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

step "setup + build ($build/)"
if ! bash scripts/setup.sh; then
	echo "test: build failed" >&2
	echo "$passed passed, $((failed + 1)) failed"
	exit 1
fi

step "lit ($build/)"
run_lit "$results/main.json" "$build/test/lit"
count "$results/main.json"

if [[ ${NO_ASAN:-} != 1 ]]; then
	step "ASan+UBSan build ($asan/), compile-only tests"
	if cmake -S . -B "$asan" -DCMAKE_BUILD_TYPE=Debug -DDTC_SANITIZE=address,undefined \
		"${werror[@]}" >/dev/null && cmake --build "$asan" -j"$jobs"; then
		run_lit "$results/asan.json" -Dcompile_only=1 "$asan/test/lit"
		count "$results/asan.json"
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
