#!/usr/bin/env bash
# Tests the WordPress plugin (dist-wordpress/dry-needling-widgets.zip, from
# `npm run build:wordpress`) in two real WordPress versions: Debian 12's
# wordpress package (6.1) and Debian 13's (6.8, with the script modules of
# WordPress 6.5+), fetched from the same Debian mirror and unpacked, not
# installed (it runs on Debian 12's PHP 8.2). Each runs in
# scripts/wordpress/run-site.sh; the checks themselves are in
# scripts/wordpress/checks.mjs (headless Chromium) and scripts/wordpress/site.php
# (inside WordPress). Needs root for apt-get when a package is missing (CI: a
# fresh Debian machine).
set -euo pipefail
cd "$(dirname "$0")/.."

ZIP="dist-wordpress/dry-needling-widgets.zip"
if [ ! -f "$ZIP" ]; then
  echo "test:wordpress: $ZIP is missing. Build it first: npm run build:wordpress" >&2
  exit 1
fi

# wordpress-theme-twentytwentythree: a default theme to show the pages with
# (the wordpress package only recommends it).
PACKAGES=(wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql)
missing=()
for package in "${PACKAGES[@]}"; do
  [ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" = 'install ok installed' ] || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Debian 13's WordPress, with the packages its symlinks point into (JavaScript
# libraries, getID3) and the theme, unpacked into a cache folder.
TRIXIE="${XDG_CACHE_HOME:-$HOME/.cache}/dry-needling-widgets/wordpress-debian-13"
if [ ! -f "$TRIXIE/root/usr/share/wordpress/wp-includes/version.php" ]; then
  echo "Fetching WordPress from Debian 13 (trixie)…"
  rm -rf "$TRIXIE"
  mkdir -p "$TRIXIE/apt/lists/partial" "$TRIXIE/apt/cache/archives/partial" "$TRIXIE/apt/sources" "$TRIXIE/debs" "$TRIXIE/root"
  cat >"$TRIXIE/apt/sources/trixie.sources" <<SOURCES
Types: deb
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
  APT_OPTIONS=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$TRIXIE/apt/sources"
    -o "Dir::State::Lists=$TRIXIE/apt/lists" -o "Dir::Cache=$TRIXIE/apt/cache" -o Debug::NoLocking=1
    -o APT::Sandbox::User=root)
  apt-get "${APT_OPTIONS[@]}" update -qq
  (cd "$TRIXIE/debs" && apt-get "${APT_OPTIONS[@]}" download -qq wordpress wordpress-theme-twentytwentythree \
    libjs-underscore libjs-lodash libjs-cropper php-getid3)
  for deb in "$TRIXIE"/debs/*.deb; do dpkg-deb -x "$deb" "$TRIXIE/root"; done
fi

for source in /usr/share/wordpress "$TRIXIE/root/usr/share/wordpress"; do
  bash scripts/wordpress/run-site.sh "$source"
done
