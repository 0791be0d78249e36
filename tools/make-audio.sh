#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# make-audio.sh: regenerate Attune's sound assets with sox only.
#
# Writes the ten assets/audio/*.ogg (44.1 kHz stereo Ogg Vorbis), following
# the "Sound" section of the look-and-feel design notes: soft, never loud,
# never sudden. The stories' own music is made by make-story-audio.sh. The
# output files are committed; the game never runs sox. Run from anywhere:
# tools/make-audio.sh
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

# sx, gen, enc, snap, lfo, voice, setloop, padmix, loopnoise and the shared
# settings (RATE, PREROLL, XF, F32) are in audio-lib.sh, with
# make-story-audio.sh.
# shellcheck source=tools/audio-lib.sh
. tools/audio-lib.sh
LOOP=48          # evening.ogg's loop length in seconds (2,116,800 samples)

########################################################################
# evening.ogg: warm Fmaj9 pad with slowly trading colour tones + room tone
########################################################################
TOTAL=$((PREROLL + LOOP))
DET=$(lfo 5)     # chorus detune: 5/48 Hz, a 9.6 s beat

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

########################################################################
# The scene loops below (drive, room, autumn) use the same recipe as
# evening.ogg, through setloop, padmix and loopnoise from audio-lib.sh: a
# pad whose frequencies and LFO rates are whole multiples of 1/LOOP Hz, cut
# as one exact period after a pre-roll, over noise beds whose tails are
# crossfaded into their heads.
########################################################################
# drive.ogg: parked car at dusk. Dark Dmaj9 pad, a faint engine-idle hum,
# and road hush far away with slow swells of distant passing cars.
########################################################################
setloop 52
#      name   wave      Hz        cycles floor phL phR
voice  dr_d2  triangle  73.4162   2      55     0  20   # root
voice  dr_a2  sine      110.0000  3      50    15  40   # fifth
voice  dr_f3  sine      184.9972  2      35    40  65   # third
voice  dr_c4  sine      277.1826  1      0     0   10   # maj7 (swells in...)
voice  dr_e4  sine      329.6276  1      0     50  60   # 9th  (...as this fades)
voice  dr_a4  sine      440.0000  3      25    70  85   # upper fifth, faint
padmix drive "lowpass 1000 lowpass 1600 highpass 40 reverb 50 70 90 100 30" \
       dr_d2:0 dr_a2:-4 dr_f3:-8 dr_c4:-12 dr_e4:-13 dr_a4:-21

# Engine idle, heard from inside: a low drone on a ~26 Hz firing rate and
# its harmonics, with a slight uneven flutter, plus a low noise throb.
F0=$(snap 26.5)
harm() { awk -v f="$F0" -v k="$1" 'BEGIN { printf "%.10f", f * k }'; }
gen "$TMP/idle-long.wav" synth "$TOTAL" sine "$F0" sine "$F0" \
    synth sine mix "$(harm 2)" sine mix "$(harm 2)" \
    synth sine mix "$(harm 3)" sine mix "$(harm 3)" \
    synth sine mix "$(harm 4)" sine mix "$(harm 4)" \
    synth sine amod "$(snap 1.7)" 80 0 sine amod "$(snap 1.7)" 80 30 \
    lowpass 150 lowpass 150
sx "$TMP/idle-long.wav" "${F32[@]}" "$TMP/idle-tone.wav" \
   trim "$((PREROLL * RATE))s" "$((LOOP * RATE))s" gain -n -20
loopnoise "$TMP/idle-noise.wav" 7 "brownnoise brownnoise" "lowpass 140 lowpass 140 highpass 22"
sx "$TMP/idle-noise.wav" "${F32[@]}" "$TMP/idle-throb.wav" \
   synth sine amod "$F0" 55 0 gain -n -20
# Distant road: pink noise, band-limited and dark, with three slow swells of
# different heights (two multiplied LFOs); the right side lags the left a
# little, so passing cars drift across.
loopnoise "$TMP/road-n.wav" 13 "pinknoise pinknoise" "highpass 180 lowpass 900 lowpass 1300"
sx "$TMP/road-n.wav" "${F32[@]}" "$TMP/road.wav" \
   synth sine amod "$(lfo 3)" 35 0 sine amod "$(lfo 3)" 35 4 \
   synth sine amod "$(lfo 2)" 50 20 sine amod "$(lfo 2)" 50 24 gain -n -20
