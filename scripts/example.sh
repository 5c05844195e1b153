#!/usr/bin/env bash
# The README's first command: set up, build, and check the example report.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm run build --silent
node dist/cli.js validate examples/gongbujiangda-2023.json
