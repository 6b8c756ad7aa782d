#!/usr/bin/env bash
# Installs the Debian packages the build, the UI tests and the sensor tests need, if any is missing.
# Needs root (CI and these machines run as root); prints what it would install otherwise.
set -euo pipefail
packages=(xvfb xauth libgtk-3-0 mosquitto mosquitto-clients fonts-noto-cjk imagemagick postgresql git unzip openssh-server)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
((${#missing[@]})) || exit 0
if [[ $(id -u) -ne 0 ]]; then
  echo "Missing packages: ${missing[*]} — install them with: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing ${missing[*]} ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