sx -m -v 1 "$TMP/drive-pad.wav" -v 0.30 "$TMP/idle-tone.wav" -v 0.22 "$TMP/idle-throb.wav" \
   -v 0.50 "$TMP/road.wav" "${F32[@]}" "$TMP/drive.wav" gain -n -14
enc "$TMP/drive.wav" 2 drive "Drive (parked car at dusk, loop)"

########################################################################
# room.ogg: a quiet therapy room. Soft room tone with a little air in it,
# and a very faint, warm, open Gadd9 pad. No clock, nothing that ticks.
########################################################################
setloop 44
#      name   wave      Hz        cycles floor phL phR
voice  rm_g2  sine      97.9989   2      60     0  20   # root
voice  rm_d3  sine      146.8324  3      55    20  45   # fifth
voice  rm_b3  sine      246.9417  2      40    60  80   # third
voice  rm_a3  sine      220.0000  1      0     0   10   # 9th (swells in...)
voice  rm_d4  sine      293.6648  1      0     50  60   # fifth (...as this fades)
padmix room "lowpass 900 lowpass 1400 highpass 50 reverb 60 70 100 100 30" \
       rm_g2:0 rm_d3:-3 rm_b3:-9 rm_a3:-12 rm_d4:-12
loopnoise "$TMP/room-brown.wav" 19 "brownnoise brownnoise" "lowpass 450 highpass 30"
loopnoise "$TMP/room-air.wav" 29 "pinknoise pinknoise" "highpass 250 lowpass 2600 lowpass 3200"
# The quietest scene: peak -16 dBFS, about 1.5 dB softer than evening.ogg.
sx -m -v 0.45 "$TMP/room-pad.wav" -v 0.8 "$TMP/room-brown.wav" -v 0.25 "$TMP/room-air.wav" \
   "${F32[@]}" "$TMP/room-tone.wav" gain -n -16
enc "$TMP/room-tone.wav" 2 room "Room (therapy room, loop)"

########################################################################
# autumn.ogg: a consulting room in autumn. Am9 pad (A2 E3 C4 E4 with G4 and
# B4 trading as colour), faint room tone, and wind outside the window:
# slow, uneven gusts in a muffled upper band over a steady low rush.
########################################################################
setloop 56
#      name   wave      Hz        cycles floor phL phR
voice  au_a2  triangle  110.0000  2      55     0  25   # root
voice  au_e3  sine      164.8138  3      50    10  35   # fifth
voice  au_c4  sine      261.6256  2      35    50  70   # minor third
voice  au_g4  sine      391.9954  1      0     0   10   # 7th (swells in...)
voice  au_b4  sine      493.8833  1      0     50  60   # 9th (...as this fades)
voice  au_e4  sine      329.6276  3      20    25  40   # upper fifth
padmix autumn "lowpass 1300 lowpass 2000 highpass 45 reverb 50 60 90 100 25" \
       au_a2:0 au_e3:-4 au_c4:-8 au_g4:-12 au_b4:-13 au_e4:-18
loopnoise "$TMP/au-room.wav" 37 "brownnoise brownnoise" "lowpass 450 highpass 30"
loopnoise "$TMP/wind-lo.wav" 43 "pinknoise pinknoise" "highpass 90 lowpass 380 lowpass 380"
loopnoise "$TMP/wind-hi-n.wav" 53 "pinknoise pinknoise" \
          "bandpass 650 500h lowpass 1500 lowpass 1500"
# Gusts: three multiplied LFOs (4, 3 and 7 cycles a loop) make uneven swells.
sx "$TMP/wind-hi-n.wav" "${F32[@]}" "$TMP/wind-hi.wav" \
   synth sine amod "$(lfo 4)" 15 0 sine amod "$(lfo 4)" 15 6 \
   synth sine amod "$(lfo 3)" 40 30 sine amod "$(lfo 3)" 40 35 \
   synth sine amod "$(lfo 7)" 70 60 sine amod "$(lfo 7)" 70 70 gain -n -20
