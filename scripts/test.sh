#!/usr/bin/env bash
# The whole test suite, from a clean clone: set-up, build, formatting, type check, dependency rules, tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --system
echo "==> build"
npm run build --silent
echo "==> formatting (Biome, 120 columns: npx biome format --write . fixes it)"
npx biome format .
echo "==> type check"
npx tsc --noEmit -p .
echo "==> dependency rules (no cycles between src folders; src/util imports nothing of ours)"
npx depcruise src --config .dependency-cruiser.cjs
echo "==> tests"
npx vitest run "$@"
