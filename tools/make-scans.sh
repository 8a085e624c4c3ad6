#!/usr/bin/env bash
# Makes scans of real UN PDFs, to score how well plenary reads scanned documents: every page is
# rendered as a 200 dpi grey image (pdftoppm) and the images are put back into an image-only PDF
# (img2pdf, the page keeping its size), as a scanner would give them; each scan gets the
# born-digital file's gold labels beside it.
#
#   tools/make-scans.sh [OUT]          (OUT defaults to /tmp/ocr/scans)
#
# OUT/      the PDFs of ../shared/corpus/pdf, same names, with their .gold.json
# OUT/web/  the PDFs printed from web texts in six languages (plenary-core's test fixtures
#           golden/pdf, see their README), with the gold of ../shared/corpus/web
# OUT/printed/  scans of every web text of ../shared/corpus/web printed to PDF by tools/print-texts.py
#           (Chromium, the fixtures' layout), with its gold; only where chromium is installed
# OUT/printed-born/  those prints themselves, born-digital, with the same gold
#
# Then: python3 ../shared/tools/evaluate.py --verbose --cmd "./plenary parse --format json --timeout 900" OUT OUT/web
# Needs poppler-utils (pdftoppm) and img2pdf.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/ocr/scans}"
dpi="${SCAN_DPI:-200}"
shared="../shared/corpus"
mkdir -p "$out/web"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

scan() { # scan SOURCE.pdf TARGET.pdf
  rm -f "$work"/page-*
  pdftoppm -r "$dpi" -gray -png "$1" "$work/page"
  img2pdf --imgsize "${dpi}dpix${dpi}dpi" "$work"/page-*.png -o "$2"
}

for pdf in "$shared"/pdf/*.pdf; do
  name="$(basename "$pdf" .pdf)"
  scan "$pdf" "$out/$name.pdf"
  cp "$shared/pdf/$name.gold.json" "$out/"
done
for pdf in plenary-core/src/test/resources/golden/pdf/*.pdf; do
  name="$(basename "$pdf" .pdf)"
  gold="$shared/web/$name.gold.json"
  [[ -f "$gold" ]] || continue
  scan "$pdf" "$out/web/$name.pdf"
  cp "$gold" "$out/web/"
done
if command -v chromium >/dev/null 2>&1; then
  mkdir -p "$out/printed" "$out/printed-born"
  tools/print-texts.py "$out/printed-born" "$shared"/web/*.txt
  for pdf in "$out"/printed-born/*.pdf; do
    name="$(basename "$pdf" .pdf)"
    scan "$pdf" "$out/printed/$name.pdf"
    cp "$out/printed-born/$name.gold.json" "$out/printed/"
  done
fi
echo "scans in $out ($(ls "$out"/*.pdf | wc -l) PDFs) and $out/web ($(ls "$out"/web/*.pdf | wc -l) PDFs)"
