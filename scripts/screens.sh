#!/usr/bin/env bash
# Renders every page of the kiosk (the pages `kiosk --help` lists) headless with
# `kiosk --screenshot`, in every combination of the chosen languages, window sizes, text sizes
# and themes, into one folder with an index.html that shows them all at once: one grid per
# page, a thumbnail per setting linking to the full-size picture. A page that fails to render
# is listed as failed in the index (with its log), and so is one whose QML reported errors
# (its picture shown beside the word); the script then exits non-zero.
#
#   scripts/screens.sh [--out DIR] [--pages "home settings"] [--langs "zh en"]
#                      [--sizes "1920x1080 1080x1920"] [--text-scales "1 2" | all]
#                      [--themes "standard ..."] [--jobs 2] [--no-build] [--index-only]
#
# Defaults: every page, zh and en, both orientations, text at 100% and 200%, the four themes,
# into $KIOSK_BUILD/screens. Builds only the kiosk program (in $KIOSK_BUILD, default build/);
# --no-build uses the kiosk already built there; --index-only writes index.html again for the
# pictures already in --out (same options as the run that made them).
set -euo pipefail
source "$(dirname "$0")/common.sh"

OUT=$KIOSK_BUILD/screens
PAGES=""
LANGS="zh en"
SIZES="1920x1080 1080x1920"
TEXT_SCALES="1 2"
THEMES="standard white-on-black yellow-on-black black-on-white"
JOBS=2
BUILD=yes
INDEX_ONLY=no
while [ $# -gt 0 ]; do
  case "$1" in
    --out) OUT=$2; shift 2 ;;
    --pages) PAGES=$2; shift 2 ;;
    --langs) LANGS=$2; shift 2 ;;
    --sizes) SIZES=$2; shift 2 ;;
    --text-scales) TEXT_SCALES=$2; shift 2 ;;
    --themes) THEMES=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    --no-build) BUILD=no; shift ;;
    --index-only) INDEX_ONLY=yes; BUILD=no; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "screens.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ "$TEXT_SCALES" = all ] && TEXT_SCALES="1 1.3 1.6 2"

if [ "$BUILD" = yes ]; then
  install_packages
  configure_kiosk
  say "Building the kiosk program"
  cmake --build "$KIOSK_BUILD" --target kiosk -j "$(nproc)" | grep -vE '^\[[0-9]+/[0-9]+\] ' || true
  test "${PIPESTATUS[0]}" -eq 0
fi
KIOSK=$KIOSK_BUILD/bin/kiosk
[ -x "$KIOSK" ] || { echo "screens.sh: no kiosk program at $KIOSK" >&2; exit 1; }

export QT_QPA_PLATFORM=offscreen
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  XDG_RUNTIME_DIR=$(mktemp -d)
  trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
fi
export XDG_RUNTIME_DIR

# The pages from the kiosk itself, so a page added to its catalogue is never left out.
ALL_PAGES=$("$KIOSK" --help | tr '\n' ' ' | sed -n 's/.*The page to render: \([^.]*\)\..*/\1/p' | tr -d ' ' | tr ',' ' ')
[ -n "$ALL_PAGES" ] || { echo "screens.sh: could not read the page list from kiosk --help" >&2; exit 1; }
if [ -z "$PAGES" ]; then
  PAGES=$ALL_PAGES
else
  for page in $PAGES; do
    tr ' ' '\n' <<<"$ALL_PAGES" | grep -qx -- "$page" || { echo "screens.sh: $page is not a page; choose from: $ALL_PAGES" >&2; exit 2; }
  done
fi

percent() { awk -v s="$1" 'BEGIN { printf "%d", s * 100 + 0.5 }'; }
# One picture's file name (without .png) inside its page's folder.
shot_name() { echo "$1-$2-$(percent "$3")-$4"; }

[ "$INDEX_ONLY" = yes ] || rm -rf "$OUT"
mkdir -p "$OUT"
JOBLIST=$OUT/.jobs
: >"$JOBLIST"
for page in $PAGES; do
  mkdir -p "$OUT/$page"
  for lang in $LANGS; do for size in $SIZES; do for scale in $TEXT_SCALES; do for theme in $THEMES; do
    echo "$page $lang $size $scale $theme $(shot_name "$lang" "$size" "$scale" "$theme")" >>"$JOBLIST"
  done; done; done; done
