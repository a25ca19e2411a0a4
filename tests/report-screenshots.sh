#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the screenshots of the 报告 page (the report preview) in Chinese, 1280×800, light and
# dark: the first pages fitted to the width, and page 9 at 50 %.
#
#   tests/report-screenshots.sh [BUILD_DIR] [OUTDIR]
#
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
out=${2:-$PWD/report-screenshots}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$out"
"$root/tests/zh-locale.sh" "$tmp/locale"

env LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 LANGUAGE=zh_CN JIXIAO_LOCALEDIR="$tmp/locale" \
    JIXIAO_SAMPLE="$root/data/samples/xinzhou-2020.jixiao" \
    GDK_BACKEND=x11 GSK_RENDERER=cairo GTK_A11Y=none GSETTINGS_BACKEND=memory \
    GSETTINGS_SCHEMA_DIR="$build/data" DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
  xvfb-run -a -s "-screen 0 1920x1200x24" "$build/tests/report-screenshots" "$out"
