#!/usr/bin/env bash
# run.sh FUZZ_BUILD TARGET SECONDS [libFuzzer options...]: runs fuzz_TARGET
# (frontend or object) of FUZZ_BUILD: first every input of
# test/fuzz/regress/TARGET/ once (each a crash once found, now fixed), then
# SECONDS of fuzzing from the seeds.  Exit status 0 when nothing failed.
#
# Seeds: frontend, the D scripts of test/lit and examples; object, objects
# dtc (BUILD_DIR, default build/) compiles from examples and test/lit.
# CORPUS=DIR keeps the corpus between runs (default: a temporary one).
# Crash, leak and timeout inputs are written to ARTIFACTS (default: the
# current directory).  A developer's campaign (test/fuzz/README.md):
#   nice -n 19 bash test/fuzz/run.sh build-fuzz frontend 3600
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
fuzz=$1 target=$2 secs=$3
shift 3
bin=$fuzz/fuzz_$target
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpus=${CORPUS:-$work/corpus}
artifacts=${ARTIFACTS:-$PWD}
mkdir -p "$corpus" "$work/seeds"
opts=(-timeout=10 -rss_limit_mb=2048 -artifact_prefix="$artifacts/fuzz_$target-")

case $target in
frontend)
	opts+=(-max_len=65536)
	find "$root/test/lit" "$root/examples" -name '*.d' -exec cp {} "$work/seeds/" \;
	;;
object)
	opts+=(-max_len=1048576)
	dtc=$root/${BUILD_DIR:-build}/dtc
	n=0
	for f in "$root"/examples/*.d "$root"/test/lit/runtime/*.d "$root"/test/lit/emit/*.d; do
		timeout 30 "$dtc" --btf "$root/test/lit/Inputs/min.btf" -o "$work/seeds/$n.o" "$f" \
			>/dev/null 2>&1 && n=$((n + 1))
		((n >= 40)) && break
	done
	echo "run.sh: $n seed objects"
	;;
*)
	echo "run.sh: unknown target $target" >&2
	exit 2
	;;
esac

regress=("$root/test/fuzz/regress/$target"/*)
if [[ -e ${regress[0]} ]]; then
	echo "run.sh: ${#regress[@]} regression inputs"
	"$bin" "${opts[@]}" "${regress[@]}" || exit 1
fi
"$bin" "${opts[@]}" -max_total_time="$secs" -print_final_stats=1 "$@" "$corpus" "$work/seeds"
