#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Install the Debian packages Attune needs, only those that are missing, so a
# second run takes a moment. Usage: tools/setup.sh [--test]
#   (no option)  what it takes to build and play
#   --test       also what the tests need (cmocka; Xvfb, xdotool and ImageMagick's
#                import for the window tests; Chromium and chromedriver to be the
#                phones of the phone-vote test, zbarimg to read its QR code; clang and its runtime for the fuzzers, clang-format
#                for the style check; the validators of
#                the desktop entry and AppStream file, groff for the man page,
#                dpkg-dev and file for the .deb (CPack needs both), lintian to
#                check it, the two font packages it depends on, python3 to read PNGs)
set -eu

packages="build-essential cmake pkg-config gettext libsdl2-dev libsdl2-ttf-dev libsdl2-mixer-dev
libsdl2-image-dev liblua5.4-dev zlib1g-dev libmicrohttpd-dev libqrencode-dev"
if [ "${1:-}" = "--test" ]; then
    packages="$packages libcmocka-dev xvfb xauth xdotool clang clang-format libclang-rt-dev graphviz chromium chromium-driver zbar-tools
desktop-file-utils appstream groff-base dpkg-dev file lintian fonts-open-sans fonts-opendyslexic
python3 imagemagick"
fi

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: this script needs a Debian or Ubuntu system (apt-get). Install by hand:" >&2
    echo "  $packages" | tr '\n' ' ' >&2
    echo >&2
    echo "  (SDL2, SDL2_ttf, SDL2_mixer, SDL2_image, Lua 5.4, gettext, cmocka, CMake, a C compiler)" >&2
    exit 1
fi

missing=""
for p in $packages; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "setup: everything is installed"
    exit 0
fi

echo "setup: installing$missing"
if [ "$(id -u)" -eq 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
else
    echo "setup: run as root or install sudo; missing:$missing" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing
