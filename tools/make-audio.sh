#!/usr/bin/env bash
# make-audio.sh: regenerate Attune's sound assets with sox only.
#
# Writes assets/audio/{evening,choice,rupture,repair}.ogg (44.1 kHz stereo
# Ogg Vorbis), following the "Sound" section of the look-and-feel design
# notes: soft, never loud, never sudden. The output files are committed;
# the game never runs sox. Run from anywhere: tools/make-audio.sh
# Needs: sox with Ogg Vorbis support (Debian/Ubuntu: libsox-fmt-all).
#
# Deterministic: every sox call runs with -R (repeatable: fixed seeds for
# noise and dither), and all parameters are fixed below.
set -euo pipefail

cd "$(dirname "$0")/.."
OUT=assets/audio
mkdir -p "$OUT"

command -v sox >/dev/null || { echo "make-audio.sh: sox not found" >&2; exit 1; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/attune-audio.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

RATE=44100
# Repeatable sox (-R); -V2 keeps warnings on, so any clipping is reported.
# All audio is 44.1 kHz stereo; intermediates are 32-bit float WAV. Mix
# volumes keep every stage below full scale; each file ends with one gain.
sx()  { sox -R -V2 "$@"; }
F32=(-e floating-point -b 32)
gen() { local out=$1; shift; sx -n -r "$RATE" -c 2 "${F32[@]}" "$out" "$@"; }
# enc IN QUALITY NAME TITLE: encode to assets/audio/NAME.ogg with tags
enc() {
  sx "$1" --comment "TITLE=$4" --add-comment "ARTIST=Attune" \
     --add-comment "LICENSE=CC0-1.0" -C "$2" "$OUT/$3.ogg"
}

# Frequencies for the pad are snapped to multiples of 1/LOOP Hz, so every
# oscillator and LFO completes a whole number of cycles in one loop and the
# tonal texture is exactly periodic.
LOOP=48          # loop length in seconds (2,116,800 samples)
PREROLL=12       # discarded so filters and reverb are in steady state
XF=8             # room-tone crossfade at the loop point
snap() { awk -v f="$1" -v L="$LOOP" 'BEGIN { printf "%.10f", int(f * L + 0.5) / L }'; }
lfo()  { awk -v k="$1" -v L="$LOOP" 'BEGIN { printf "%.10f", k / L }'; }
add()  { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.10f", a + b }'; }

########################################################################
# evening.ogg: warm Fmaj9 pad with slowly trading colour tones + room tone
########################################################################
TOTAL=$((PREROLL + LOOP))
DET=$(lfo 5)     # chorus detune: 5/48 Hz, a 9.6 s beat

# voice: name wave freq lfo_cycles lfo_floor phaseL phaseR
# Each voice is a stereo pair (slightly different LFO phase per side) plus a
# quieter copy detuned up on the left and down on the right for a slow chorus.
voice() {
  local name=$1 wave=$2 f floor=$5 pl=$6 pr=$7 fu fd rate
  f=$(snap "$3"); rate=$(lfo "$4")
  fu=$(add "$f" "$DET"); fd=$(add "$f" "-$DET")
  gen "$TMP/$name.a.wav" synth "$TOTAL" "$wave" "$f" "$wave" "$f" \
      synth sine amod "$rate" "$floor" "$pl" sine amod "$rate" "$floor" "$pr"
  gen "$TMP/$name.b.wav" synth "$TOTAL" "$wave" "$fu" "$wave" "$fd" \
      synth sine amod "$rate" "$floor" "$pr" sine amod "$rate" "$floor" "$pl"
}

#      name  wave      Hz        cycles floor phL phR
voice  f2    triangle  87.3071   2      0.75   0  25   # root
voice  c3    sine      130.8128  3      0.60  10  35   # fifth
voice  a3    sine      220.0000  2      0.50  50  70   # third
voice  e4    sine      329.6276  1      0     0   10   # maj7 (swells in...)
voice  g4    sine      391.9954  1      0     50  60   # 9th  (...as this fades)
voice  c5    sine      523.2511  3      0.20  25  40   # upper fifth
voice  d5    sine      587.3295  1      0     75  85   # 13th, faint colour

# Mix (dB per voice; chorus copies 6 dB under their voice), then soften.
mixargs=()
for spec in f2:0 c3:-4 a3:-7 e4:-11 g4:-12 c5:-19 d5:-22; do
  n=${spec%%:*} db=${spec#*:}
  va=$(awk -v d="$db" 'BEGIN { printf "%.6f", 10 ^ (d / 20) / 4 }')
  vb=$(awk -v d="$db" 'BEGIN { printf "%.6f", 10 ^ ((d - 6) / 20) / 4 }')
  mixargs+=(-v "$va" "$TMP/$n.a.wav" -v "$vb" "$TMP/$n.b.wav")
done
sx -m "${mixargs[@]}" "${F32[@]}" "$TMP/pad-long.wav" \
   lowpass 1400 lowpass 2200 highpass 45 reverb 45 60 85 100 25
# One exact period, taken after the pre-roll: loops without any seam.
sx "$TMP/pad-long.wav" "${F32[@]}" "$TMP/pad.wav" trim "$((PREROLL * RATE))s" "$((LOOP * RATE))s"
rm -f "$TMP"/*.a.wav "$TMP"/*.b.wav "$TMP/pad-long.wav"
sx "$TMP/pad.wav" "${F32[@]}" "$TMP/pad-n.wav" gain -n -15

# Room tone: quiet, dark brown + pink noise, independent per channel.
# Noise is not periodic, so the tail is crossfaded (equal power) into the head.
NLEN=$((LOOP + XF + 4))
gen "$TMP/brown.wav" synth "$NLEN" brownnoise brownnoise lowpass 500 highpass 30
gen "$TMP/pink.wav"  synth "$NLEN" pinknoise pinknoise lowpass 1800 highpass 120
sx -m -v 1 "$TMP/brown.wav" -v 0.18 "$TMP/pink.wav" "${F32[@]}" "$TMP/room-long.wav" \
   trim 4 gain -n -36
sx "$TMP/room-long.wav" "${F32[@]}" "$TMP/room-head.wav" trim 0 "$XF" fade q "$XF"
sx "$TMP/room-long.wav" "${F32[@]}" "$TMP/room-tail.wav" trim "$LOOP" "$XF" fade q 0 "$XF" "$XF"
sx "$TMP/room-long.wav" "${F32[@]}" "$TMP/room-body.wav" trim "$XF" "$((LOOP - XF))"
sx -m -v 1 "$TMP/room-head.wav" -v 1 "$TMP/room-tail.wav" "${F32[@]}" "$TMP/room-join.wav"
sx "$TMP/room-join.wav" "$TMP/room-body.wav" "${F32[@]}" "$TMP/room.wav"

# Final: pad + room tone, one linear gain to -14 dBFS peak (keeps the loop).
sx -m -v 1 "$TMP/pad-n.wav" -v 1 "$TMP/room.wav" "${F32[@]}" "$TMP/evening.wav" gain -n -14
enc "$TMP/evening.wav" 2 evening "Evening (kitchen at dusk, loop)"

########################################################################
# choice.ogg: soft, muted marimba-like tick (C5 with a two-octave partial)
########################################################################
D=0.24
# exp amod: 2% rise (~5 ms soft attack) then exponential decay;
# p2 sets the decay range in 2 dB steps over the note.
gen "$TMP/ch1.wav" synth "$D" sine 523.2511 sine 523.2511 \
    synth exp amod "$(awk -v d=$D 'BEGIN{print 1/d}')" 0 0 2 16
gen "$TMP/ch2.wav" synth "$D" sine 2093.005 sine 2093.005 \
    synth exp amod "$(awk -v d=$D 'BEGIN{print 1/d}')" 0 0 2 40
gen "$TMP/ch3.wav" synth "$D" sine 1046.502 sine 1046.502 \
    synth exp amod "$(awk -v d=$D 'BEGIN{print 1/d}')" 0 0 2 28
sx -m -v 0.5 "$TMP/ch1.wav" -v 0.06 "$TMP/ch2.wav" -v 0.04 "$TMP/ch3.wav" "${F32[@]}" \
   "$TMP/choice-dry.wav" lowpass 3000 fade q 0 "$D" 0.08
sx "$TMP/choice-dry.wav" "${F32[@]}" "$TMP/choice.wav" pad 0 0.02 reverb 20 70 30 60 0 \
   trim 0 0.26 fade q 0 0.26 0.04 gain -n -20
enc "$TMP/choice.wav" 3 choice "Choice"

########################################################################
# rupture.ogg: low, muffled swell that sinks a little; no sharp edges
########################################################################
D=1.7
gen "$TMP/ru1.wav" synth "$D" triangle 98:82.4 triangle 98.3:82.6
gen "$TMP/ru2.wav" synth "$D" triangle 146.8:123.5 triangle 146.5:123.2
gen "$TMP/ru3.wav" synth "$D" sine 65.41:61.74 sine 65.41:61.74
gen "$TMP/ru4.wav" synth "$D" brownnoise brownnoise highpass 25 lowpass 300
sx -m -v 0.3 "$TMP/ru1.wav" -v 0.14 "$TMP/ru2.wav" -v 0.21 "$TMP/ru3.wav" -v 0.1 "$TMP/ru4.wav" \
   "${F32[@]}" "$TMP/rupture-dry.wav" \
   lowpass 380 lowpass 380 sinc -700 fade h 0.75 "$D" 0.85
sx "$TMP/rupture-dry.wav" "${F32[@]}" "$TMP/rupture.wav" pad 0 0.2 reverb 40 80 70 80 10 \
   trim 0 1.9 fade h 0 1.9 0.3 gain -n -16
enc "$TMP/rupture.wav" 3 rupture "Rupture"

########################################################################
# repair.ogg: gentle rising major third, F4 then A4, warm with a soft tail
########################################################################
note() {   # note OUT FREQ DUR: sine + soft harmonics, slow attack, long decay
  local o=$1 f=$2 d=$3 r
  r=$(awk -v d="$d" 'BEGIN { print 1 / d }')
  gen "$TMP/$o.1.wav" synth "$d" sine "$f" sine "$(add "$f" 0.6)" \
      synth exp amod "$r" 0 0 5 11
  gen "$TMP/$o.2.wav" synth "$d" sine "$(awk -v f="$f" 'BEGIN{print 2*f}')" \
      sine "$(awk -v f="$f" 'BEGIN{print 2*f + 0.9}')" synth exp amod "$r" 0 0 5 18
  gen "$TMP/$o.3.wav" synth "$d" triangle "$f" triangle "$f" \
      synth exp amod "$r" 0 0 5 14
  sx -m -v 0.6 "$TMP/$o.1.wav" -v 0.11 "$TMP/$o.2.wav" -v 0.15 "$TMP/$o.3.wav" \
     "${F32[@]}" "$TMP/$o.wav" fade h 0 "$d" 0.45
}
note rp1 349.2282 1.0
note rp2 440.0000 1.05
sx "$TMP/rp2.wav" "${F32[@]}" "$TMP/rp2d.wav" pad 0.3 0
sx -m -v 0.4 "$TMP/rp1.wav" -v 0.47 "$TMP/rp2d.wav" "${F32[@]}" "$TMP/repair-dry.wav" lowpass 2500
sx "$TMP/repair-dry.wav" "${F32[@]}" "$TMP/repair.wav" pad 0 0.1 reverb 35 60 60 80 15 \
   trim 0 1.45 fade q 0 1.45 0.25 gain -n -15
enc "$TMP/repair.wav" 3 repair "Repair"

echo "make-audio.sh: wrote $OUT/evening.ogg choice.ogg rupture.ogg repair.ogg"
