#!/bin/sh
# status.sh N CMD...: run CMD; succeed only when it exits with status N.
want=$1
shift
"$@"
got=$?
[ "$got" -eq "$want" ] && exit 0
echo "status.sh: expected exit status $want, got $got: $*" >&2
exit 1
