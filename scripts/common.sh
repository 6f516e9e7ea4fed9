# Shared by the set-up, demo and test scripts: installs what the kiosk needs from Debian's
# archive and builds it. Sourced, not run.

KIOSK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
KIOSK_BUILD=${KIOSK_BUILD:-$KIOSK_ROOT/build}

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian packages listed in scripts/debian-packages.txt. Quick when they are all
# there already: dpkg is asked first, apt only when something is missing.
install_packages() {
  local wanted provided missing=()
  wanted=$(grep -v '^#' "$KIOSK_ROOT/scripts/debian-packages.txt" | grep -v '^$')
  # Names an installed package provides count too (a nodejs build that includes npm).
  provided=$(dpkg-query -W -f='${db:Status-Abbrev}|${Provides}\n' 2>/dev/null | grep '^ii' | cut -d'|' -f2 |
             tr ',' '\n' | sed 's/ *(.*//; s/^ *//')
  for package in $wanted; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
      grep -qx "$package" <<<"$provided" || missing+=("$package")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "Debian packages: all $(echo "$wanted" | wc -w) present"
    return
  fi
  say "Installing ${#missing[@]} Debian package(s): ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The node modules the tests use, each folder from its own lockfile: the speech test's reference
# reading (pinyin-pro, tests/accessibility/speech/reference) and the console's browser tests
# (playwright-core and axe-core, tests/console). npm ci again only when a lockfile changed since
# the last install. Only the test run needs these; the build itself runs npm ci once for the
# console page's own two (esbuild and chart.js, server/console/web), bundled into the build.
install_node_modules() {
  local folder name
  for folder in "$KIOSK_ROOT/tests/accessibility/speech/reference" "$KIOSK_ROOT/tests/console"; do
    name=${folder#"$KIOSK_ROOT/"}
    if [ "$folder/node_modules/.package-lock.json" -nt "$folder/package-lock.json" ]; then
      say "Node modules for $name: present"
      continue
    fi
    say "Installing the node modules of $name (npm ci)"
    (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error)
  done
}

# Configures the build directory once.
# -g1 rather than CMake's -g: line tables and function names, enough for a crash's backtrace.
# Full debug information costs far more: the server library took 223 s to compile with -g and
# 132 s with -g1 on two cores (before precompiled headers).
# A build directory configured before keeps its own flags.
configure_kiosk() {
  if [ ! -f "$KIOSK_BUILD/build.ninja" ]; then
    say "Configuring in $KIOSK_BUILD"
    cmake -S "$KIOSK_ROOT" -B "$KIOSK_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" >/dev/null
  fi
}

# Configures (once) and builds everything; incremental on later runs.
build_kiosk() {
  configure_kiosk
  say "Building (two jobs; the first build takes several minutes)"
  cmake --build "$KIOSK_BUILD" -j "$(nproc)" | grep -vE '^\[[0-9]+/[0-9]+\] ' || true
  test "${PIPESTATUS[0]}" -eq 0
}
