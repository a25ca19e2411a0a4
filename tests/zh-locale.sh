#!/usr/bin/env bash
# Compiles po/zh_CN.po into DIR/zh_CN/LC_MESSAGES/jixiao.mo, for running the uninstalled app
# in Chinese (JIXIAO_LOCALEDIR=DIR, LANG=zh_CN.UTF-8): the screenshot scripts use it.
set -euo pipefail
dir=${1:?usage: zh-locale.sh DIR}
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$dir/zh_CN/LC_MESSAGES"
msgfmt -o "$dir/zh_CN/LC_MESSAGES/jixiao.mo" "$root/po/zh_CN.po"
