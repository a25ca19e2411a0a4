#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the indicator page's screenshots in Chinese (data/screenshots/indicators-*.png):
#
#   tests/indicator-screenshots.sh [BUILD_DIR] [OUTDIR]
#
# Builds the zh_CN messages of po/zh_CN.po and po/pending/*.po into a temporary locale
# folder and runs BUILD_DIR/tests/indicator-screenshots on its own 1280×800 Xvfb screen.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
out=${2:-$root/data/screenshots}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$tmp/locale/zh_CN/LC_MESSAGES" "$out"
shopt -s nullglob
# The pending files have no header: give each one, with its charset.
pending=()
for f in "$root"/po/pending/*.po; do
  : > "$tmp/$(basename "$f")"
  grep -q '^msgid ""$' "$f" ||
    printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n' > "$tmp/$(basename "$f")"
  cat "$f" >> "$tmp/$(basename "$f")"
  pending+=("$tmp/$(basename "$f")")
done
msgcat --use-first "$root/po/zh_CN.po" "${pending[@]}" -o "$tmp/zh_CN.po"
msgfmt -o "$tmp/locale/zh_CN/LC_MESSAGES/jixiao.mo" "$tmp/zh_CN.po"

env LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 LANGUAGE=zh_CN JIXIAO_LOCALEDIR="$tmp/locale" \
    JIXIAO_SAMPLE="$root/data/samples/xinzhou-2020.jixiao" \
    GDK_BACKEND=x11 GSK_RENDERER=cairo GTK_A11Y=none GSETTINGS_BACKEND=memory \
    DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
  xvfb-run -a -s "-screen 0 1920x1080x24" "$build/tests/indicator-screenshots" "$out"
