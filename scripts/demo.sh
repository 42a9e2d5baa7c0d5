#!/usr/bin/env bash
# demo.sh: set up, build, then compile and run two examples:
#   hello.d     BEGIN { printf("hello, world\n"); exit(0); }
#   syscount.d  system calls by process name over one second
# Running BPF needs root.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bash scripts/setup.sh

run() {
	echo "\$ $*" >&2
	"$@"
}

run build/dtc examples/hello.d -o build/hello.bpf.o
run build/dtrun build/hello.bpf.o

# Something to count while syscount.d runs.
(for _ in 1 2 3 4 5; do ls / >/dev/null; sleep 0.1; done) &
run build/dtc examples/syscount.d -o build/syscount.bpf.o
run build/dtrun build/syscount.bpf.o
wait
