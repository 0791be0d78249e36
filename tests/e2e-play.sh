#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# End to end, headless, through the real game loop: from the title into a
# story, a wrong turn taken back (rewind), the other road, rewind twice at the
# ending and a third road, the debrief with the roads side by side, and the
# debrief exported as a PNG -- then the picture, the save and the progress
# file are checked. Input comes from a script fed to the loop when it is idle
# (attune --input-script), the way a player's keys would come.
# Usage: e2e-play.sh ATTUNE_BINARY SOURCE_DIR
set -eu
bin=$1
src=$2
tmp=$(mktemp -d)
[ -n "${E2E_KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT
# A data folder with the real library and assets, and one story: the tiny
# fixture, whose answers are never shuffled and whose numbers are known.
mkdir -p "$tmp/data/scripts/stories"
ln -s "$src/scripts/lib" "$tmp/data/scripts/lib"
ln -s "$src/assets" "$tmp/data/assets"
cp -r "$src/tests/fixtures/stories/tiny" "$tmp/data/scripts/stories/tiny"
export ATTUNE_DATA_DIR="$tmp/data" XDG_DATA_HOME="$tmp/xdg" ATTUNE_EXPORT_DIR="$tmp/out"
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy

cat > "$tmp/script" <<'SCRIPT'
expect title
key Return
expect stories
key Return
# the first play in a fresh save folder: the guide to the meters, over the beat
expect guide
shot GUIDE
key Return
expect beat
key Return
# the fixing answer: a rupture
key 2
expect feedback
key Return
expect beat
# take it back and attune instead
key Z
expect beat
key 1
expect feedback
key Return
key Return
key 1
expect feedback
key Return
expect ending
# rewind twice: back to the first beat, and rescue this time
key Z
key Z
expect beat
key 3
key Return
key Return
key 1
key Return
expect ending
key C
key E
shot SHOT
key H
expect history
key Escape
expect ending
quit
SCRIPT
sed -i "s|SHOT|$tmp/debrief-window.png|; s|GUIDE|$tmp/guide-window.png|" "$tmp/script"
"$bin" --size 1280x720 --input-script "$tmp/script" 2>"$tmp/log" || {
    echo "e2e: the game failed"; cat "$tmp/log"; exit 1; }
grep -q "script: screen history" "$tmp/log" || { echo "e2e: the script did not finish"; cat "$tmp/log"; exit 1; }
[ -s "$tmp/guide-window.png" ] || { echo "e2e: the guide to the meters was not shown"; exit 1; }
grep -q "^guide_seen = " "$tmp/xdg/Attune/attune/settings.txt" 2>/dev/null ||
    grep -q "guide_seen" "$tmp"/xdg/*/*/settings.txt || { echo "e2e: the guide was not remembered"; exit 1; }

png=$(ls "$tmp"/out/attune-tiny-*.png 2>/dev/null | head -1)
[ -n "$png" ] || { echo "e2e: no exported picture"; cat "$tmp/log"; exit 1; }
# The exported debrief: one picture, its full-HD pages one under the other
# (and no second file); cream text, the amber connection line and the muted
# dashed road are all there (shares of pixels near each colour; the text is
# now spread over two or more pages, so its share of the whole is half of
# what one page held).
[ "$(ls "$tmp"/out/ | wc -l)" = 1 ] || { echo "e2e: more than one exported file"; ls "$tmp/out"; exit 1; }
stats=$(python3 "$src/tests/pngstat.py" "$png" 246,238,222,20 238,184,104,20 206,196,178,12)
echo "e2e: exported $png: $(echo $stats | tr '\n' ' ')"
set -- $stats
case "$1" in
1920x1080|1920x2160|1920x3240|1920x4320) ;;
*) echo "e2e: the picture is $1, not 1920 wide and whole 1080-pixel pages tall"; exit 1 ;;
esac
awk -v t="$2" -v a="$3" -v m="$4" 'BEGIN { exit !(t > 0.002 && a > 0.0005 && m > 0.0005) }' ||
    { echo "e2e: the picture lacks text, the chart or the road"; exit 1; }

# The save keeps the roads; the progress file both endings.
grep -aq "road " "$tmp"/xdg/attune/attune/autosave-*.sav 2>/dev/null ||
    grep -arq "road " "$tmp/xdg" || { echo "e2e: the save has no roads"; ls -R "$tmp/xdg"; exit 1; }
prog=$(find "$tmp/xdg" -name 'progress-tiny.txt' | head -1)
[ -n "$prog" ] || { echo "e2e: no progress file"; exit 1; }
grep -q "Good" "$prog" && grep -q "Bad" "$prog" ||
    { echo "e2e: the progress file lacks an ending"; cat "$prog"; exit 1; }
echo "e2e: ok"
