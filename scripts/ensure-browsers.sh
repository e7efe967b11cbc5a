#!/usr/bin/env bash
# Makes sure the browsers that the end-to-end tests and `npm start` drive are
# present: Chromium (always) and Firefox (for the Firefox suite; pass
# "chromium" to skip it). For each browser, in order:
#   1. CHROMIUM_PATH / FIREFOX_PATH, when set (the launchers use it too);
#   2. the paths the launchers look at (scripts/lib/launch-*.ts);
#   3. other known install places (PATH, snap, macOS apps): found there, it
#      says which variable to set, since the launchers do not look there;
#   4. Debian's packages with apt-get, when apt-get exists;
#   5. otherwise, what to install on this system, and exit 1.
# Uses only bash built-ins until it installs, so a test can run it with a
# fake PATH. CROSSCHECK_FS_ROOT (tests only) prefixes every known path.
set -euo pipefail

root="${CROSSCHECK_FS_ROOT:-}"
want=(chromium firefox)
[ "${1:-}" = "chromium" ] && want=(chromium)

# What the launchers accept without a variable (keep in step with scripts/lib/launch-*.ts).
launcher_paths() {
  case "$1" in
    chromium) echo /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome ;;
    firefox) echo /usr/bin/firefox-esr /usr/bin/firefox ;;
  esac
}
# Elsewhere a browser is often installed.
other_paths() {
  case "$1" in
    chromium) echo /snap/bin/chromium /usr/local/bin/chromium /opt/homebrew/bin/chromium \
      "/Applications/Chromium.app/Contents/MacOS/Chromium" ;;
    firefox) echo /snap/bin/firefox /usr/local/bin/firefox /opt/homebrew/bin/firefox \
      "/Applications/Firefox.app/Contents/MacOS/firefox" ;;
  esac
}
env_var() { [ "$1" = chromium ] && echo CHROMIUM_PATH || echo FIREFOX_PATH; }
package() { [ "$1" = chromium ] && echo chromium || echo firefox-esr; }

missing=()
for b in "${want[@]}"; do
  var=$(env_var "$b")
  override="${!var:-}"
  if [ -n "$override" ]; then
    if [ -x "$override" ]; then
      echo "$b: $override (from $var)" >&2
      continue
    fi
    echo "$var is set to $override, which is not an executable file. Fix or unset it." >&2
    exit 1
  fi
  found=""
  for p in $(launcher_paths "$b"); do [ -x "$root$p" ] && { found="$p"; break; }; done
  [ -n "$found" ] && continue
  other=""
  for p in $(other_paths "$b"); do [ -x "$root$p" ] && { other="$p"; break; }; done
  if [ -z "$other" ]; then
    for name in $(launcher_paths "$b"); do
      name="${name##*/}"
      p=$(command -v "$name" 2>/dev/null || true)
      [ -n "$p" ] && { other="$p"; break; }
    done
  fi
  if [ -n "$other" ]; then
    echo "$b found at $other, where the test and start scripts do not look." >&2
    echo "Run with $var=\"$other\" (for example: export $var=\"$other\")." >&2
    exit 1
  fi
  missing+=("$b")
done
[ ${#missing[@]} -eq 0 ] && exit 0

pkgs=()
for b in "${missing[@]}"; do pkgs+=("$(package "$b")"); done

if command -v apt-get >/dev/null 2>&1; then
  if [ "${EUID:-$(id -u)}" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "Please install ${pkgs[*]} (apt-get install ${pkgs[*]}): not root and no sudo." >&2
    exit 1
  fi
  echo "Installing ${pkgs[*]} from Debian's packages (apt-get)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${pkgs[@]}" >/dev/null
  exit 0
fi

# No apt-get: say what to install here, and how to point the scripts at it.
os_id=""
if [ -r "$root/etc/os-release" ]; then
  while IFS='=' read -r key value; do [ "$key" = ID ] && os_id="${value//\"/}"; done <"$root/etc/os-release"
fi
echo "Missing: ${missing[*]}, and apt-get is not available to install it." >&2
case "${OSTYPE:-}:$os_id" in
  darwin*)
    echo "On macOS: brew install --cask chromium firefox (or download both), then" >&2
    echo "  export CHROMIUM_PATH=/Applications/Chromium.app/Contents/MacOS/Chromium" >&2
    echo "  export FIREFOX_PATH=/Applications/Firefox.app/Contents/MacOS/firefox" >&2
    ;;
  *:fedora | *:rhel | *:centos | *:rocky | *:almalinux)
    echo "On Fedora/RHEL: sudo dnf install chromium firefox (the scripts find /usr/bin/chromium-browser and /usr/bin/firefox)." >&2
    ;;
  *:arch | *:manjaro)
    echo "On Arch: sudo pacman -S chromium firefox." >&2
    ;;
  *:opensuse* | *:sles)
    echo "On openSUSE: sudo zypper install chromium MozillaFirefox." >&2
    ;;
  *)
    echo "Install Chromium (not Google Chrome: it ignores --load-extension) and Firefox 140+ with your system's packages." >&2
    ;;
esac
echo "Elsewhere, point the scripts at the browsers with CHROMIUM_PATH and FIREFOX_PATH." >&2
exit 1
