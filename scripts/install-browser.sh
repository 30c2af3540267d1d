#!/usr/bin/env bash
# Install Debian's Chromium and ChromeDriver for the browser test of the network page, when
# they are missing and this user may install packages. Never fails: without a browser the test
# skips and says why.
set -u
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "note: chromium/chromedriver not installed and cannot be installed here; the browser test will skip" >&2
  exit 0
fi
echo "installing chromium and chromium-driver for the browser test..." >&2
(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) >/dev/null 2>&1 \
  || echo "note: could not install chromium; the browser test will skip" >&2
exit 0
