#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# `attune check --watch`: a report at the start, another after each save
# (here a touch, then a broken file, then the fix), until it is killed.
# Each step waits for the report, never for a fixed time.
# Usage: check-watch.sh ATTUNE_BINARY STORY_DIR
set -u
bin=$1
tmp=$(mktemp -d)
pid=
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
cp -r "$2" "$tmp/watch"
out="$tmp/out.txt"
: >"$out"
"$bin" check --watch "$tmp/watch" >"$out" 2>&1 &
pid=$!
fail() {
    echo "check-watch: $1"
    echo "--- what it printed:"
    cat "$out"
    exit 1
}
. "$(dirname "$0")/wait-lines.sh"
waitfor() { wait_lines "$out" "$1" "$2"; }
waitfor "^== 0 errors, 0 warnings; teaching checks: [0-9]* of [0-9]* pass" 1
grep -q "^coverage: beats " "$out" || fail "no coverage in the report"

touch "$tmp/watch/story.lua"
waitfor "^== .* check 2 of .*, after saving story.lua" 1
waitfor "^== 0 errors" 2

cp "$tmp/watch/story.lua" "$tmp/good.lua"
sed -i 's/next = "why"/next = "wyh"/' "$tmp/watch/story.lua"
waitfor "^== [1-9][0-9]* errors\?, " 1
grep -q "watch/story.lua:[0-9]*: error: .*wyh" "$out" || fail "the broken next is not named with file:line"

cp "$tmp/good.lua" "$tmp/watch/story.lua"
waitfor "^== 0 errors" 3
kill -TERM "$pid" # (SIGINT: ignored by a job the shell started in the background)
wait "$pid"
pid=
grep -c "^== .* check [0-9]* of " "$out" | grep -qx 4 || fail "not one report per save"
echo "check-watch: ok ($(grep -c '^== .* check [0-9]* of ' "$out") reports)"
