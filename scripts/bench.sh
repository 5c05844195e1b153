#!/usr/bin/env bash
# Every benchmark, printing its figures (performance goals live here, never in tests).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --system
npm run build --silent
echo "== validate() =="
npx tsx bench/validate.bench.ts
echo
echo "== validate() on pathological text =="
npx tsx bench/pathological.bench.ts
echo
echo "== rendering (seed report) =="
npx tsx bench/render.bench.ts
echo
echo "== batch (CLI) =="
npx tsx bench/batch.bench.ts
echo
echo "== import =="
npx tsx bench/import.bench.ts
echo; echo "== import within limits =="; npx tsx bench/import-bounds.bench.ts
echo; echo "== CLI start (spawned, median of 15) =="; npx tsx bench/cli-start.bench.ts
echo; echo "== report service (loopback, autocannon) =="; npx tsx bench/serve.bench.ts
