#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Votes from phones in real windows under Xvfb, with three phones in headless
# Chromium (tests/window-phones.py says what is done). Screenshots are kept in
# $ATTUNE_SHOTS when it is set.
# Usage: window-phones.sh ATTUNE_BINARY SOURCE_DIR
set -u
bin=$1
src=$2
for tool in xvfb-run xdotool import chromium chromedriver python3; do
    command -v "$tool" >/dev/null 2>&1 || { echo "window-phones: $tool missing; skipped"; exit 77; }
done
tmp=$(mktemp -d)
out=${ATTUNE_SHOTS:-$tmp/out}
[ -n "${ATTUNE_SHOTS:-}" ] || trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME="$tmp/xdg" HOME="$tmp/home" ATTUNE_DATA_DIR="$src"
mkdir -p "$HOME" "$out"
unset SDL_VIDEODRIVER
export SDL_AUDIODRIVER=dummy
xvfb-run -a -s "-screen 0 2200x800x24" python3 "$src/tests/window-phones.py" "$bin" "$src" "$out" ||
    { echo "window-phones: the game said:"; cat "$out/game.log" 2>/dev/null; exit 1; }
