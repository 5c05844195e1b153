#!/usr/bin/env bash
# The README's first command: set up (npm ci; Chromium, CJK fonts and poppler from apt when
# missing; the prepared PDF fonts), build, and render the example report to PDF and HTML.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --system
npm run build --silent
node dist/cli.js validate examples/gongbujiangda-2023.json
node dist/cli.js render examples/gongbujiangda-2023.json \
  -o out/gongbujiangda-2023.pdf -o out/gongbujiangda-2023.html
echo "PDF 与 HTML 在 / PDF and HTML are in: $(pwd)/out/"
