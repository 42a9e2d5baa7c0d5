#!/usr/bin/env bash
# setup.sh: make this machine ready to build and run dtc/dtrun, then build.
# Idempotent: installs only missing Debian packages (apt-get update only when
# something is missing), mounts tracefs if needed, configures and builds.
#
#   BUILD_DIR   build directory (default: build)
#   BUILD_TYPE  CMake build type (default: Release)
#   CI=true     adds -DDTC_WERROR=ON
#   SETUP_NO_BUILD=1   packages and tracefs only
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
build_type=${BUILD_TYPE:-Release}

# Debian 12 (bookworm) packages: toolchain, clang/LLVM 19 as libraries and
# tools (FileCheck-19, not-19, lit), libbpf/libelf/zlib (static archives
# included), flex/bison, bpftool, USDT headers; gawk for the DTrace
# conformance corpus's result post-processors (../shared/conformance);
# strace for dtrun/rb-wakeups.test and driver/large-script.d
# (test/lit/driver/setup-tools.test checks that every program the tests run
# comes from this list or a base package);
# libmicrohttpd (static archive included) for dtrun --metrics, the
# prometheus server that out/metrics-prometheus.d runs against it, and
# systemd's systemd-analyze for out/service.test (examples/dtrun@.service);
# libclang-rt-19-dev for the libFuzzer targets (test/fuzz); debootstrap
# for scripts/deb-root-test.sh (the .deb in a fresh Debian 12 root).
pkgs=(
	build-essential cmake pkg-config python3 time
	clang-19 llvm-19 llvm-19-tools llvm-19-dev libclang-cpp19-dev libclang-19-dev
	libclang-rt-19-dev
	libbpf-dev libelf-dev zlib1g-dev libzstd-dev linux-libc-dev
	bison flex bpftool systemtap-sdt-dev gawk strace
	libmicrohttpd-dev prometheus systemd debootstrap
)

missing=()
for p in "${pkgs[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing+=("$p")
	fi
done
if ((${#missing[@]})); then
	echo "setup: installing ${missing[*]}" >&2
	sudo=()
	if [[ $(id -u) -ne 0 ]]; then
		command -v sudo >/dev/null || { echo "setup: need root to install packages" >&2; exit 1; }
		sudo=(sudo)
	fi
	export DEBIAN_FRONTEND=noninteractive
	"${sudo[@]}" apt-get update -qq
	"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# tracefs: tracepoint ids and event formats live there.
if [[ $(id -u) -eq 0 ]] && [[ -d /sys/kernel/tracing ]] &&
	! mountpoint -q /sys/kernel/tracing; then
	mount -t tracefs nodev /sys/kernel/tracing 2>/dev/null ||
		echo "setup: warning: could not mount tracefs at /sys/kernel/tracing" >&2
fi

[[ ${SETUP_NO_BUILD:-} == 1 ]] && exit 0

cmake_args=(-S "$root" -B "$build_dir" -DCMAKE_BUILD_TYPE="$build_type")
if [[ ${CI:-} == true ]]; then
	cmake_args+=(-DDTC_WERROR=ON)
fi
cmake_args+=("$@")
if [[ ! -f $build_dir/CMakeCache.txt ]] || [[ ${CI:-} == true ]] || (($#)); then
	cmake "${cmake_args[@]}" >/dev/null
fi
cmake --build "$build_dir" -j"$(nproc)"
