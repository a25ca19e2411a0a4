#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Retakes the side-by-side pictures of the report (issue 11): pages of the PDF (our pango
# paginator) beside the same pages of the .docx as LibreOffice renders it, at 60 dpi, for the
# sample, a partial document (no indicators) and a 500-indicator document
# (tests/gen-indicators.py). Exported under LANG=C: the report is Chinese whatever the locale.
#
#   data/screenshots/report-pages.sh [BUILD_DIR]     (default: build)
#
# Writes data/screenshots/report/NAME-pPAGE.png (PDF left, .docx right). Needs pdftoppm,
# LibreOffice (soffice) and ImageMagick (montage).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
out=data/screenshots/report
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
rm -f "$out"/*.png

python3 - "$tmp/partial.jixiao" <<'EOF'
import json, sys
doc = json.load(open("data/samples/xinzhou-2020.jixiao", encoding="utf-8"))
doc["indicators"] = []
json.dump(doc, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False)
EOF
python3 tests/gen-indicators.py -n 500 "$tmp/long.jixiao" >/dev/null

# NAME SOURCE PAGES (of the PDF; the .docx page of the same number beside it)
shoot() {
  local name=$1 src=$2 pages=$3
  env -u LANGUAGE LANG=C LC_ALL=C "$build/src/jixiao" --export-pdf "$tmp/$name.pdf" "$src"
  env -u LANGUAGE LANG=C LC_ALL=C "$build/src/jixiao" --export-docx "$tmp/$name.docx" "$src"
  soffice -env:UserInstallation="file://$tmp/lo-profile" --headless --norestore \
    --convert-to pdf --outdir "$tmp/lo" "$tmp/$name.docx" >/dev/null 2>&1
  for p in $pages; do
    pdftoppm -png -r 60 -f "$p" -l "$p" -singlefile "$tmp/$name.pdf" "$tmp/$name-pdf-$p"
    if pdftoppm -png -r 60 -f "$p" -l "$p" -singlefile "$tmp/lo/$name.pdf" "$tmp/$name-lo-$p" 2>/dev/null; then
      montage "$tmp/$name-pdf-$p.png" "$tmp/$name-lo-$p.png" -tile 2x1 -geometry +6+6 \
        -background '#c0bfbc' "$out/$name-p$p.png"
    else
      cp "$tmp/$name-pdf-$p.png" "$out/$name-p$p.png"
    fi
  done
  echo "$name: PDF $(pdfinfo "$tmp/$name.pdf" | awk '/^Pages/ {print $2}') pages," \
       ".docx in LibreOffice $(pdfinfo "$tmp/lo/$name.pdf" | awk '/^Pages/ {print $2}') pages"
}

shoot sample data/samples/xinzhou-2020.jixiao "${SAMPLE_PAGES:-1 4 9 11 13 17 20}"
shoot partial "$tmp/partial.jixiao" "${PARTIAL_PAGES:-3 4 8}"
shoot long "$tmp/long.jixiao" "${LONG_PAGES:-3 40}"
