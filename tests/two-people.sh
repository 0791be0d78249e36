#!/bin/bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Two people on stage, as a writer meets it: the fixture passes check and
# simulate with the per-person checks; play --text shows both meters, whom
# each answer is to and taking sides; a broken two-person story gets each
# mistake at its line; the screens draw at two sizes.
# Usage: two-people.sh ATTUNE FIXTURES_DIR
set -euo pipefail
attune=$1
story=$2/stories/two-people
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "two-people: $*" >&2; exit 1; }

out=$("$attune" check "$story" 2>&1)
[ "$out" = "$story: ok" ] || fail "check: $out"

"$attune" simulate "$story" --strategy all --runs 300 >"$tmp/sim" || { cat "$tmp/sim"; fail "simulate failed"; }
for want in "favour:maya" "favour:theo" "maya: on stage at" "theo: on stage at" \
    "ok    maya: a road with a miss with Maya and its repair" \
    "ok    a player who favours Theo"; do
    grep -qF "$want" "$tmp/sim" || { cat "$tmp/sim"; fail "simulate lacks '$want'"; }
done

printf '1\nq\n' | "$attune" play --text "$story" --order authored >"$tmp/play" 2>&1 || true
for want in "[Maya on edge · connection 62" "[Theo on edge · connection 62" "(to Maya) Maya, you're right" \
    "(to both) You both wanted" "Theo: Dismissing · a rupture opened · connection -12" \
    "   Theo: Nobody listens to me." "That took Maya's side"; do
    grep -qF "$want" "$tmp/play" || { cat "$tmp/play"; fail "play --text lacks '$want'"; }
done

# Mistakes a writer makes, each at its line.
mkdir "$tmp/bad"
cat >"$tmp/bad/story.lua" <<'LUA'
story { id = "bad", title = "Bad", start = "a", with = { "kid", "sib" }, connection = { kid = 50, x = 5 } }
character "kid" { name = "Kid" }
character "sib" { name = "Sib" }
beat "a" {
  present = { "kid", "ghost" },
  say = "Hello.",
  choices = {
    { "Hi.", kind = "attune", next = "b", inner = "Hi.", why = "Met." },
  },
}
beat "b" {
  say = "Again.",
  choices = {
    { "You.", kind = "attune", next = "end", inner = "x", why = "y" },
    { "Both.", to = "both", kind = "attune", other = "fix", next = "end", inner = "x", why = "y" },
  },
}
ending "end" { title = "End", verdict = "connected", text = "The end." }
LUA
"$attune" check "$tmp/bad" >"$tmp/bad.out" 2>&1 && fail "check passed a broken story"
for want in "story.lua:1: error: story.connection.x: not one of the people in with" \
    "story.lua:4: error: beat 'a': present names 'ghost', who is not one of with (kid, sib)" \
    "story.lua:14: error: beat 'b', choice 1: say whom it is to: to = \"kid\", \"sib\" or \"both\"" \
    "story.lua:15: error: beat 'b', choice 2: other = ... needs to = one of two people present"; do
    grep -qF "$want" "$tmp/bad.out" || { cat "$tmp/bad.out"; fail "check lacks '$want'"; }
done
sed -i 's/with = { "kid", "sib" }/with = { "kid", "nobody" }/' "$tmp/bad/story.lua"
"$attune" check "$tmp/bad" >"$tmp/bad2.out" 2>&1 || true
grep -qF "story.lua:1: error: with[2] = 'nobody' names no character" "$tmp/bad2.out" ||
    fail "check does not name the unknown person in with"

# The screens, drawn as the window would, at two sizes.
for size in 1280x720 640x360; do
    "$attune" render "$story" --order authored --choices 1 --feedback --size "$size" --out "$tmp/f-$size.png" >/dev/null
    [ -s "$tmp/f-$size.png" ] || fail "no picture at $size"
done
"$attune" render "$story" --path "cup:1,table:attune,stairs:attune,garden:fix,bath:attune_boundary,bed:attune" \
    --size 1280x720 --out "$tmp/end.png" | grep -qF "→ half" || fail "the road to the ending is not the one given"
echo "two-people: ok"
