#!/usr/bin/env bash
# Builds and runs every benchmark under tests/bench/. Each prints its own figures as ratios
# against a baseline it measures in the same run; nothing here passes or fails on speed.
# --only PATTERN runs only the benchmarks whose name matches the shell pattern
# (scripts/bench.sh --only 'bench_page*'); the other arguments go to every benchmark run.
set -euo pipefail
source "$(dirname "$0")/common.sh"

ONLY='*'
if [ "${1:-}" = --only ]; then
  ONLY=$2
  shift 2
fi

install_packages
build_kiosk

status=0
# bench_server_setup and bench_kiosk_delivery are parts of bench_server.sh, not benchmarks.
for bench in "$KIOSK_BUILD"/bin/bench_*; do
  [ -x "$bench" ] || continue
  case "$(basename "$bench")" in bench_server_setup|bench_kiosk_delivery) continue ;; esac
  # shellcheck disable=SC2254 # the pattern is meant to match
  case "$(basename "$bench")" in $ONLY) ;; *) continue ;; esac
  say "$(basename "$bench")"
  "$bench" "$@" || { echo "$(basename "$bench") failed"; status=1; }
done
for script in "$KIOSK_ROOT"/tests/bench/*/bench_*.sh; do
  [ -x "$script" ] || continue
  # shellcheck disable=SC2254
  case "$(basename "$script")" in $ONLY) ;; *) continue ;; esac
  say "$(basename "$script")"
  "$script" "$KIOSK_BUILD" || { echo "$(basename "$script") failed"; status=1; }
done
exit $status
