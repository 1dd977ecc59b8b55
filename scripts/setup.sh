#!/usr/bin/env bash
# Installs what lokus needs on a machine that has only Node.js (>= 20.19) and npm:
# pnpm, the workspace's packages and, with --browser, Debian's Chromium and Firefox ESR for the
# browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.21.0
if ! command -v pnpm >/dev/null 2>&1; then
  echo "setup: installing pnpm $PNPM_VERSION with npm"
  npm install --global "pnpm@$PNPM_VERSION" >/dev/null
fi

# --browser: Debian's Chromium for the viewer tests and poppler-utils (pdftotext, pdftoppm) for the
# decree annex tests.
# Firefox ESR for the single-file viewer's Firefox test, with Mesa's EGL and software renderer
# (headless Firefox draws WebGL through them).
if [ "${1:-}" = "--browser" ]; then
  missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr libegl1 libgl1-mesa-dri)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup: installing Debian's ${missing[*]} for the tests"
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export PUPPETEER_SKIP_DOWNLOAD=1
pnpm install --frozen-lockfile
