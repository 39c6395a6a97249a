#!/usr/bin/env bash
# Make the headless browser used by the viewer's browser tests and benchmark available.
#
# Idempotent: does nothing when Chromium and the Playwright Python package are already there.
# Playwright is used only as a driver for the system Chromium; its own browser download
# (`playwright install`) is deliberately never run: it fetches binaries from outside the
# package registries, which is not possible here.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${PYTHON:-$repo_root/.venv/bin/python}"
if [ ! -x "$python" ]; then
    python="$(command -v python3)"
fi

if [ ! -x /usr/bin/chromium ]; then
    echo "setup-browser: installing chromium from Debian packages" >&2
    if [ "$(id -u)" -ne 0 ]; then
        echo "setup-browser: need root to apt-get install chromium" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
fi

if ! "$python" -c 'import playwright.sync_api' >/dev/null 2>&1; then
    echo "setup-browser: installing the playwright Python package" >&2
    "$python" -m pip install --quiet playwright
fi

echo "setup-browser: $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium ?'), playwright $("$python" -c 'import importlib.metadata as m; print(m.version("playwright"))')" >&2
