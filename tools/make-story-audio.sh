#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# make-story-audio.sh: regenerate the stories' own music with sox only.
#
# Writes each story's ambient scene loop into that story's folder, where
# `music = "NAME"` finds it before assets/audio (44.1 kHz stereo Ogg Vorbis):
#   scripts/stories/your-fault/hearth.ogg
#   scripts/stories/first-session/clinic.ogg
#   scripts/stories/not-fair/saturday.ogg
# Same recipe and helpers as the scene loops in make-audio.sh (from
# audio-lib.sh), and the same rules: soft, never loud, never sudden. The
# output files are committed; the game never runs sox. Run from anywhere:
# tools/make-story-audio.sh
# Needs: sox with Ogg Vorbis support (Debian/Ubuntu: libsox-fmt-all).
#
# Deterministic: every sox call runs with -R (repeatable: fixed seeds for
# noise and dither), and all parameters are fixed below.
set -euo pipefail

cd "$(dirname "$0")/.."
STORIES=scripts/stories

command -v sox >/dev/null || { echo "make-story-audio.sh: sox not found" >&2; exit 1; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/attune-story-audio.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# shellcheck source=tools/audio-lib.sh
. tools/audio-lib.sh

# story DIR: the next enc writes into scripts/stories/DIR/. With KEEP=FOLDER
# in the environment, the float WAV each file is encoded from is kept there
# too (for checking the loop seam): KEEP=/tmp/x tools/make-story-audio.sh
story() { OUT=$STORIES/$1; mkdir -p "$OUT"; }
keep() { if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP"; cp "$1" "$KEEP/$2.wav"; fi; }

# startat IN OUT SECONDS: the same loop, started SECONDS into its period.
# The float loop has no seam anywhere, but Vorbis codes a file's first and
# last milliseconds a little less exactly than its middle, by an amount that
# depends on the signal there, and the game hears that error where the end
# wraps to the start. Each file's start was picked once, among whole
# seconds near the beginning, as one whose coded seam measures as clean as the
# middle of the file (see "How they were made" in assets/audio/README.md).
startat() {
  sx "$1" "${F32[@]}" "$TMP/at-tail.wav" trim "$(($3 * RATE))s"
  sx "$1" "${F32[@]}" "$TMP/at-head.wav" trim 0 "$(($3 * RATE))s"
  sx "$TMP/at-tail.wav" "$TMP/at-head.wav" "${F32[@]}" "$2"
  rm -f "$TMP"/at-*.wav
}

# swell IN OUT K1 FLOOR1 K2 FLOOR2: slow, uneven swells on a noise bed, two
# multiplied LFOs with K1 and K2 whole cycles a loop (FLOOR in %, as for
# voice); the right side lags the left a little. Normalised to -20 dBFS.
swell() {
  sx "$1" "${F32[@]}" "$2" \
     synth sine amod "$(lfo "$3")" "$4" 0 sine amod "$(lfo "$3")" "$4" 5 \
     synth sine amod "$(lfo "$5")" "$6" 30 sine amod "$(lfo "$5")" "$6" 36 \
     gain -n -20
}

########################################################################
# hearth.ogg (your-fault): a foster home on an autumn evening. Warm but
# unsettled: an E♭ major pad (E♭2 B♭2 G3) whose colour tones never settle.
# The major 7th (D4) and the 11th (A♭4, a semitone and an octave above the
# third, so it rubs a little) take turns once a loop, and a faint 9th (F4)
# comes and goes three times a loop, so the chord is never quite the same
# twice in a loop. Rain on a window far back: a muffled, steady hiss with
# slow, uneven swells. No ticks.
########################################################################
setloop 54
#      name   wave      Hz        cycles floor phL phR
voice  hf_eb2 triangle  77.7817   2      50     0  20   # root
voice  hf_bb2 sine      116.5409  3      45    15  40   # fifth
voice  hf_g3  sine      195.9977  2      40    45  70   # third
voice  hf_d4  sine      293.6648  1      0      0  10   # maj7 (swells in...)
voice  hf_ab4 sine      415.3047  1      0     50  60   # 11th (...as this fades)
voice  hf_f4  sine      349.2282  3      0     20  35   # 9th, faint
padmix hearth "lowpass 1100 lowpass 1700 highpass 40 reverb 50 65 90 100 25" \
       hf_eb2:0 hf_bb2:-4 hf_g3:-8 hf_d4:-12 hf_ab4:-15 hf_f4:-19
loopnoise "$TMP/hf-room.wav" 61 "brownnoise brownnoise" "lowpass 400 highpass 30"
loopnoise "$TMP/rain-n.wav" 67 "pinknoise pinknoise" \
          "highpass 900 lowpass 2800 lowpass 2800"
swell "$TMP/rain-n.wav" "$TMP/rain.wav" 2 60 5 70
sx -m -v 1 "$TMP/hearth-pad.wav" -v 0.10 "$TMP/hf-room.wav" -v 0.20 "$TMP/rain.wav" \
   "${F32[@]}" "$TMP/hearth.wav" gain -n -14.5
story your-fault
startat "$TMP/hearth.wav" "$TMP/hearth-at.wav" 5
keep "$TMP/hearth-at.wav" hearth
enc "$TMP/hearth-at.wav" 2 hearth "Hearth (foster home, autumn evening, loop)"

########################################################################
# clinic.ogg (first-session): a talking-therapies room on a weekday
# morning. A very soft, open, slightly cool pad in C with no third at all
# (C3 G3 D4, with B4 and A4 taking turns and a faint G4): sine tones only,
# less low end and a little more air than room.ogg. Under it, room tone
# and distant traffic hush with slow swells. Nothing resolves: stillness,
# waiting.
########################################################################
setloop 46
#      name   wave      Hz        cycles floor phL phR
voice  cl_c3  sine      130.8128  2      60     0  20   # root
voice  cl_g3  sine      195.9977  3      55    20  45   # fifth
voice  cl_d4  sine      293.6648  2      45    55  75   # 9th (sus2)
voice  cl_b4  sine      493.8833  1      0      0  10   # maj7 (swells in...)
voice  cl_a4  sine      440.0000  1      0     50  60   # 6th (...as this fades)
voice  cl_g4  sine      391.9954  3      20    30  45   # upper fifth, faint
padmix clinic "lowpass 1500 lowpass 2300 highpass 80 reverb 60 55 100 100 30" \
       cl_c3:0 cl_g3:-3 cl_d4:-7 cl_b4:-14 cl_a4:-13 cl_g4:-20
loopnoise "$TMP/cl-brown.wav" 71 "brownnoise brownnoise" "lowpass 400 highpass 30"
loopnoise "$TMP/cl-air.wav" 79 "pinknoise pinknoise" "highpass 400 lowpass 3500 lowpass 4000"
loopnoise "$TMP/traffic-n.wav" 83 "pinknoise pinknoise" \
          "highpass 70 lowpass 500 lowpass 700"
swell "$TMP/traffic-n.wav" "$TMP/traffic.wav" 3 50 2 60
# Quiet like room.ogg: peak -16 dBFS.
sx -m -v 0.6 "$TMP/clinic-pad.wav" -v 0.45 "$TMP/cl-brown.wav" -v 0.18 "$TMP/cl-air.wav" \
   -v 0.40 "$TMP/traffic.wav" "${F32[@]}" "$TMP/clinic.wav" gain -n -16
story first-session
startat "$TMP/clinic.wav" "$TMP/clinic-at.wav" 2
keep "$TMP/clinic-at.wav" clinic
enc "$TMP/clinic-at.wav" 2 clinic "Clinic (therapy room, weekday morning, loop)"

########################################################################
# saturday.ogg (not-fair): a family home on a Saturday morning. Lighter
# and a little brighter: an E major 6/9 pad set higher than the others
# (E3 B3 G♯4, a faint E2 under them, C♯5 and F♯5 taking turns, a faint
# B4), filtered less. Far back: a quiet street with slow swells, and a few
# faint, far-off bird calls at uneven times, softened and reverberant.
########################################################################
setloop 50
#      name   wave      Hz        cycles floor phL phR
voice  sa_e3  triangle  164.8138  2      55     0  25   # root
voice  sa_e2  sine      82.4069   1      60    10  30   # low root, faint
voice  sa_b3  sine      246.9417  3      50    15  40   # fifth
voice  sa_gs4 sine      415.3047  2      40    50  70   # third
voice  sa_cs5 sine      554.3653  1      0      0  10   # 6th (swells in...)
voice  sa_fs5 sine      739.9888  1      0     50  60   # 9th (...as this fades)
voice  sa_b4  sine      493.8833  3      20    25  40   # upper fifth, faint
padmix saturday "lowpass 2000 lowpass 3000 highpass 60 reverb 45 55 80 100 20" \
       sa_e3:0 sa_e2:-9 sa_b3:-4 sa_gs4:-10 sa_cs5:-14 sa_fs5:-16 sa_b4:-19
loopnoise "$TMP/sa-room.wav" 89 "brownnoise brownnoise" "lowpass 400 highpass 30"
loopnoise "$TMP/street-n.wav" 97 "pinknoise pinknoise" \
          "highpass 120 lowpass 900 lowpass 1100"
swell "$TMP/street-n.wav" "$TMP/street.wav" 2 40 3 60

# Birds: a chirp is a short sine glide with soft half-sine edges; a call is
# two to four chirps. Calls are placed at uneven times and sides, then the
# whole track is played three times through a distant-sounding filter and
# reverb and the middle copy kept, so reverb tails wrap around the loop.
# chirp OUT DUR F1 F2
chirp() {
  gen "$1" synth "$2" sine "$3:$4" sine "$3:$4" \
      fade h "$(awk -v d="$2" 'BEGIN { print d * 0.4 }')" "$2" \
             "$(awk -v d="$2" 'BEGIN { print d * 0.5 }')"
}
# call OUT GAP CHIRP...: chirps one after the other, GAP s of silence after each
call() {
  local out=$1 gap=$2 c k=0 parts=()
  shift 2
  for c in "$@"; do
    k=$((k + 1))
    sx "$c" "${F32[@]}" "$TMP/part-$k.wav" pad 0 "$gap"
    parts+=("$TMP/part-$k.wav")
  done
  sx "${parts[@]}" "${F32[@]}" "$out"
  rm -f "${parts[@]}"
}
chirp "$TMP/ch-up.wav"   0.09 3300 4300
chirp "$TMP/ch-down.wav" 0.12 4400 3100
chirp "$TMP/ch-hi.wav"   0.06 5200 4600
chirp "$TMP/ch-lo.wav"   0.10 2800 3400
call "$TMP/call-a.wav" 0.16 "$TMP/ch-up.wav" "$TMP/ch-up.wav" "$TMP/ch-down.wav"
call "$TMP/call-b.wav" 0.09 "$TMP/ch-hi.wav" "$TMP/ch-hi.wav" "$TMP/ch-hi.wav" "$TMP/ch-hi.wav"
call "$TMP/call-c.wav" 0.22 "$TMP/ch-lo.wav" "$TMP/ch-down.wav"
# place: at seconds, call, left and right volume (startat below moves the
# whole loop 1 s earlier, so each call is heard 1 s before the time here)
places=()
i=0
for spec in 2.7:a:0.7:0.4 9.4:b:0.35:0.6 13.1:c:0.5:0.5 21.8:a:0.4:0.7 \
            29.3:b:0.6:0.35 33.9:a:0.55:0.5 41.2:c:0.45:0.6; do
  IFS=: read -r at which l r <<<"$spec"
  i=$((i + 1))
  sx "$TMP/call-$which.wav" "${F32[@]}" "$TMP/place-$i.wav" remix 1v"$l" 2v"$r" pad "$at" 0
  places+=(-v 1 "$TMP/place-$i.wav")
done
gen "$TMP/silence.wav" trim 0 "$LOOP"
sx -m -v 1 "$TMP/silence.wav" "${places[@]}" "${F32[@]}" "$TMP/birds-dry.wav" \
   trim 0 "$((LOOP * RATE))s"
sx "$TMP/birds-dry.wav" "$TMP/birds-dry.wav" "$TMP/birds-dry.wav" "${F32[@]}" \
   "$TMP/birds-3.wav" highpass 1500 lowpass 4500 lowpass 5000 reverb 70 60 100 100 20
sx "$TMP/birds-3.wav" "${F32[@]}" "$TMP/birds.wav" \
   trim "$((LOOP * RATE))s" "$((LOOP * RATE))s" gain -n -20
rm -f "$TMP"/place-*.wav "$TMP"/call-*.wav "$TMP"/ch-*.wav "$TMP"/birds-*.wav

sx -m -v 1 "$TMP/saturday-pad.wav" -v 0.08 "$TMP/sa-room.wav" -v 0.35 "$TMP/street.wav" \
   -v 0.15 "$TMP/birds.wav" "${F32[@]}" "$TMP/saturday.wav" gain -n -15
# Quality 3, not 2: at 2 the encoder drops the quietest street noise in
# patches where the swells are low.
story not-fair
startat "$TMP/saturday.wav" "$TMP/saturday-at.wav" 1
keep "$TMP/saturday-at.wav" saturday
enc "$TMP/saturday-at.wav" 3 saturday "Saturday (family home, morning, loop)"

echo "make-story-audio.sh: wrote $STORIES/your-fault/hearth.ogg," \
     "$STORIES/first-session/clinic.ogg and $STORIES/not-fair/saturday.ogg"
