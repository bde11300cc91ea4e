#!/usr/bin/env bash
# Run before `npm test`: the browser tests need Debian's Chromium and the export tests
# Debian's NetworkX. Installs them where it can (root with apt-get, as on CI); otherwise
# stops at once with the exact command, instead of letting three test files fail later.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium" ] || missing+=(chromium)
/usr/bin/python3 -c 'import networkx' >/dev/null 2>&1 || missing+=(python3-networkx)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "test prerequisites: installing ${missing[*]} (Debian packages)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "npm test needs Debian packages that are not installed: ${missing[*]}" >&2
echo "Install them, then run npm test again:" >&2
echo "  sudo apt-get install -y ${missing[*]}" >&2
exit 1
