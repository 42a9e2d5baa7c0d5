#!/usr/bin/env bash
# deb-root-test.sh: the Debian package installs and runs on a fresh Debian 12
# root (issue 16).  Builds the package with CPack from BUILD_DIR, unpacks a
# fresh `debootstrap --variant=minbase bookworm` root, installs the package
# there with apt (which fetches its Depends from the mirror), then runs, in
# that root: dtrun on an object compiled on this host (BEGIN, and a syscall
# probe with CO-RE relocations against the running kernel's BTF), and dtc
# on a script, whose object dtrun runs.  Prints PASS/FAIL lines; exits 0
# when all pass, 1 when one fails, 77 when it cannot run (not root, or no
# cached root and no mirror: the fallback is to skip, saying why).
#
# The minbase root (about 3.5 minutes of debootstrap here) and apt's
# downloads are cached in DEBROOT_CACHE, so later runs take seconds; each run
# starts from the cached tarball, never from a root a previous run changed.
#   BUILD_DIR       build tree (default: build)
#   DEBROOT_CACHE   cache directory (default: /var/cache/dtc-debroot)
#   DEBIAN_MIRROR   mirror (default: http://deb.debian.org/debian)
#   DEBIAN_SECURITY_MIRROR  (default: http://deb.debian.org/debian-security)
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${BUILD_DIR:-$root/build}" && pwd)
cache=${DEBROOT_CACHE:-/var/cache/dtc-debroot}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
failed=0

skip() {
	echo "SKIP: deb-root-test: $*"
	exit 77
}
pass() { echo "PASS: deb-root-test: $*"; }
fail() {
	echo "FAIL: deb-root-test: $*"
	failed=1
}

[[ $(id -u) -eq 0 ]] || skip "needs root (debootstrap, chroot)"
command -v debootstrap >/dev/null || skip "debootstrap is not installed (scripts/setup.sh installs it)"
[[ -x $build/dtc && -x $build/dtrun ]] || skip "no dtc/dtrun in $build"

work=$(mktemp -d /tmp/dtc-debroot.XXXXXX)
fresh=$work/root
cleanup() {
	for m in "$fresh/var/cache/apt/archives" "$fresh/sys/kernel/tracing" "$fresh/sys" \
		"$fresh/proc" "$fresh/dev"; do
		mountpoint -q "$m" 2>/dev/null && umount -l "$m"
	done
	rm -rf "$work"
}
trap cleanup EXIT

# The cached minbase root: made once, from the mirror.
mkdir -p "$cache/archives"
tarball=$cache/bookworm-minbase.tar.gz
if [[ ! -s $tarball ]]; then
	echo "deb-root-test: debootstrap --variant=minbase bookworm (once; cached in $cache)"
	if ! debootstrap --variant=minbase bookworm "$work/seed" "$mirror" >"$work/debootstrap.log" 2>&1; then
		tail -3 "$work/debootstrap.log"
		skip "no cached root in $cache and debootstrap from $mirror failed (no network?)"
	fi
	tar -C "$work/seed" -czf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
	rm -rf "$work/seed"
fi
mkdir -p "$fresh"
tar -C "$fresh" -xzf "$tarball" || { fail "cannot unpack $tarball"; exit 1; }

# The package, built here.
if ! (cd "$build" && cpack -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1); then
	tail -5 "$work/cpack.log"
	fail "cpack -G DEB failed"
	exit 1
fi
deb=$(ls "$work"/pkg/dtc_*.deb | head -1)
cp "$deb" "$fresh/tmp/dtc.deb"

# Installed as a user would: apt resolves the package's Depends.
mount --bind "$cache/archives" "$fresh/var/cache/apt/archives"
cp /etc/resolv.conf "$fresh/etc/resolv.conf" 2>/dev/null
# as a Debian 12 installation has them: the release, its updates, security
printf 'deb %s bookworm main\ndeb %s bookworm-updates main\ndeb %s bookworm-security main\n' \
	"$mirror" "$mirror" "${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}" \
	>"$fresh/etc/apt/sources.list"
if chroot "$fresh" apt-get update -qq >"$work/apt.log" 2>&1 &&
	DEBIAN_FRONTEND=noninteractive chroot "$fresh" apt-get install -y -qq \
		--no-install-recommends /tmp/dtc.deb >>"$work/apt.log" 2>&1; then
	pass "apt-get install $(basename "$deb") in a fresh bookworm minbase root"
else
	tail -5 "$work/apt.log"
	fail "apt-get install of the package failed"
	exit 1
fi

# The running kernel's BTF, /proc and tracefs, as on the host.
mount -t proc proc "$fresh/proc"
mount --rbind /sys "$fresh/sys"
mount --bind /dev "$fresh/dev"

info=$(file -b "$fresh/usr/bin/dtrun" 2>/dev/null || true)
size=$(stat -c %s "$fresh/usr/bin/dtrun")
if [[ $info == *"statically linked"* || -z $info ]] &&
	! LC_ALL=C readelf -l "$fresh/usr/bin/dtrun" | grep -q INTERP && ((size <= 2 * 1024 * 1024)); then
	pass "the installed dtrun is static, $size bytes"
else
	fail "the installed dtrun: $info, $size bytes"
fi

# dtrun from the package, objects compiled on this host.
"$build/dtc" -o "$fresh/tmp/begin.bpf.o" \
	-n 'BEGIN { printf("hello from the package, pid>0: %d\n", pid > 0); exit(0); }'
"$build/dtc" -o "$fresh/tmp/sys.bpf.o" \
	-n 'syscall::getppid:entry /pid == $target/ { @[execname] = count(); }' \
	-n 'syscall::getppid:return /pid == $target/ { exit(0); }'
out=$(chroot "$fresh" /usr/bin/dtrun -q /tmp/begin.bpf.o 2>&1)
if [[ $out == "hello from the package, pid>0: 1" ]]; then
	pass "dtrun runs a BEGIN object compiled on the build host"
else
	fail "dtrun on begin.bpf.o said: $out"
fi
out=$(chroot "$fresh" /usr/bin/dtrun -q /tmp/sys.bpf.o -c 'perl -e getppid' 2>&1)
if [[ $out == *perl* ]]; then
	pass "dtrun runs a syscall object with CO-RE relocations (-c): $(echo $out)"
else
	fail "dtrun on sys.bpf.o said: $out"
fi

# dtc from the package compiles in that root too.
out=$(chroot "$fresh" /bin/sh -c 'cd /tmp && dtc -n "BEGIN { printf(\"%s\n\", \"compiled in the root\"); exit(0); }" -o c.bpf.o && dtrun -q c.bpf.o' 2>&1)
if [[ $out == "compiled in the root" ]]; then
	pass "the installed dtc compiles an object the installed dtrun runs"
else
	fail "dtc in the root said: $out"
fi

exit $failed