sx "$TMP/wind-lo.wav" "${F32[@]}" "$TMP/wind-lo2.wav" \
   synth sine amod "$(lfo 2)" 60 10 sine amod "$(lfo 2)" 60 20 gain -n -20
sx -m -v 1 "$TMP/autumn-pad.wav" -v 0.08 "$TMP/au-room.wav" -v 0.25 "$TMP/wind-lo2.wav" \
   -v 0.45 "$TMP/wind-hi.wav" "${F32[@]}" "$TMP/autumn.wav" gain -n -14
enc "$TMP/autumn.wav" 2 autumn "Autumn (consulting room, loop)"

########################################################################
# State layers, played very quietly under the music. Each is a whole
# number of beats or breaths. The pattern is built three times over,
# filtered, and the middle copy is kept, so filter and reverb tails wrap
# around exactly and the loop has no seam. Peak about -24 dBFS.
########################################################################
gen1() { local out=$1; shift; sx -n -r "$RATE" -c 1 "${F32[@]}" "$out" "$@"; }
# loop3 IN OUT SAMPLES "EFFECTS" PEAK: repeat IN (SAMPLES long) three times,
# apply EFFECTS, keep the middle copy, make it stereo, normalise to PEAK dBFS.
loop3() {
  # shellcheck disable=SC2086  # $4 is a list of sox effects
  sx "$1" "${F32[@]}" "$TMP/l3.wav" repeat 2 $4
  sx "$TMP/l3.wav" "${F32[@]}" "$2" trim "$3s" "$3s" channels 2 gain -n "$5"
  rm -f "$TMP/l3.wav"
}
samples() { awk -v s="$1" -v r="$RATE" 'BEGIN { printf "%d", s * r + 0.5 }'; }

# thump OUT DUR F1 F2 ATTACK: a soft, low heart sound, a sine falling from
# F1 to F2 Hz with a little of its octave, rounded in and out.
thump() {
  gen1 "$TMP/th1.wav" synth "$2" sine "$3:$4"
  gen1 "$TMP/th2.wav" synth "$2" sine "$(awk -v f="$3" 'BEGIN{print 2*f}'):$(awk -v f="$4" 'BEGIN{print 2*f}')"
  sx -m -v 0.8 "$TMP/th1.wav" -v 0.15 "$TMP/th2.wav" "${F32[@]}" "$1" fade h "$5" "$2" "$(awk -v d="$2" -v a="$5" 'BEGIN{print d - a}')"
  rm -f "$TMP/th1.wav" "$TMP/th2.wav"
}
# beat OUT PERIOD LUB DUB GAP DUBVOL: one heartbeat period (lub, then dub
# GAP s later at DUBVOL), silence to the end of the period.
beat() {
  local p=$2 n
  n=$(samples "$p")
  sx "$4" "${F32[@]}" "$TMP/dub-d.wav" pad "$5" 0
  sx -m -v 1 "$3" -v "$6" "$TMP/dub-d.wav" "${F32[@]}" "$TMP/beat-m.wav"
  sx "$TMP/beat-m.wav" "${F32[@]}" "$TMP/beat-p.wav" pad 0 "$p"
  sx "$TMP/beat-p.wav" "${F32[@]}" "$1" trim 0 "${n}s"
  rm -f "$TMP/dub-d.wav" "$TMP/beat-m.wav" "$TMP/beat-p.wav"
}

# layer-activated.ogg: quicker heartbeat, 100 bpm (0.6 s), 20 beats = 12 s.
thump "$TMP/ha-lub.wav" 0.15 64 46 0.018
thump "$TMP/ha-dub.wav" 0.11 78 58 0.015
beat "$TMP/ha-beat.wav" 0.6 "$TMP/ha-lub.wav" "$TMP/ha-dub.wav" 0.25 0.6
sx "$TMP/ha-beat.wav" "${F32[@]}" "$TMP/ha-12.wav" repeat 19 \
   synth sine amod "$(awk 'BEGIN{printf "%.10f", 1/12}')" 80 0
