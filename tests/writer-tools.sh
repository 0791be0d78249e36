#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# The writer's tools as a writer uses them: a new story from the template
# passes check and plays in the terminal; a story plays to an ending from
# piped answers; the graph renders with Graphviz.
# Usage: writer-tools.sh ATTUNE_BINARY STORY_DIR
set -eu
bin=$1
story=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== attune new"
"$bin" new my-first-story --dir "$tmp"
test -f "$tmp/my-first-story/story.lua"
test -f "$tmp/my-first-story/.luarc.json"
"$bin" check "$tmp/my-first-story"
if "$bin" new my-first-story --dir "$tmp" 2>/dev/null; then
    echo "new: a second story with the same id was not refused"; exit 1
fi
if "$bin" new "Bad Id" --dir "$tmp" 2>/dev/null; then
    echo "new: an id with spaces was not refused"; exit 1
fi

echo "== attune play --text (the new story, answers piped in)"
out=$(printf '1\n1\n1\n1\n1\n1\n' | "$bin" play --text "$tmp/my-first-story")
echo "$out" | tail -n 12
echo "$out" | grep -q "ending) ==" || { echo "play --text: no ending reached"; exit 1; }
echo "$out" | grep -q "Debrief:" || { echo "play --text: no debrief"; exit 1; }

echo "== attune play --text (the shipped story, answers 1 to 5 in turn)"
out=$(for i in $(seq 40); do printf '1\n2\n3\n4\n5\n'; done | "$bin" play --text "$story" --seed 4)
echo "$out" | grep -q "ending) ==" || { echo "play --text: the story did not end"; exit 1; }
echo "$out" | grep -q "connection" || { echo "play --text: no meters shown"; exit 1; }
out=$(printf 'x\n99\nq\n' | "$bin" play --text "$story")
echo "$out" | grep -q "Type a number from 1 to" || { echo "play --text: bad input not explained"; exit 1; }

echo "== attune graph | dot"
"$bin" graph "$story" > "$tmp/story.dot"
grep -q "doubleoctagon" "$tmp/story.dot"
grep -q "repair" "$tmp/story.dot"
if command -v dot >/dev/null 2>&1; then
    dot -Tsvg "$tmp/story.dot" > "$tmp/story.svg"
    grep -q "<svg" "$tmp/story.svg"
    echo "graph: rendered $(wc -c < "$tmp/story.svg") bytes of SVG"
else
    echo "graph: Graphviz not installed; the DOT was not rendered"
fi
echo "writer-tools: ok"
