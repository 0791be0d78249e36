#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Hostile stories opened in the real window (Xvfb), as a facilitator might:
# each shows the error screen with file and line (and on stderr), the game
# goes on, Enter returns to the title, and the player's save is untouched.
# Usage: window-hostile.sh ATTUNE_BINARY FIXTURES_DIR
set -u
bin=$1
fix=$2
if ! command -v xvfb-run >/dev/null 2>&1 || ! command -v xdotool >/dev/null 2>&1; then
    echo "window-hostile: xvfb-run or xdotool missing; skipped"
    exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# An empty cache of drawn pictures: a hostile picture is drawn (and refused) here.
export XDG_DATA_HOME="$tmp/xdg" XDG_CACHE_HOME="$tmp/cache" SDL_AUDIODRIVER=dummy
unset SDL_VIDEODRIVER
# A save the hostile stories must not touch.
mkdir -p "$XDG_DATA_HOME/Attune/attune"
printf 'precious' > "$XDG_DATA_HOME/Attune/attune/keep-me.sav"
# Not a first play: these keys answer beats, not the guide to the meters.
printf 'guide_seen = on\n' > "$XDG_DATA_HOME/Attune/attune/settings.txt"
status=0
for story in endless-loop memory-bomb no-os hostile-io hostile-load hostile-require \
             hostile-string-rep-loop hostile-string-upper-when hostile-concat-loop \
             hostile-memory-error-in-a-folder-whose-path-is-longer-than-sixty-characters \
             hostile-pcall-escape loop-in-condition bad-text \
             hostile-long-id hostile-nul-id hostile-nan hostile-escape-title \
             hostile-symlink-story; do
    xvfb-run -a -s "-screen 0 1280x720x24" sh -c '
      . "$3"
      start=$(date +%s%N)
      start_window "Attune" "$2" "$0" play "$1" --size 960x540
      sleep 1.2
      case "$1" in
        *loop-in-condition|*string-upper-when)  # loads, then fails on its first answer
          xdotool key --window "$wid" Return; sleep 0.2
          xdotool key --window "$wid" 1; sleep 1.2 ;;
      esac
      kill -0 $pid || { echo "the game died"; exit 1; }
      xdotool key --window "$wid" Return; sleep 0.4   # error screen -> the title
      kill -0 $pid || { echo "the game died on the way to the title"; exit 1; }
      ms=$(( ($(date +%s%N) - start) / 1000000 ))
      kill -TERM $pid; wait $pid
      echo "$(basename "$1"): the error screen, then the title; alive after ${ms} ms"
    ' "$bin" "$fix/$story" "$tmp/$story.err" "$(dirname "$0")/window-start.sh" ||
        { echo "window-hostile: $story failed"; status=1; }
    grep -q "^story: .*$story/story.lua:[0-9]*: " "$tmp/$story.err" ||
        { echo "window-hostile: $story: no file:line on stderr"; cat "$tmp/$story.err"; status=1; }
done
# Hostile pictures: the story plays on with the plain background, the game
# stays responsive, and stderr names each picture refused and why.
for case in "hostile-svg-wide:times as wide" "hostile-svg-complex:numbers in its paths" \
            "hostile-svg-overdraw:took longer than" "hostile-png-huge:16000x16000 pixels" \
            "hostile-symlink-picture:leads outside the story's folder"; do
    story=${case%%:*} want=${case#*:}
    xvfb-run -a -s "-screen 0 1280x720x24" sh -c '
      . "$3"
      start=$(date +%s%N)
      start_window "Attune" "$2" "$0" play "$1" --size 1280x720
      sleep 2.5       # the preview, then the full-size picture or its refusal
      kill -0 $pid || { echo "the game died"; exit 1; }
      # A picture too slow to draw is stopped after 1 s of its own CPU time,
      # which a busy machine may take several seconds to give it: wait for
      # the refusal (at most 12 s more) before answering, which would call
      # the drawing off; the game is checked alive after.
      n=0
      while ! grep -q "$4" "$2" && [ $n -lt 60 ]; do sleep 0.2; n=$((n + 1)); done
      kill -0 $pid || { echo "the game died waiting"; exit 1; }
      xdotool key --window "$wid" Return; sleep 0.3
      xdotool key --window "$wid" 1; sleep 1   # an answer: the next beat, its pictures
      kill -0 $pid || { echo "the game died on the next beat"; exit 1; }
      ms=$(( ($(date +%s%N) - start) / 1000000 ))
      kill -TERM $pid; wait $pid
      echo "$(basename "$1"): played on; alive after ${ms} ms"
    ' "$bin" "$fix/$story" "$tmp/$story.err" "$(dirname "$0")/window-start.sh" "$want" ||
        { echo "window-hostile: $story failed"; status=1; }
    grep -q "$want" "$tmp/$story.err" ||
        { echo "window-hostile: $story: no '$want' on stderr"; cat "$tmp/$story.err"; status=1; }
done
[ "$(cat "$XDG_DATA_HOME/Attune/attune/keep-me.sav")" = "precious" ] ||
    { echo "window-hostile: the save was touched"; status=1; }
exit $status
