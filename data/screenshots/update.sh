#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Retakes the four screenshots of the README and the metainfo: the sample report in zh_CN at
# 1280×800, drawn by the app itself (JIXIAO_SCREENSHOT_DIR), under Xvfb; then the indicator
# page at 1024×600 and 1920×1080, and the staffing card with an error at 1024×600
# (indicators-1024x600.png, indicators-1920x1080.png, overview-staffing-error.png).
#
#   data/screenshots/update.sh [BUILD_DIR]        (default: build)
#
# Needs xvfb-run, fonts-noto-cjk and the zh_CN.UTF-8 locale (localedef -i zh_CN -f UTF-8
# zh_CN.UTF-8). The translations are compiled from po/zh_CN.po into a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
out=data/screenshots
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

tests/zh-locale.sh "$tmp/locale"

mkdir -p "$tmp/home"
shoot() {
  XDG_STATE_HOME="$tmp/home" XDG_DATA_HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home" \
  GSETTINGS_SCHEMA_DIR="$PWD/$build/data" GSETTINGS_BACKEND=memory \
  GDK_BACKEND=x11 GSK_RENDERER=cairo GTK_A11Y=none NO_AT_BRIDGE=1 JIXIAO_NON_UNIQUE=1 \
  DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
  JIXIAO_LOCALEDIR="$tmp/locale" LANG=zh_CN.UTF-8 LANGUAGE=zh_CN LC_ALL=zh_CN.UTF-8 \
  JIXIAO_SCREENSHOT_DIR="$out" "$@" \
    timeout 120 xvfb-run -a -s "-screen 0 2560x1440x24" "$build/src/jixiao" data/samples/xinzhou-2020.jixiao
}
# The screen is larger than the pictures: the window's frame is outside them.
shoot env
shoot env JIXIAO_SCREENSHOT_SIZE=1024x600 JIXIAO_SCREENSHOT_PAGES=indicators JIXIAO_SCREENSHOT_SUFFIX=-1024x600
shoot env JIXIAO_SCREENSHOT_SIZE=1920x1080 JIXIAO_SCREENSHOT_PAGES=indicators JIXIAO_SCREENSHOT_SUFFIX=-1920x1080
# 在职实有人数 stated as 95 where the categories add up to 93: the entry shows its error.
shoot env JIXIAO_SCREENSHOT_SIZE=1024x600 JIXIAO_SCREENSHOT_PAGES=overview JIXIAO_SCREENSHOT_SUFFIX=-staffing-error \
  JIXIAO_DEBUG_EDIT=department.staffing.actual.total=95 JIXIAO_SCREENSHOT_FOCUS=department.staffing.actual.total