done
TOTAL=$(wc -l <"$JOBLIST")

# One render; its log is kept only when it fails, and the failure is marked beside it. A page
# whose QML did not load (a part that cannot be created) exits 0 with a picture of an empty
# frame: the QML errors in its log make it a failure too, its picture kept to look at.
QML_ERRORS='qml:[0-9]+(:[0-9]+)?: .*(Cannot assign|non-existent|is not a type|is not installed|unavailable|Cannot load|failed to load|is not defined|Error)'
render() {
  local page=$1 lang=$2 size=$3 scale=$4 theme=$5 name=$6
  local png=$OUT/$page/$name.png log=$OUT/$page/$name.log
  if timeout 60 "$KIOSK" --screenshot "$png" --page "$page" --lang "$lang" --size "$size" \
       --text-scale "$scale" --theme "$theme" >"$log" 2>&1 && [ -s "$png" ]; then
    if grep -Eq "$QML_ERRORS" "$log"; then
      touch "$OUT/$page/$name.failed"
      echo "FAILED (QML errors): $page $lang $size text $(percent "$scale")% $theme (log: $log)" >&2
    else
      rm -f "$log"
    fi
  else
    echo "exit status $?" >>"$log"
    rm -f "$png"
    touch "$OUT/$page/$name.failed"
    echo "FAILED: $page $lang $size text $(percent "$scale")% $theme (log: $log)" >&2
  fi
}
export -f render percent
export KIOSK OUT QML_ERRORS

START=$(date +%s)
if [ "$INDEX_ONLY" = no ]; then
  say "Rendering $TOTAL screenshots ($(wc -w <<<"$PAGES") pages) with $JOBS jobs into $OUT"
  # xargs goes on after a failed render; every failure is counted below, none is skipped.
  xargs -P "$JOBS" -L 1 bash -c 'render "$@"' _ <"$JOBLIST" || true
else
  # A missing picture is a failure here too (a run that was interrupted).
  while read -r page _ _ _ _ name; do
    [ -f "$OUT/$page/$name.png" ] || touch "$OUT/$page/$name.failed"
  done <"$JOBLIST"
fi
ELAPSED=$(( $(date +%s) - START ))

# Thumbnails when ImageMagick is there; otherwise the browser scales the full pictures.
# (Tried on one picture first: a stand-in named convert may not make thumbnails.)
THUMBS=no
FIRST=$(find "$OUT" -name '*.png' -print -quit)
if [ -n "$FIRST" ] && command -v convert >/dev/null &&
   convert "$FIRST" -thumbnail 320x320 "$OUT/.probe.png" >/dev/null 2>&1; then
  THUMBS=yes
  rm -f "$OUT/.probe.png"
  say "Making thumbnails"
  find "$OUT" -name '*.png' ! -name '*.thumb.png' -print0 |
    xargs -0 -P "$JOBS" -I{} sh -c 'convert "$1" -thumbnail 320x320 "${1%.png}.thumb.png" 2>/dev/null' _ {} || true
else
  rm -f "$OUT/.probe.png"
  say "No ImageMagick (convert): the index shows the full pictures scaled down"
fi

