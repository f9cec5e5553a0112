#!/usr/bin/env bash
# Set up everything the tests need on a fresh Debian machine with Python 3.11+, then run them.
# System packages: Chromium (browser tests drive it through Playwright, reader tests print PDFs
# with it), Noto CJK fonts (Chinese glyphs in screenshots, plots and PDFs), antiword (the .doc
# reader) and LibreOffice Writer (the tests write real .doc files with it). Python packages go
# into .venv.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
command -v antiword >/dev/null 2>&1 || need+=(antiword)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
if [ ${#need[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test,bench]"

.venv/bin/ruff check kg tests bench
.venv/bin/ruff format --check kg tests bench
.venv/bin/python -m pytest -q "$@"
