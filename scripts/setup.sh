#!/usr/bin/env bash
# Set-up shared by the README's two commands: Node dependencies (npm ci when missing or stale)
# and, with --system, the Debian packages rendering and its tests need (Chromium and its headless shell, CJK fonts, poppler,
# LibreOffice Writer),
# installed only when missing, and the prepared PDF fonts. Safe to run again: it does nothing
# when all is in place.
#   ZFXXGK_FONT_DIR       where the prepared fonts go (default ~/.cache/zfxxgk/fonts)
#   ZFXXGK_FONT_COVERAGE  gb2312 (default, ~15 s once) or uro: every CJK ideograph
#   ZFXXGK_EXTRA_CHARS    a file of extra characters (rare names) to add to the fonts
set -euo pipefail
cd "$(dirname "$0")/.."

want_system=0
for arg in "$@"; do
  case "$arg" in
    --system) want_system=1 ;;
  esac
done

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "zfxxgk needs Node.js 20 or newer (found: $(node -v 2>/dev/null || echo none))" >&2
  exit 2
fi

# Puppeteer must never download a browser here: Debian's Chromium is used.
export PUPPETEER_SKIP_DOWNLOAD=1

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> npm ci"
  npm ci --no-audit --no-fund
fi

if [ "$want_system" = 1 ]; then
  # command → Debian package; fonts are checked through fc-list / their files.
  missing=()
  # The headless shell prints our PDFs (at less than half the full browser's CPU per page, the same
  # pages); the full browser runs the form and the in-browser tests, as a clerk's browser would.
  [ -x /usr/lib/chromium/chromium-headless-shell ] || missing+=(chromium-headless-shell)
  [ -x /usr/lib/chromium/chromium ] || missing+=(chromium)
  command -v pdffonts >/dev/null 2>&1 || missing+=(poppler-utils)
  command -v fc-list >/dev/null 2>&1 || missing+=(fontconfig)
  [ -f /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc ] || missing+=(fonts-noto-cjk)
  [ -f /usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf ] || missing+=(fonts-lxgw-wenkai)
  # LibreOffice Writer, headless: the tests lay our .docx out with it (the office suite they can see).
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
  # LibreOffice Calc, headless: the tests recalculate our .xlsx workbooks' formulas with it.
  ls /usr/lib/libreoffice/program/libsclo.so >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "==> apt-get install ${missing[*]}"
    sudo_cmd=()
    if [ "$(id -u)" != 0 ]; then
      if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo -n); else
        echo "Need root (or sudo) to install: ${missing[*]}" >&2
        exit 2
      fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
  # TrueType cuts of the open CJK faces (Chromium embeds Debian's CFF fonts as Type 3), made in
  # JavaScript (HarfBuzz wasm). Prepared once into the user's cache; a second run checks and
  # returns at once. (The first PDF render would do it too; doing it here keeps test timings even.)
  font_dir="${ZFXXGK_FONT_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/zfxxgk/fonts}"
  npx tsx src/cli/bin.ts fonts --out "$font_dir" --coverage "${ZFXXGK_FONT_COVERAGE:-gb2312}" \
    ${ZFXXGK_EXTRA_CHARS:+--extra-chars "$ZFXXGK_EXTRA_CHARS"} | tail -n 1
fi
