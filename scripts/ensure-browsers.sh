#!/usr/bin/env bash
# Installs the browsers the end-to-end tests and `npm start` drive, from
# Debian's packages, when they are missing: chromium (always) and
# firefox-esr (for the Firefox suite; pass "chromium" to skip it).
set -euo pipefail
want=(chromium firefox-esr)
[ "${1:-}" = "chromium" ] && want=(chromium)
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [[ " ${want[*]} " == *" firefox-esr "* ]]; then
  [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
fi
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing ${missing[*]} from Debian's packages…" >&2
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
  echo "Please install ${missing[*]} (apt-get install ${missing[*]}): not root and no sudo." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null
