#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# The sound device is open only while something can be heard (engine/ui/audio.c):
# with the music playing there is an SDL audio thread; with the music and the
# effects at 0 there is none at all; hiding the window (as minimising does)
# closes the device and showing it opens it again. Threads are read from
# /proc/PID/task/*/comm ("SDLAudioP2"...), with SDL's dummy driver.
# Usage: window-sound.sh ATTUNE_BINARY STORY_DIR
set -u
bin=$1 story=$2
if ! command -v xvfb-run >/dev/null 2>&1 || ! command -v xdotool >/dev/null 2>&1; then
    echo "window-sound: xvfb-run or xdotool missing; skipped"
    exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SDL_AUDIODRIVER=dummy
unset SDL_VIDEODRIVER
xvfb-run -a -s "-screen 0 1280x720x24" sh -c '
  . "$1"
  bin=$2 story=$3 tmp=$4
  # Audio threads of the game, after waiting up to 3 s for the count to be
  # what is expected (the device opens after the first frame and closes on
  # a thread of its own, which waits for SDL to drain its buffers).
  audio_threads() {
      want=$1
      for i in $(seq 30); do
          n=$(cat /proc/$pid/task/*/comm 2>/dev/null | grep -c "^SDLAudio")
          [ "$n" -eq "$want" ] && break
          sleep 0.1
      done
      echo "$n"
  }
  fail=0
  mkdir -p "$tmp/music/Attune/attune" "$tmp/quiet/Attune/attune"
  printf "music_volume = 0\neffects_volume = 0\n" >"$tmp/quiet/Attune/attune/settings.txt"

  export XDG_DATA_HOME="$tmp/music"
  start_window "Attune" "$tmp/music.log" "$bin" play "$story" --size 960x540
  n=$(audio_threads 1)
  echo "window-sound: music playing: $n audio thread(s)"
  [ "$n" -eq 1 ] || fail=1
  xdotool windowunmap "$wid"
  n=$(audio_threads 0)
  echo "window-sound: window hidden: $n audio thread(s)"
  [ "$n" -eq 0 ] || fail=1
  xdotool windowmap "$wid"
  n=$(audio_threads 1)
  echo "window-sound: window shown again: $n audio thread(s)"
  [ "$n" -eq 1 ] || fail=1
  kill -TERM $pid; wait $pid

  export XDG_DATA_HOME="$tmp/quiet"
  start_window "Attune" "$tmp/quiet.log" "$bin" play "$story" --size 960x540
  sleep 1
  n=$(audio_threads 0)
  echo "window-sound: volumes at 0: $n audio thread(s)"
  [ "$n" -eq 0 ] || fail=1
  kill -TERM $pid; wait $pid
  [ "$fail" -eq 0 ] && echo "window-sound: ok"
' "$bin" "$(dirname "$0")/window-start.sh" "$bin" "$story" "$tmp"
