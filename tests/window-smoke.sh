#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# The real window under Xvfb, as a player would use it: open the game, start
# the story from the title with the keyboard, complete the line, choose an
# answer, and close the window. Fails if the game crashes or does not save.
# Usage: window-smoke.sh ATTUNE_BINARY
set -u
bin=$1
if ! command -v xvfb-run >/dev/null 2>&1 || ! command -v xdotool >/dev/null 2>&1; then
    echo "window-smoke: xvfb-run or xdotool missing; skipped"
    exit 77
fi
export XDG_DATA_HOME="$(mktemp -d)"
# Not a first play: the guide to the meters has its own tests (e2e-play,
# unit.app_menus); these keys are for the beat.
mkdir -p "$XDG_DATA_HOME/Attune/attune"
printf 'guide_seen = on\n' > "$XDG_DATA_HOME/Attune/attune/settings.txt"
unset SDL_VIDEODRIVER
# SMOKE_AUDIO=nosuch makes every audio device fail: the game must run silent.
# SMOKE_AUDIO=system leaves the choice to the game, as on a player's machine:
# with no sound card it must say so in one line, with no ALSA errors.
if [ "${SMOKE_AUDIO:-}" = system ]; then
    if ls /dev/snd/pcmC*p >/dev/null 2>&1; then
        echo "window-smoke: this machine has a sound card; skipped"
        exit 77
    fi
    unset SDL_AUDIODRIVER
else
    export SDL_AUDIODRIVER="${SMOKE_AUDIO:-dummy}"
fi
xvfb-run -a -s "-screen 0 1280x720x24" sh -c '
  . "$1"
  start_window "^Attune$" "$2" "$0" --size 960x540
  sleep 0.3
  xdotool key --window "$wid" Return; sleep 0.3   # Stories, on the title
  xdotool key --window "$wid" Return; sleep 0.3   # the first story
  # NOTE: on a busy machine the story takes longer than any fixed pause to
  # come up; the autosaves say where the game is (the beat on screen writes
  # one, an answer another), so wait for them, 15 s at most each.
  saves() { ls "$3"/Attune/attune/autosave-*.sav 2>/dev/null | wc -l; }
  n=0; while [ "$(saves "$@")" -lt 1 ] && [ $n -lt 75 ]; do sleep 0.2; n=$((n + 1)); done
  xdotool key --window "$wid" Return; sleep 0.2   # complete the line
  xdotool key --window "$wid" 1; sleep 0.3        # choose answer 1
  n=0; while [ "$(saves "$@")" -lt 2 ] && [ $n -lt 75 ]; do sleep 0.2; n=$((n + 1)); done
  xdotool key --window "$wid" Return; sleep 0.2   # past the feedback
  xdotool windowsize "$wid" 3840 2160; sleep 0.4  # to 4K and back down small
  xdotool windowsize "$wid" 320 240; sleep 0.4
  xdotool windowsize "$wid" 1024 768; sleep 0.3
  xdotool key --window "$wid" Return; sleep 0.2
  kill -0 $pid || { echo "the game died while resizing"; exit 1; }
  kill -TERM $pid 2>/dev/null
  wait $pid
  echo "game exited with $?"
' "$bin" "$(dirname "$0")/window-start.sh" "$XDG_DATA_HOME/stderr.log" "$XDG_DATA_HOME"
cat "$XDG_DATA_HOME/stderr.log" 2>/dev/null
saves=$(ls "$XDG_DATA_HOME"/Attune/attune/autosave-*.sav 2>/dev/null | wc -l)
echo "window-smoke: $saves autosave files"
quiet=0
if [ "${SMOKE_AUDIO:-}" = system ]; then
    noise=$(grep -c -i "alsa" "$XDG_DATA_HOME/stderr.log" 2>/dev/null)
    said=$(grep -c "^audio: no sound card and no sound server" "$XDG_DATA_HOME/stderr.log" 2>/dev/null)
    echo "window-smoke: ${noise:-0} lines about ALSA, ${said:-0} saying there is no sound"
    [ "${noise:-0}" -eq 0 ] && [ "${said:-0}" -eq 1 ] || quiet=1
fi
rm -rf "$XDG_DATA_HOME"
[ "$saves" -ge 2 ] && [ "$quiet" -eq 0 ]