loop3 "$TMP/ha-12.wav" "$TMP/layer-activated.wav" "$(samples 12)" \
      "lowpass 190 lowpass 190 highpass 28 reverb 15 60 30 100 0" -24
enc "$TMP/layer-activated.wav" 0 layer-activated "Layer: activated (heartbeat, 100 bpm, loop)"

# layer-shutdown.ogg: very slow, faint, distant heartbeat, 50 bpm (1.2 s),
# 10 beats = 12 s. Slower attack, barely any second sound, darker and
# farther away (more reverb, lower cutoff): muffled and flat.
thump "$TMP/hs-lub.wav" 0.2 52 40 0.04
thump "$TMP/hs-dub.wav" 0.14 60 48 0.035
beat "$TMP/hs-beat.wav" 1.2 "$TMP/hs-lub.wav" "$TMP/hs-dub.wav" 0.32 0.3
sx "$TMP/hs-beat.wav" "${F32[@]}" "$TMP/hs-12.wav" repeat 9 \
   synth sine amod "$(awk 'BEGIN{printf "%.10f", 1/12}')" 90 0
loop3 "$TMP/hs-12.wav" "$TMP/layer-shutdown.wav" "$(samples 12)" \
      "lowpass 130 lowpass 130 highpass 28 reverb 40 70 60 100 10" -25
enc "$TMP/layer-shutdown.wav" 0 layer-shutdown "Layer: shutdown (distant heartbeat, 50 bpm, loop)"

# layer-regulated.ogg: slow, soft breathing, 6 breaths a minute: two
# slightly different 10 s breaths = 20 s. Each is a 4 s inhale and a longer
# exhale of soft, band-limited noise with slow rounded edges.
gen1 "$TMP/br-noise.wav" synth 31 pinknoise
# breath OUT START IN_LEN EX_LEN: noise from START s on, inhale then exhale.
breath() {
  local ex_at
  ex_at=$(awk -v i="$3" 'BEGIN { print i + 0.45 }')
  sx "$TMP/br-noise.wav" "${F32[@]}" "$TMP/br-in.wav" trim "$2" "$3" \
     highpass 350 lowpass 1700 lowpass 2200 \
     fade h "$(awk -v i="$3" 'BEGIN{print i * 0.5}')" "$3" "$(awk -v i="$3" 'BEGIN{print i * 0.4}')"
  sx "$TMP/br-noise.wav" "${F32[@]}" "$TMP/br-ex.wav" trim "$(awk -v s="$2" 'BEGIN{print s + 6}')" "$4" \
     highpass 180 lowpass 900 lowpass 1300 \
     fade h "$(awk -v e="$4" 'BEGIN{print e * 0.18}')" "$4" "$(awk -v e="$4" 'BEGIN{print e * 0.65}')"
  sx "$TMP/br-ex.wav" "${F32[@]}" "$TMP/br-exd.wav" pad "$ex_at" 0
  sx -m -v 0.8 "$TMP/br-in.wav" -v 1 "$TMP/br-exd.wav" "${F32[@]}" "$TMP/br-m.wav"
  sx "$TMP/br-m.wav" "${F32[@]}" "$TMP/br-p.wav" pad 0 10
  sx "$TMP/br-p.wav" "${F32[@]}" "$1" trim 0 "$(samples 10)s"
  rm -f "$TMP"/br-in.wav "$TMP"/br-ex.wav "$TMP"/br-exd.wav "$TMP"/br-[mp].wav
}
breath "$TMP/br1.wav" 2 4.0 5.1
breath "$TMP/br2.wav" 16 3.8 5.3
sx "$TMP/br1.wav" "$TMP/br2.wav" "${F32[@]}" "$TMP/br-20.wav"
loop3 "$TMP/br-20.wav" "$TMP/layer-regulated.wav" "$(samples 20)" \
      "lowpass 1800 reverb 25 60 40 100 5" -24
enc "$TMP/layer-regulated.wav" 0 layer-regulated "Layer: regulated (slow breathing, loop)"

echo "make-audio.sh: wrote $OUT/{evening,choice,rupture,repair,drive,room,autumn}.ogg" \
     "and $OUT/layer-{regulated,activated,shutdown}.ogg"
