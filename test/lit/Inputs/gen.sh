#!/bin/sh
# gen.sh: regenerate the pinned test BTF files from their sources: min.btf
# from min_btf.c, net.btf from net_btf.c.
#   clang-19 -g -target bpf -c X_btf.c; llvm-objcopy-19 --dump-section .BTF
# Needs clang-19 and llvm-19 (llvm-objcopy-19); run from anywhere.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for name in min net; do
	clang-19 -g -O2 -target bpf -c "$here/${name}_btf.c" -o "$tmp/$name.o"
	llvm-objcopy-19 --dump-section .BTF="$tmp/$name.btf" "$tmp/$name.o"
	mv "$tmp/$name.btf" "$here/$name.btf"
	if command -v bpftool >/dev/null 2>&1; then
		bpftool btf dump file "$here/$name.btf" format raw | grep -c '^\[' |
			sed "s/^/$name.btf: /; s/\$/ types/"
	fi
done
