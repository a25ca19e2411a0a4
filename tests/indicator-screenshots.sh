#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the indicator page's screenshots in Chinese (data/screenshots/indicators-*.png):
#
#   tests/indicator-screenshots.sh [BUILD_DIR] [OUTDIR]
#
# Builds the zh_CN messages of po/zh_CN.po into a temporary locale
# folder and runs BUILD_DIR/tests/indicator-screenshots on its own 1280×800 Xvfb screen.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
out=${2:-$root/data/screenshots}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$out"
"$root/tests/zh-locale.sh" "$tmp/locale"

env LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 LANGUAGE=zh_CN JIXIAO_LOCALEDIR="$tmp/locale" \
    JIXIAO_SAMPLE="$root/data/samples/xinzhou-2020.jixiao" \
    GDK_BACKEND=x11 GSK_RENDERER=cairo GTK_A11Y=none GSETTINGS_BACKEND=memory \
    DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
  xvfb-run -a -s "-screen 0 1920x1080x24" "$build/tests/indicator-screenshots" "$out"
