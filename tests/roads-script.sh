#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# An input script chooses answers by id and by kind (`choose`), headless,
# through the real game loop: a miss, its repair by id, an attuned answer by
# kind, to the ending; then a `choose` that names nothing ends the game with
# status 3 and says what the beat offers.
# Usage: roads-script.sh ATTUNE_BINARY STORY_DIR
set -eu
bin=$1
story=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME="$tmp/xdg" SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
fail() { echo "roads-script: $*"; cat "$tmp/log"; exit 1; }

cat > "$tmp/good" <<'SCRIPT'
expect guide
key Return
expect beat
choose kitchen:cheer
expect feedback
key Return
choose mend
expect feedback
key Return
choose calm:attune
expect feedback
key Return
expect ending
quit
SCRIPT
"$bin" play "$story" --size 800x450 --input-script "$tmp/good" 2>"$tmp/log" || fail "the game failed"
[ "$(grep -c "script: screen feedback" "$tmp/log")" -eq 3 ] || fail "three answers were not chosen"
grep -q "script: screen ending" "$tmp/log" || fail "the ending was not reached"
# the save holds the answers chosen, by their ids
grep -rqs "cheer" "$tmp/xdg" || fail "the autosave does not hold 'cheer'"

cat > "$tmp/bad" <<'SCRIPT'
expect beat
choose kitchen:fix
quit
SCRIPT
rm -rf "$tmp/xdg"/Attune/attune/autosave* 2>/dev/null || true
set +e
"$bin" play "$story" --order authored --size 800x450 --input-script "$tmp/bad" 2>"$tmp/log"
rc=$?
set -e
[ "$rc" -eq 3 ] || fail "an ambiguous choose exited $rc, not 3"
grep -q "script: choose kitchen:fix: 2 answers at beat 'kitchen' are fix (kitchen.2, cheer)" "$tmp/log" ||
    fail "no clear message for an ambiguous choose"
echo "roads-script: ok"
