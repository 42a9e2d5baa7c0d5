#!/bin/sh
# gen-dlib-consts.sh: write dlib/errno.d and dlib/signal.d, D inline
# constants for the errno and signal names, from this system's C headers
# (the Linux values; the D library must not copy another project's lists).
# Usage: scripts/gen-dlib-consts.sh [dlib-dir]
set -eu
out=${1:-$(cd "$(dirname "$0")/.." && pwd)/dlib}
cc=${CC:-cc}

gen() { # header regex file title
	{
		printf '/*\n * %s: %s, generated from <%s> by\n' "$4" "$5" "$1"
		printf ' * scripts/gen-dlib-consts.sh; do not edit.\n */\n\n'
		printf '#include <%s>\n' "$1" | $cc -E -dM -x c - |
			awk -v re="$2" '$1 == "#define" && $2 ~ re && NF == 3 { v[$2] = $3; n[++k] = $2 }
			    END { for (i = 1; i <= k; i++) { x = v[n[i]]; while (x in v) x = v[x];
				  if (x ~ /^[0-9]+$/) print n[i], x } }' |
			sort -k2,2n -k1,1 |
			while read -r name val; do
				printf 'inline int %s = %s;\n' "$name" "$val"
			done
	} > "$out/$3"
}
gen errno.h '^E[A-Z0-9]+$' errno.d errno.d 'errno names for errno and arg0 of syscall returns'
gen signal.h '^SIG[A-Z0-9]+$' signal.d signal.d 'signal numbers'
