#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Reload in the real window (Xvfb): play two choices, break the story on
# disk and press F5 (the error names file and line, the game goes on, the
# save is untouched), fix it and press F5 (back at the same place).
# Usage: window-reload.sh ATTUNE_BINARY STORY_DIR
set -u
bin=$1
src=$2
if ! command -v xvfb-run >/dev/null 2>&1 || ! command -v xdotool >/dev/null 2>&1; then
    echo "window-reload: xvfb-run or xdotool missing; skipped"
    exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$src" "$tmp/story"
export XDG_DATA_HOME="$tmp/xdg" SDL_AUDIODRIVER=dummy
# Not a first play: the guide to the meters has its own tests.
mkdir -p "$XDG_DATA_HOME/Attune/attune"
printf 'guide_seen = on\n' > "$XDG_DATA_HOME/Attune/attune/settings.txt"
unset SDL_VIDEODRIVER
xvfb-run -a -s "-screen 0 1280x720x24" sh -c '
  . "$2"
  start_window "Attune" "$1/stderr.log" "$0" play "$1/story" --size 960x540
  sleep 0.4
  k() { xdotool key --window "$wid" "$1"; sleep 0.3; }
  # NOTE: a busy machine outruns any fixed pause: the autosaves say where the
  # game is (the beat on screen writes one, each answer another).
  saves() { ls "$1"/xdg/Attune/attune/autosave-*.sav 2>/dev/null | wc -l; }
  upto() { n=0; while [ "$(saves "$1")" -lt "$2" ] && [ $n -lt 75 ]; do sleep 0.2; n=$((n + 1)); done; }
  upto "$1" 1; k Return; k 1; upto "$1" 2; k Return; k Return; k 2; upto "$1" 3; k Return
  cp "$1/story/story.lua" "$1/good.lua"
  saves_before=$(cat "$1"/xdg/Attune/attune/autosave-*.sav | cksum)
  sed -i "5s/^/this is not lua (/" "$1/story/story.lua"
  k F5
  kill -0 $pid || { echo "the game died on a broken reload"; exit 1; }
  saves_after=$(cat "$1"/xdg/Attune/attune/autosave-*.sav | cksum)
  [ "$saves_before" = "$saves_after" ] || { echo "a broken reload changed the save"; exit 1; }
  cp "$1/good.lua" "$1/story/story.lua"
  k F5
  kill -0 $pid || { echo "the game died on reload"; exit 1; }
  n=0
  while ! xdotool getwindowname "$wid" | grep -q "Homework Night" && [ $n -lt 75 ]; do
    sleep 0.2; n=$((n + 1))
  done
  name=$(xdotool getwindowname "$wid")
  echo "window after reload: $name"
  echo "$name" | grep -q "Homework Night" || { echo "not back in the story"; exit 1; }
  kill -TERM $pid; wait $pid
' "$bin" "$tmp" "$(dirname "$0")/window-start.sh" || exit 1
grep -q "reload failed: .*story/story.lua:5: " "$tmp/stderr.log" ||
    { echo "window-reload: the broken reload did not name file:line"; cat "$tmp/stderr.log"; exit 1; }
echo "window-reload: ok"
