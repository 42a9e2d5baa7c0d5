#!/bin/sh
# gen.sh: regenerate min.btf (the pinned test BTF) from min_btf.c.
#   clang-19 -g -target bpf -c min_btf.c; llvm-objcopy-19 --dump-section .BTF
# Needs clang-19 and llvm-19 (llvm-objcopy-19); run from anywhere.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
clang-19 -g -O2 -target bpf -c "$here/min_btf.c" -o "$tmp/min_btf.o"
llvm-objcopy-19 --dump-section .BTF="$tmp/min.btf" "$tmp/min_btf.o"
mv "$tmp/min.btf" "$here/min.btf"
if command -v bpftool >/dev/null 2>&1; then
	bpftool btf dump file "$here/min.btf" format raw | grep -c '^\[' |
		sed 's/^/min.btf: /; s/$/ types/'
fi
