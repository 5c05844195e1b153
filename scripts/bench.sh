#!/usr/bin/env bash
# Every benchmark, printing its figures (performance goals live here, never in tests).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --system
npm run build --silent
echo "== validate() =="
npx tsx bench/validate.bench.ts
echo; echo "== validate() against the first version (fa875f5), CPU per call =="; npx tsx bench/validate-ab.bench.ts
echo
echo "== validate() on pathological text =="
npx tsx bench/pathological.bench.ts
echo
echo "== rendering (seed report) =="
npx tsx bench/render.bench.ts
echo
echo "== batch (CLI) =="
npx tsx bench/batch.bench.ts
echo; echo "== batch per core (CPU time of the process tree; docs/deploy.md) =="; npx tsx bench/per-core.bench.ts
echo
echo "== import =="
npx tsx bench/import.bench.ts
echo; echo "== import within limits =="; npx tsx bench/import-bounds.bench.ts
echo; echo "== CLI start (spawned, median of 15) =="; npx tsx bench/cli-start.bench.ts
echo; echo "== copy detection across a batch (5,000 generated reports) =="; npx tsx bench/copies.bench.ts
echo; echo "== throughput against LibreOffice and bare Puppeteer (ratios, interleaved) =="; npx tsx bench/throughput.bench.ts
echo; echo "== CPU of one print job by Chromium process, and two what-ifs =="; npx tsx bench/print-cost.bench.ts
echo; echo "== several reports per print job, and what a split keeps =="; npx tsx bench/print-split.bench.ts
echo; echo "== form: keystroke to marked cell =="; npx tsx bench/form.bench.ts
echo; echo "== report service (loopback, autocannon) =="; npx tsx bench/serve.bench.ts
