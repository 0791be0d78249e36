#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# The stories a writer starts from are clean: the one `attune new` makes
# passes check with no warning (summary "ok") and simulate under every
# strategy, and reaches all four endings, one of them straight from a miss;
# the worked example of docs/writing-stories.md, saved as it is printed,
# passes check with no warning.
# Usage: writer-new.sh ATTUNE_BINARY SOURCE_DIR
set -eu
bin=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== attune new, then check: no warning"
"$bin" new first --dir "$tmp" >/dev/null
"$bin" check "$tmp/first" >"$tmp/check.out" 2>"$tmp/check.err"
cat "$tmp/check.out" "$tmp/check.err"
if grep -q "warning:" "$tmp/check.out"; then echo "new: the template warns"; exit 1; fi
grep -qx "$tmp/first: ok" "$tmp/check.err" || { echo "new: check's summary is not 'ok'"; exit 1; }

echo "== simulate --strategy all: every strategy, every teaching check"
"$bin" simulate "$tmp/first" --runs 300 --strategy all >"$tmp/sim.out"
cat "$tmp/sim.out"
if grep -q "FAIL" "$tmp/sim.out"; then echo "new: a teaching check fails"; exit 1; fi
grep -q "coverage: beats 8/8" "$tmp/sim.out" || { echo "new: a beat or ending is never reached"; exit 1; }
for strategy in random attune fix rescue dismiss enmesh withdraw mixed longest second-longest \
    middle second-shortest shortest apology cue-echo body first; do
    grep -q "^  $strategy " "$tmp/sim.out" || { echo "new: strategy $strategy not played"; exit 1; }
done
# The disconnected ending straight from a miss is in the template, and passes.
grep -q 'kind = "withdraw", next = "end-apart"' "$tmp/first/story.lua" ||
    { echo "new: no miss leads straight to an ending"; exit 1; }

echo "== the worked example of docs/writing-stories.md"
mkdir "$tmp/maths-sheet"
awk '/^## A worked example/ { f = 1 } f && /^```lua/ { g = 1; next } g && /^```/ { exit } g { print }' \
    "$src/docs/writing-stories.md" >"$tmp/maths-sheet/story.lua"
test -s "$tmp/maths-sheet/story.lua"
"$bin" check "$tmp/maths-sheet" >"$tmp/ex.out" 2>"$tmp/ex.err"
cat "$tmp/ex.out" "$tmp/ex.err"
if grep -q "warning:" "$tmp/ex.out"; then echo "docs: the worked example warns"; exit 1; fi
grep -qx "$tmp/maths-sheet: ok" "$tmp/ex.err" || { echo "docs: the worked example does not pass check"; exit 1; }
echo "writer-new: ok"
