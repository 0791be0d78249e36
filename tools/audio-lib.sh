# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# audio-lib.sh: the sox helpers shared by make-audio.sh and
# make-story-audio.sh. Sourced, not run. The caller sets TMP (a scratch
# folder) and OUT (the folder enc writes to). The loop helpers read LOOP,
# TOTAL and DET when they are called; setloop sets all three.
# shellcheck shell=bash disable=SC2034  # RATE, PREROLL and XF are for callers

RATE=44100
PREROLL=12       # discarded so filters and reverb are in steady state
XF=8             # noise-bed crossfade at the loop point

# Repeatable sox (-R); -V2 keeps warnings on, so any clipping is reported.
# All audio is 44.1 kHz stereo; intermediates are 32-bit float WAV. Mix
# volumes keep every stage below full scale; each file ends with one gain.
sx()  { sox -R -V2 "$@"; }
F32=(-e floating-point -b 32)
gen() { local out=$1; shift; sx -n -r "$RATE" -c 2 "${F32[@]}" "$out" "$@"; }
# enc IN QUALITY NAME TITLE: encode to $OUT/NAME.ogg with tags
enc() {
  sx "$1" --comment "TITLE=$4" --add-comment "ARTIST=Attune" \
     --add-comment "LICENSE=CC0-1.0" -C "$2" "$OUT/$3.ogg"
}

# Frequencies for the pad are snapped to multiples of 1/LOOP Hz, so every
# oscillator and LFO completes a whole number of cycles in one loop and the
# tonal texture is exactly periodic.
snap() { awk -v f="$1" -v L="$LOOP" 'BEGIN { printf "%.10f", int(f * L + 0.5) / L }'; }
lfo()  { awk -v k="$1" -v L="$LOOP" 'BEGIN { printf "%.10f", k / L }'; }
add()  { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.10f", a + b }'; }

# setloop SECONDS: the loop length, the length generated with the pre-roll,
# and the chorus detune (5 beats a loop).
setloop() { LOOP=$1; TOTAL=$((PREROLL + LOOP)); DET=$(lfo 5); }

# voice: name wave freq lfo_cycles lfo_floor phaseL phaseR
# Each voice is a stereo pair (slightly different LFO phase per side) plus a
# quieter copy detuned up on the left and down on the right for a slow chorus.
# Note: synth's amod "off" argument is a percentage, so a floor of 40
# means the voice never drops below 40% of its level (evening.ogg's
# floors of 0.75 and the like are effectively full-depth swells).
voice() {
  local name=$1 wave=$2 f floor=$5 pl=$6 pr=$7 fu fd rate
  f=$(snap "$3"); rate=$(lfo "$4")
  fu=$(add "$f" "$DET"); fd=$(add "$f" "-$DET")
  gen "$TMP/$name.a.wav" synth "$TOTAL" "$wave" "$f" "$wave" "$f" \
      synth sine amod "$rate" "$floor" "$pl" sine amod "$rate" "$floor" "$pr"
  gen "$TMP/$name.b.wav" synth "$TOTAL" "$wave" "$fu" "$wave" "$fd" \
      synth sine amod "$rate" "$floor" "$pr" sine amod "$rate" "$floor" "$pl"
}

# padmix NAME "EFFECTS" VOICE:DB...: mix voices (made with voice; each
# chorus copy 6 dB under its voice), apply EFFECTS, keep one exact period
# after the pre-roll and normalise it to -15 dBFS peak: $TMP/NAME-pad.wav
padmix() {
  local name=$1 fx=$2 spec n db va vb args=()
  shift 2
  for spec in "$@"; do
    n=${spec%%:*} db=${spec#*:}
    va=$(awk -v d="$db" 'BEGIN { printf "%.6f", 10 ^ (d / 20) / 4 }')
    vb=$(awk -v d="$db" 'BEGIN { printf "%.6f", 10 ^ ((d - 6) / 20) / 4 }')
    args+=(-v "$va" "$TMP/$n.a.wav" -v "$vb" "$TMP/$n.b.wav")
  done
  # shellcheck disable=SC2086  # $fx is a list of sox effects
  sx -m "${args[@]}" "${F32[@]}" "$TMP/pad-long.wav" $fx
  sx "$TMP/pad-long.wav" "${F32[@]}" "$TMP/$name-pad.wav" \
     trim "$((PREROLL * RATE))s" "$((LOOP * RATE))s" gain -n -15
  rm -f "$TMP"/*.a.wav "$TMP"/*.b.wav "$TMP/pad-long.wav"
}

# loopnoise OUT SKIP "SYNTH" "EFFECTS": a stereo noise bed exactly LOOP s
# long that loops: its last XF s are crossfaded (equal power) into its
# first XF s, as for evening.ogg's room tone. Repeatable noise always starts
# from the same seed, so SKIP seconds are discarded first to give each bed
# different noise from the others. Normalised to -20 dBFS peak.
loopnoise() {
  local out=$1 skip=$2
  # shellcheck disable=SC2086  # $3 and $4 are lists of sox arguments
  gen "$TMP/ln-long.wav" synth "$((skip + LOOP + XF + 4))" $3 $4 trim "$((skip + 4))"
  sx "$TMP/ln-long.wav" "${F32[@]}" "$TMP/ln-head.wav" trim 0 "$XF" fade q "$XF"
  sx "$TMP/ln-long.wav" "${F32[@]}" "$TMP/ln-tail.wav" trim "$LOOP" "$XF" fade q 0 "$XF" "$XF"
  sx "$TMP/ln-long.wav" "${F32[@]}" "$TMP/ln-body.wav" trim "$XF" "$((LOOP - XF))"
  sx -m -v 1 "$TMP/ln-head.wav" -v 1 "$TMP/ln-tail.wav" "${F32[@]}" "$TMP/ln-join.wav"
  sx "$TMP/ln-join.wav" "$TMP/ln-body.wav" "${F32[@]}" "$out" gain -n -20
  rm -f "$TMP"/ln-*.wav
}
