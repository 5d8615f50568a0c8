#!/usr/bin/env bash
# System packages the tests need beyond Python: Chromium for the HTML report's browser tests.
# Installed from Debian's packages when missing and when we may (root, or passwordless sudo).
set -u
if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-test-deps: no apt-get; browser tests will be skipped" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "install-test-deps: not root; install chromium to run the browser tests" >&2
    exit 0
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null \
  || echo "install-test-deps: chromium could not be installed; browser tests will be skipped" >&2
exit 0
