# shellcheck shell=bash
# The host side of the package tests (sourced by tst_package_*.sh): finds the .debs, makes a
# clean Debian 12 root, runs commands in it, lists its files.
#
# The root is `mmdebstrap --variant=apt bookworm` (essential packages + apt), made once a day
# into the build folder's cache ($KIOSK_INSTALL_TEST_CACHE, never the source tree) and unpacked
# into a temporary folder for each test. Commands run in it with
#   systemd-nspawn --register=no --keep-unit -D ROOT --pipe CMD
# Booting the container (-b) does not work on this machine (no systemd as PID 1, no cgroup to
# give it), so nothing runs the units: whether a unit is enabled is asked offline with
# `systemctl is-enabled` (it reads the [Install] symlinks), and a server is started by its own
# unit's ExecStart line, read from the installed unit file (inroot.sh). The container shares the
# host's network, so apt reaches the Debian archive and the kiosk reaches a server on loopback.
# apt's downloads are kept in the cache too (bound into each root), so a second run of the day
# installs the Qt stack without fetching it again.
set -euo pipefail

HARNESS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# KIOSK_PACKAGES_DIR in the environment wins over the build folder's setting (ctest sets the latter).
PACKAGES_DIR=${KIOSK_PACKAGES_DIR:-${KIOSK_PACKAGES_DIR_DEFAULT:-$HARNESS_DIR/../../../build/packages}}
CACHE_DIR=${KIOSK_INSTALL_TEST_CACHE:-/tmp/station-kiosk-package-test-cache}
DEBIAN_MIRROR=${KIOSK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
WAITING_REQUESTS=${KIOSK_WAITING_REQUESTS:-}
HARNESS_START=$EPOCHREALTIME
ROOT=
WORK=

# "[  12.3s] what": every step with the seconds since the test began.
step() {
    local now=${EPOCHREALTIME/./} start=${HARNESS_START/./}
    printf '[%4d.%01ds] %s\n' $(((now - start) / 1000000)) $(((now - start) / 100000 % 10)) "$*"
}

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# A test that cannot run here says so and is skipped (77); under CI it must run, so it fails.
skip() {
    echo "skipped: $*"
    if [[ ${CI:-} == true ]]; then
        exit 1
    fi
    exit 77
}

# The newest .deb of each of the three packages, in DEBS (station-kiosk, -server, -tools).
find_packages() {
    local name newest deb
    DEBS=()
    for name in station-kiosk station-kiosk-server station-kiosk-tools; do
        newest=
        for deb in "$PACKAGES_DIR"/"${name}"_*.deb; do
            [[ -e $deb ]] || continue
            if [[ -z $newest ]] || dpkg --compare-versions "$(dpkg-deb -f "$deb" Version)" gt \
                                                          "$(dpkg-deb -f "$newest" Version)"; then
                newest=$deb
            fi
        done
        [[ -n $newest ]] || skip "no packages in build/packages (run scripts/package.sh)"
        DEBS+=("$newest")
    done
}

require_tools() {
    [[ $(id -u) == 0 ]] || skip "the package tests need root (systemd-nspawn, dpkg in the root)"
    local tool
    for tool in mmdebstrap systemd-nspawn dpkg-deb; do
        command -v "$tool" > /dev/null || skip "$tool is not installed (scripts/debian-packages.txt)"
    done
}

# The day's bookworm tarball with apt's package lists kept (no `apt-get update` per test).
base_tarball() {
    mkdir -p "$CACHE_DIR/apt-archives/partial"
    local tarball
    tarball="$CACHE_DIR/bookworm-apt-$(date -u +%Y%m%d).tar"
    (
        flock 9
        if [[ ! -s $tarball ]]; then
            rm -rf "$CACHE_DIR"/bookworm-apt-*.tar*
            mmdebstrap --quiet --variant=apt --format=tar --skip=cleanup/apt/lists bookworm "$tarball.part" \
                "$DEBIAN_MIRROR" >&2 || { rm -f "$tarball.part"; exit 1; }
            mv "$tarball.part" "$tarball"
        fi
    ) 9> "$CACHE_DIR/.lock" || fail "mmdebstrap could not make a bookworm root"
    echo "$tarball"
}

cleanup_root() {
    if [[ -n $WORK && -d $WORK ]]; then
        rm -rf --one-file-system "$WORK"
    fi
}

# A fresh root in $ROOT, with the harness's in-root functions in /var/tmp/kiosk-test and the
# packages in /var/tmp/debs (not /tmp: nspawn mounts a fresh tmpfs there).
make_root() {
    require_tools
    find_packages
    local tarball
    tarball=$(base_tarball)
    WORK=$(mktemp -d /tmp/station-kiosk-package-test.XXXXXX)
    trap cleanup_root EXIT
    ROOT=$WORK/root
    mkdir "$ROOT"
    tar -C "$ROOT" -xf "$tarball"
    mkdir -p "$ROOT/var/tmp/kiosk-test" "$ROOT/var/tmp/debs"
    cp "$HARNESS_DIR/inroot.sh" "$ROOT/var/tmp/kiosk-test/"
    cp "${DEBS[@]}" "$ROOT/var/tmp/debs/"
    step "root unpacked from $(basename "$tarball"); packages: $(cd "$ROOT/var/tmp/debs" && echo *.deb)"
}

# Runs a command in the root (stdin passed through). The host's build folder of the test
# helper is bound read-only at /opt/kiosk-test-bin.
in_root() {
    local binds=(--bind="$CACHE_DIR/apt-archives:/var/cache/apt/archives")
    if [[ -n $WAITING_REQUESTS ]]; then
        binds+=(--bind-ro="$(dirname "$WAITING_REQUESTS"):/opt/kiosk-test-bin")
    fi
    # nspawn says, on leaving, that it will not remove its propagation folder: noise.
    systemd-nspawn --quiet --register=no --keep-unit -D "$ROOT" --pipe "${binds[@]}" \
        --setenv=DEBIAN_FRONTEND=noninteractive --setenv=LC_ALL=C.UTF-8 -- "$@" \
        2> >(grep -v 'Attempted to remove disk file system' >&2)
}

# A bash script (on stdin) run in the root with inroot.sh sourced; arguments go to it as $1...
in_root_script() {
    local script
    script=$(mktemp "$ROOT/var/tmp/kiosk-test/phase.XXXXXX")
    cat > "$script"
    in_root bash -c 'set -euo pipefail; source /var/tmp/kiosk-test/inroot.sh; source "$0"' \
        "/var/tmp/kiosk-test/$(basename "$script")" "$@" < /dev/null
}

# What a station starts from: systemd (so `systemctl is-enabled` can be asked), sqlite3 for
# the checks, and the packages' dependencies from Debian 12 (apt-get satisfy with the packages'
# own Depends fields), so the file lists before the install and after the purge differ only by
# what the three packages themselves brought. Recommends are left out throughout.
prepare_dependencies() {
    local depends=() deb field clause
    for deb in "${DEBS[@]}"; do
        for field in Pre-Depends Depends; do
            while IFS= read -r clause; do
                clause=$(echo "$clause" | sed 's/^ *//; s/ *$//')
                [[ -n $clause && $clause != station-kiosk* ]] && depends+=("$clause")
            done < <(dpkg-deb -f "$deb" "$field" | tr ',' '\n')
        done
    done
    local joined
    joined=$(IFS=,; echo "${depends[*]}")
    in_root apt-get -q -y --no-install-recommends install systemd sqlite3 > "$WORK/apt-base.log" 2>&1 \
        || { tail -20 "$WORK/apt-base.log"; fail "apt could not install systemd and sqlite3"; }
    in_root apt-get -q -y --no-install-recommends satisfy "$joined" > "$WORK/apt-deps.log" 2>&1 \
        || { tail -20 "$WORK/apt-deps.log"; fail "apt could not satisfy the packages' dependencies from Debian 12"; }
    step "dependencies from Debian 12 installed ($(grep -c '^Setting up' "$WORK/apt-deps.log" || true) packages)"
}

# Every path in the root, sorted, leaving out what is not the packages' own doing: the kernel's
# file systems, temporary folders, and apt's and dpkg's own caches, lists and logs.
list_files() {
    (cd "$ROOT" && find . -xdev \( -path ./proc -o -path ./sys -o -path ./dev -o -path ./run \
        -o -path ./tmp -o -path ./var/tmp -o -path ./var/cache/apt -o -path ./var/lib/apt \
        -o -path ./var/lib/dpkg -o -path ./var/log -o -path ./var/cache/debconf \
        -o -path ./var/cache/ldconfig -o -path ./etc/ld.so.cache \) -prune -o -print | LC_ALL=C sort)
}

sha() {
    sha256sum "$1" | cut -d' ' -f1
}
