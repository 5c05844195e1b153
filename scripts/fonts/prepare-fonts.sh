#!/usr/bin/env bash
# Checks the prerequisites of prepare-fonts.py, then runs it.
#   scripts/fonts/prepare-fonts.sh                      -> --out <repo>/.cache/fonts
#   scripts/fonts/prepare-fonts.sh --out DIR [--extra-chars FILE] [--force]
# Installs nothing: it names the Debian package to install when something is missing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
missing=0

# A python3 earlier on PATH (pyenv, venv) usually lacks Debian's fontTools,
# so fall back to the system interpreter before giving up.
py=""
for cand in "${PYTHON:-}" python3 /usr/bin/python3; do
  [ -n "$cand" ] || continue
  command -v "$cand" >/dev/null 2>&1 || continue
  if "$cand" -c 'import fontTools.subset, fontTools.pens.cu2quPen' >/dev/null 2>&1; then
    py="$cand"
    break
  fi
done
if [ -z "$py" ]; then
  if ! command -v python3 >/dev/null 2>&1 && [ ! -x /usr/bin/python3 ]; then
    echo "prepare-fonts: python3 not found; install the Debian package 'python3' (apt-get install python3)." >&2
  else
    echo "prepare-fonts: the Python module fontTools is missing; install the Debian package 'python3-fonttools' (apt-get install python3-fonttools)." >&2
  fi
  missing=1
fi

check_font() { # path package
  if [ ! -r "$1" ]; then
    echo "prepare-fonts: source font $1 not found; install the Debian package '$2' (apt-get install $2)." >&2
    missing=1
  fi
}
check_font /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc fonts-noto-cjk
check_font /usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc fonts-noto-cjk
check_font /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc fonts-noto-cjk
check_font /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc fonts-noto-cjk
check_font /usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf fonts-lxgw-wenkai

[ "$missing" = 0 ] || exit 1

if [ $# -eq 0 ]; then
  set -- --out "$root/.cache/fonts"
fi
exec "$py" "$here/prepare-fonts.py" "$@"