# --- index.html: one table per page, a row per language and window size, a column per text
# size and theme ---------------------------------------------------------------------------------
INDEX=$OUT/index.html
WRITTEN=0
FAILED_LIST=()
{
  cat <<HTML
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Kiosk screens</title>
<style>
body { font-family: sans-serif; margin: 1em; background: #f4f4f4; }
table { border-collapse: collapse; margin-bottom: 2em; }
th, td { border: 1px solid #bbb; padding: 4px; text-align: center; vertical-align: middle; font-size: 12px; }
th { background: #ddd; }
td img { width: 200px; height: 200px; object-fit: contain; background: #888; display: block; }
td.failed { background: #fdd; color: #900; font-weight: bold; width: 200px; }
nav a { margin-right: 0.6em; }
</style></head><body>
<h1>Kiosk screens</h1>
<p>Rendered $(date -u '+%Y-%m-%d %H:%M UTC') from commit $(git -C "$KIOSK_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
(with the working tree's changes). Languages: $LANGS. Sizes: $SIZES. Text sizes: $(for s in $TEXT_SCALES; do printf '%s%% ' "$(percent "$s")"; done).
Themes: $THEMES. A thumbnail opens the full-size picture.</p>
<p id="summary"></p>
<nav>$(for page in $PAGES; do printf '<a href="#%s">%s</a> ' "$page" "$page"; done)</nav>
HTML
  for page in $PAGES; do
    printf '<h2 id="%s">%s</h2>\n<table>\n<tr><th></th>' "$page" "$page"
    for scale in $TEXT_SCALES; do for theme in $THEMES; do
      printf '<th>text %s%%<br>%s</th>' "$(percent "$scale")" "$theme"
    done; done
    printf '</tr>\n'
    for lang in $LANGS; do for size in $SIZES; do
      printf '<tr><th>%s<br>%s</th>' "$lang" "$size"
      for scale in $TEXT_SCALES; do for theme in $THEMES; do
        name=$(shot_name "$lang" "$size" "$scale" "$theme")
        caption="$page · $lang · $size · text $(percent "$scale")% · $theme"
        if [ -f "$OUT/$page/$name.png" ] && [ -f "$OUT/$page/$name.failed" ]; then
          printf '<td class="failed"><a href="%s/%s.png"><img src="%s/%s.png" loading="lazy" alt="%s" title="%s"></a>FAILED: QML errors, <a href="%s/%s.log">log</a></td>' \
            "$page" "$name" "$page" "$name" "$caption" "$caption" "$page" "$name"
        elif [ -f "$OUT/$page/$name.png" ]; then
          thumb=$page/$name.png
          [ "$THUMBS" = yes ] && [ -f "$OUT/$page/$name.thumb.png" ] && thumb=$page/$name.thumb.png
          printf '<td><a href="%s/%s.png"><img src="%s" loading="lazy" alt="%s" title="%s"></a></td>' \
            "$page" "$name" "$thumb" "$caption" "$caption"
        else
          printf '<td class="failed">FAILED<br><a href="%s/%s.log">log</a></td>' "$page" "$name"
        fi
      done; done
      printf '</tr>\n'
    done; done
    printf '</table>\n'
  done
} >"$INDEX.body"
WRITTEN=$(( $(find "$OUT" -name '*.png' ! -name '*.thumb.png' | wc -l) - $(find "$OUT" -name '*.failed' | while read -r f; do if [ -f "${f%.failed}.png" ]; then echo; fi; done | wc -l) ))
mapfile -t FAILED_LIST < <(find "$OUT" -name '*.failed' | sed "s|^$OUT/||; s|\.failed$||" | sort)
SUMMARY="$WRITTEN of $TOTAL screenshots written in ${ELAPSED} s"
[ "$INDEX_ONLY" = yes ] && SUMMARY="$WRITTEN of $TOTAL screenshots (indexed again)"
if [ ${#FAILED_LIST[@]} -gt 0 ]; then
  SUMMARY="$SUMMARY; <b style=\"color:#900\">${#FAILED_LIST[@]} failed:</b> ${FAILED_LIST[*]}"
fi
sed "s|<p id=\"summary\"></p>|<p id=\"summary\">$SUMMARY</p>|" "$INDEX.body" >"$INDEX"
rm -f "$INDEX.body" "$JOBLIST"

if [ "$INDEX_ONLY" = yes ]; then
  say "Indexed $WRITTEN of $TOTAL screenshots: $INDEX"
else
  say "Wrote $WRITTEN of $TOTAL screenshots in $((ELAPSED / 60)) min $((ELAPSED % 60)) s: $INDEX"
fi
if [ ${#FAILED_LIST[@]} -gt 0 ]; then
  echo "${#FAILED_LIST[@]} failed to render (listed in the index, logs beside them):" >&2
  printf '  %s\n' "${FAILED_LIST[@]}" >&2
  exit 1
fi
