#!/usr/bin/env bash
# Makes a fresh Debian/Ubuntu machine ready for jianbao, then runs the demo on the bundled samples.
#
#   bash scripts/setup.sh             install what is missing, then `npm run demo`
#   bash scripts/setup.sh --serve     the same, then serve the workbench on the demo store (prints the URL and,
#                                     the first time, the admin's one-time password)
#   bash scripts/setup.sh --no-demo   install only (what CI uses)
#
# Debian packages (only needed for the PDF tests and PDF rendering): chromium, fonts-noto-cjk, poppler-utils, qpdf, unzip.
# They are installed with apt-get when missing and we are root; otherwise the command to run is printed.
set -euo pipefail
cd "$(dirname "$0")/.."

demo=true
serve=false
[ "${1:-}" = "--no-demo" ] && demo=false
[ "${1:-}" = "--serve" ] && serve=true

debian_packages=(chromium fonts-noto-cjk poppler-utils qpdf unzip)
missing=()
for p in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "setup: missing Debian packages (PDF tests need them): sudo apt-get install -y ${missing[*]}" >&2
  fi
fi

if ! command -v node >/dev/null; then
  echo "setup: Node.js 20.19+ or 22+ is needed (https://nodejs.org)" >&2
  exit 1
fi

# Install only when a dependency is missing or does not satisfy package.json, so a rerun is quick.
if ! npm ls >/dev/null 2>&1; then
  npm ci
  node scripts/keep-native-build.mjs
fi

# The CLI that bin/jianbao.js runs is built from src/ (quick; `npm ci` builds it too, through `prepare`).
npm run build

if $demo; then
  npm run demo
fi

if $serve; then
  exec node bin/jianbao.js serve --db data/jianbao.db
fi
