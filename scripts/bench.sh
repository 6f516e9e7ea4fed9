#!/usr/bin/env bash
# Builds and runs every benchmark under tests/bench/. Each prints its own figures as ratios
# against a baseline it measures in the same run; nothing here passes or fails on speed.
set -euo pipefail
source "$(dirname "$0")/common.sh"

install_packages
build_kiosk

status=0
for bench in "$KIOSK_BUILD"/bin/bench_*; do
  [ -x "$bench" ] || continue
  say "$(basename "$bench")"
  "$bench" "$@" || { echo "$(basename "$bench") failed"; status=1; }
done
for script in "$KIOSK_ROOT"/tests/bench/*/bench_*.sh; do
  [ -x "$script" ] || continue
  say "$(basename "$script")"
  KIOSK_BUILD="$KIOSK_BUILD" "$script" || { echo "$(basename "$script") failed"; status=1; }
done
exit $status
