#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the import dialog's screenshot in Chinese (data/screenshots/import-mapping.png) over a
# province's two-row-header 自评表 written by python3-openpyxl (tests/test-import.py's
# template):
#
#   tests/import-screenshots.sh [BUILD_DIR] [OUTDIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
out=${2:-$root/data/screenshots}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$out"
"$root/tests/zh-locale.sh" "$tmp/locale"
JIXIAO_BIN=unused JIXIAO_SAMPLE=unused /usr/bin/python3 - "$root/tests" "$tmp/自评表模板.xlsx" <<'PY'
import importlib.util, sys
spec = importlib.util.spec_from_file_location("t", sys.argv[1] + "/test-import.py")
t = importlib.util.module_from_spec(spec)
spec.loader.exec_module(t)
t.write_template(sys.argv[2])
PY

env LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 LANGUAGE=zh_CN JIXIAO_LOCALEDIR="$tmp/locale" \
    JIXIAO_SAMPLE="$root/data/samples/xinzhou-2020.jixiao" \
    GDK_BACKEND=x11 GSK_RENDERER=cairo GTK_A11Y=none GSETTINGS_BACKEND=memory \
    DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
  xvfb-run -a -s "-screen 0 1920x1080x24" "$build/tests/import-screenshots" "$tmp/自评表模板.xlsx" "$out"
