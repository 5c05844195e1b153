#!/usr/bin/env bash
# The whole test suite, from a clean clone: set-up, build, type check, tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --system
echo "==> build"
npm run build --silent
echo "==> type check"
npx tsc --noEmit -p .
echo "==> dependency rules (no cycles between src folders; src/util imports nothing of ours)"
npx depcruise src --config .dependency-cruiser.cjs
echo "==> tests"
npx vitest run "$@"
