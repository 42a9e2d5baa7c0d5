#!/usr/bin/env bash
# bench/run.sh: startup and attach costs of dtc/dtrun, medians of N runs.
#
#   (a) dtrun BEGIN { exit(0); }                  launch to exit
#   (b) dtrun syscall:::entry {} tick-1ms { exit(0); }  attach + detach
#       (wall time minus the 1 ms tick)
#   (c) dtc on a one-line script                  process start + compile
#   (d) static dtrun: stripped size, peak RSS running (a)
#
#   N=20 (runs per measurement)   BUILD_DIR=build   STATIC_DIR=build-static
# (a), (b) and (d)'s RSS need root; they are skipped otherwise.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
n=${N:-20}
build=${BUILD_DIR:-build}
static=${STATIC_DIR:-build-static}
dtc=$build/dtc
dtrun=$build/dtrun
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[[ -x $dtc ]] || { echo "bench: $dtc not built (bash scripts/setup.sh)" >&2; exit 1; }
if [[ ! -x $static/dtrun ]]; then
	cmake -S . -B "$static" -DCMAKE_BUILD_TYPE=MinSizeRel -DDTRUN_STATIC=ON >/dev/null &&
		cmake --build "$static" --target dtrun -j"$(nproc)" >/dev/null || true
fi

# median_ms N CMD...: run CMD N times (output discarded), print the median
# wall time in ms, or "fail" if any run failed.
median_ms() {
	python3 - "$@" <<'PY'
import statistics, subprocess, sys, time
n, cmd = int(sys.argv[1]), sys.argv[2:]
times = []
for _ in range(n):
    t0 = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t1 = time.perf_counter()
    if r.returncode != 0:
        print("fail")
        sys.exit(0)
    times.append((t1 - t0) * 1e3)
print("%.1f" % statistics.median(times))
PY
}

peak_rss_kb() {
	if [[ -x /usr/bin/time ]]; then
		/usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1
	else
		python3 -c 'import resource,subprocess,sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$@"
	fi
}

echo 'BEGIN { exit(0); }' >"$work/begin.d"
printf 'syscall:::entry { }\ntick-1ms { exit(0); }\n' >"$work/attach.d"
echo 'BEGIN { printf("%d\n", pid); exit(0); }' >"$work/oneline.d"

rows=()
row() { rows+=("$(printf '%-44s %12s' "$1" "$2")"); }

compile() { "$dtc" "$1" -o "$2" 2>"$work/dtc.err" || { sed 's/^/  dtc: /' "$work/dtc.err" | head -3 >&2; return 1; }; }

c=$(median_ms "$n" "$dtc" "$work/oneline.d" -o "$work/oneline.o")
row "(c) dtc one-line script, ms" "$c"
row "    dtc peak RSS, KB" "$(peak_rss_kb "$dtc" "$work/oneline.d" -o "$work/oneline.o")"

is_root=0
[[ $(id -u) -eq 0 ]] && is_root=1
if compile "$work/begin.d" "$work/begin.o" && ((is_root)); then
	row "(a) dtrun BEGIN{exit(0)}, ms" "$(median_ms "$n" "$dtrun" "$work/begin.o")"
	if [[ -x $static/dtrun ]]; then
		row "    static dtrun BEGIN{exit(0)}, ms" "$(median_ms "$n" "$static/dtrun" "$work/begin.o")"
		row "(d) static dtrun peak RSS, KB" "$(peak_rss_kb "$static/dtrun" "$work/begin.o")"
	fi
	row "    dtrun peak RSS, KB" "$(peak_rss_kb "$dtrun" "$work/begin.o")"
else
	row "(a) dtrun BEGIN{exit(0)}, ms" "skipped"
fi
if compile "$work/attach.d" "$work/attach.o" && ((is_root)); then
	b=$(median_ms "$n" "$dtrun" "$work/attach.o")
	[[ $b != fail ]] && b=$(python3 -c "print('%.1f' % ($b - 1.0))")
	row "(b) dtrun attach syscall:::entry, ms" "$b"
else
	row "(b) dtrun attach syscall:::entry, ms" "skipped"
fi
if [[ -x $static/dtrun ]]; then
	strip -o "$work/dtrun.stripped" "$static/dtrun"
	row "(d) static dtrun size stripped, bytes" "$(stat -c %s "$work/dtrun.stripped")"
fi
if [[ -x $dtrun ]]; then
	strip -o "$work/dtrun.dyn" "$dtrun"
	row "    dynamic dtrun size stripped, bytes" "$(stat -c %s "$work/dtrun.dyn")"
fi

printf '%-44s %12s\n' "measurement (median of $n)" "value"
printf '%s\n' "${rows[@]}"
