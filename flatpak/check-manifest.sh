#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Reads the Flatpak manifest the way flatpak-builder does: fails on an error or on any warning.
# Skipped (exit 77) where flatpak-builder is not installed.
set -u
manifest=${1:?manifest}
if ! command -v flatpak-builder >/dev/null 2>&1; then
  echo "flatpak-builder is not installed: skipped"
  exit 77
fi
err=$(mktemp)
trap 'rm -f "$err"' EXIT
if ! flatpak-builder --show-manifest "$manifest" >/dev/null 2>"$err"; then
  cat "$err"
  exit 1
fi
if [ -s "$err" ]; then
  echo "flatpak-builder printed warnings:"
  cat "$err"
  exit 1
fi
echo "$manifest: OK"
