#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Redraws the reference renders of every chart of the sample: print style, 1200×750 PNG, in
# zh_CN, through the headless command line (no display needed).
#
#   data/screenshots/charts/update.sh [BUILD_DIR]        (default: build)
#
# Needs fonts-noto-cjk and the zh_CN.UTF-8 locale. The translations are compiled from
# po/zh_CN.po and any po/pending/*.po not merged yet into a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../../.."
build=${1:-build}
out=data/screenshots/charts
sample=data/samples/xinzhou-2020.jixiao
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

header='msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: nplurals=1; plural=0;\\n"\n\n'
catalogs=()
for f in po/pending/*.po; do
  [ -e "$f" ] || continue
  if grep -q '^msgid ""$' "$f"; then cp "$f" "$tmp/$(basename "$f")"
  else { printf "$header"; cat "$f"; } > "$tmp/$(basename "$f")"; fi
  catalogs+=("$tmp/$(basename "$f")")
done
mkdir -p "$tmp/locale/zh_CN/LC_MESSAGES"
msgcat --use-first "${catalogs[@]}" po/zh_CN.po -o "$tmp/merged.po"
msgfmt -o "$tmp/locale/zh_CN/LC_MESSAGES/jixiao.mo" "$tmp/merged.po"

export JIXIAO_LOCALEDIR="$tmp/locale" LANG=zh_CN.UTF-8 LANGUAGE=zh_CN LC_ALL=zh_CN.UTF-8
rm -f "$out"/*.png
"$build/src/jixiao" --list-charts "$sample" | while IFS=$'\t' read -r id title; do
  "$build/src/jixiao" --export-chart "$id" --output "$out/$id.png" --width 1200 --height 750 \
    --style print "$sample"
  echo "$out/$id.png  $title"
done
