#!/usr/bin/env bash
# lifecycle.sh DTRUN OBJ SIG OUT [TARGET]: runs `DTRUN -q -o OUT OBJ` (with
# `-c "TARGET 600 x"` when TARGET is given) until it has started tracing,
# sends it SIG, waits for it, and prints one line of what it left behind:
#
#   SIG: status=N begin=1 probe=1 end=0|1 progs=0 maps=0 links=0 uprobes=0 child=gone
#
# What it left is found by its own pid, never by machine-wide counts (other
# tests load BPF at the same time): the BPF programs, maps and links its
# descriptors held (/proc/PID/fdinfo) must no longer exist once it is gone
# (the kernel frees them shortly after the last reference: polled for up to
# 10 s), no legacy uprobe event of libbpf's named after its pid may remain,
# and the -c process must be dead.
set -u
# dtrun keeps ignoring what its parent ignored (as dtrace does), and a
# background job's SIGINT may be: it starts with the default dispositions
sigdfl=(python3 -c 'import os, signal, sys
for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGPIPE):
    signal.signal(s, signal.SIG_DFL)
os.execv(sys.argv[1], sys.argv[1:])')
dtrun=$1 obj=$2 sig=$3 out=$4 target=${5:-}
rm -f "$out"
if [[ -n $target ]]; then
	"${sigdfl[@]}" "$dtrun" -q -o "$out" -c "$target 600 x" "$obj" 2>"$out.err" &
else
	"${sigdfl[@]}" "$dtrun" -q -o "$out" "$obj" 2>"$out.err" &
fi
pid=$!

# tracing has started once a probe's output is there (BEGIN ran before)
for ((i = 0; i < 300; i++)); do
	grep -q '^probe' "$out" 2>/dev/null && break
	sleep 0.1
done
ids() { # kind: prog map link
	cat /proc/"$pid"/fdinfo/* 2>/dev/null | awk -v k="$1_id:" '$1 == k { print $2 }' | sort -u
}
progs=$(ids prog) maps=$(ids map) links=$(ids link)
child=$(cat /proc/"$pid"/task/*/children 2>/dev/null | tr ' ' '\n' | grep . | head -1)

kill -"$sig" "$pid"
wait "$pid"
status=$?

left() { # kind ids...: how many of the ids still exist
	local kind=$1 n=0 id
	shift
	for id in "$@"; do
		bpftool "$kind" show id "$id" >/dev/null 2>&1 && n=$((n + 1))
	done
	echo "$n"
}
for ((i = 0; i < 100; i++)); do
	np=$(left prog $progs) nm=$(left map $maps) nl=$(left link $links)
	((np + nm + nl == 0)) && break
	sleep 0.1
done
nu=0
for f in /sys/kernel/tracing/uprobe_events /sys/kernel/debug/tracing/uprobe_events; do
	[[ -r $f ]] && nu=$((nu + $(grep -c "libbpf_${pid}_" "$f")))
done
cstate=gone
if [[ -n $child ]]; then
	for ((i = 0; i < 50; i++)); do
		st=$(awk '{ print $3 }' /proc/"$child"/stat 2>/dev/null)
		[[ -z $st || $st == Z || $st == X ]] && break
		sleep 0.1
	done
	[[ -n $st && $st != Z && $st != X ]] && cstate="alive($st)"
fi
grep -q '^begin' "$out" && b=1 || b=0
grep -q '^probe' "$out" && p=1 || p=0
grep -q '^end' "$out" && e=1 || e=0
echo "$sig: status=$status begin=$b probe=$p end=$e progs=$np maps=$nm links=$nl" \
	"uprobes=$nu child=$cstate found=$([[ -n $progs && -n $maps ]] && echo 1 || echo 0)"
