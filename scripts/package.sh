#!/bin/bash
# Builds the Debian packages station-kiosk, station-kiosk-server and station-kiosk-tools
# (dpkg-buildpackage -b -us -uc) in a copy of the source tree, so neither the tree nor
# build/ is touched; puts the .debs in build/packages/ (or $KIOSK_PACKAGE_DIR) and runs lintian
# on them. Exits non-zero when the build fails or lintian reports an error.
#
#   bash scripts/package.sh
#
# Environment: KIOSK_PACKAGE_DIR (where the .debs go), KIOSK_PACKAGE_JOBS (compile jobs,
# default: the number of cores), KIOSK_PACKAGE_DBGSYM=yes (also the -dbgsym packages),
# KIOSK_PACKAGE_KEEP_TREE=yes (keep the built copy in build/packaging/station-kiosk).
#
# The console page's esbuild and chart.js come from npm ci of its lockfile, done here before the
# build (in build/packaging-npm/), because a package build must not fetch anything and Debian 12's
# own node-esbuild (0.17) and node-chart.js (3.9) are older than the lockfile's (README.Debian).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

out=${KIOSK_PACKAGE_DIR:-$KIOSK_BUILD/packages}
work=$KIOSK_BUILD/packaging
npm_dir=$KIOSK_BUILD/packaging-npm
version=$(dpkg-parsechangelog -l "$KIOSK_ROOT/debian/changelog" -S Version 2>/dev/null || true)

install_packages

# The console's node modules, from its lockfile; again only when the lockfile changed.
web=$KIOSK_ROOT/server/console/web
if [ "$npm_dir/node_modules/.package-lock.json" -nt "$web/package-lock.json" ]; then
  say "Console page's node modules: present ($npm_dir)"
else
  say "Console page's node modules: npm ci from the lockfile into $npm_dir"
  rm -rf "$npm_dir"
  mkdir -p "$npm_dir"
  cp "$web/package.json" "$web/package-lock.json" "$npm_dir/"
  (cd "$npm_dir" && npm ci --no-audit --no-fund --loglevel=error)
fi

# A copy of the tree as git sees it (tracked and new files, without ignored ones such as build
# folders and node_modules). Its path stays the same from run to run, so ccache finds the
# objects of the run before.
say "Copying the source tree into $work/station-kiosk"
rm -rf "$work"
mkdir -p "$work/station-kiosk"
(cd "$KIOSK_ROOT" && git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' file; do [ -e "$file" ] && printf '%s\0' "$file"; done |
  tar --null -T - -cf -) | tar -C "$work/station-kiosk" -xf -

options="parallel=${KIOSK_PACKAGE_JOBS:-$(nproc)}"
# Without the -dbgsym packages nothing keeps the full debug information the programs are
# compiled with, so they are compiled with line tables only (-g1): enough for a backtrace, and
# much quicker to compile and link on two cores.
if [ "${KIOSK_PACKAGE_DBGSYM:-}" != yes ]; then
  options="$options noddebs"
  export DEB_CFLAGS_STRIP=-g DEB_CXXFLAGS_STRIP=-g DEB_CFLAGS_APPEND=-g1 DEB_CXXFLAGS_APPEND=-g1
fi
say "Building the packages ${version:+$version }(dpkg-buildpackage -b -us -uc; DEB_BUILD_OPTIONS=\"$options\")"
started=$(date +%s)
log=$work/build.log
if ! (cd "$work/station-kiosk" &&
      KIOSK_CONSOLE_NODE_MODULES=$npm_dir/node_modules DEB_BUILD_OPTIONS=$options \
        dpkg-buildpackage -b -us -uc) >"$log" 2>&1; then
  tail -n 60 "$log"
  say "The package build failed after $(($(date +%s) - started)) s; the whole log: $log"
  exit 1
fi
seconds=$(($(date +%s) - started))
say "Built in ${seconds} s (log: $log)"
# The copy and its objects (about 1.7 GB) are not needed again: ccache keeps what a rebuild
# reuses. A failed build keeps them to look into.
[ "${KIOSK_PACKAGE_KEEP_TREE:-}" = yes ] || rm -rf "$work/station-kiosk"

mkdir -p "$out"
rm -f "$out"/station-kiosk*.deb "$out"/station-kiosk*.ddeb "$out"/station-kiosk*.changes "$out"/station-kiosk*.buildinfo
mv "$work"/station-kiosk*.deb "$out/"
mv "$work"/station-kiosk*.changes "$work"/station-kiosk*.buildinfo "$out/" 2>/dev/null || true
mv "$work"/station-kiosk*.ddeb "$out/" 2>/dev/null || true
for deb in "$out"/*.deb; do
  printf '  %s  %s\n' "$(du -h "$deb" | cut -f1)" "${deb#"$KIOSK_ROOT/"}"
done

# lintian: every tag it reports (warnings and informational ones too), the overridden ones
# counted; only an error fails.
say "lintian"
lintian_status=0
lintian --fail-on error --display-info --show-overrides "$out"/*.deb >"$work/lintian.txt" 2>&1 || lintian_status=$?
grep -v '^N: ' "$work/lintian.txt" || true
for level in E W I O; do
  count=$(grep -c "^$level: " "$work/lintian.txt" || true)
  printf '%s %s  ' "$count" "$(case $level in E) echo errors;; W) echo warnings;; I) echo info;; O) echo overridden;; esac)"
done
echo
if [ "$lintian_status" -ne 0 ]; then
  say "lintian reports errors (exit $lintian_status)"
  exit 1
fi
say "Packages in ${out#"$KIOSK_ROOT/"} (build ${seconds} s); lintian: no errors"
