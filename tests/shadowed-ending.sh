#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# An ending shadowed by an earlier one of its verdict (both without a when)
# is never chosen by to_ending(): check warns that it cannot be reached, and
# why. The story is `attune new`'s template with one more disconnected ending.
# Usage: shadowed-ending.sh ATTUNE_BINARY
set -eu
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" new shadowed --dir "$tmp" >/dev/null
printf '\nending "end-walkout" { title = "Walkout", verdict = "disconnected",\n  text = "Nobody gets here." }\n' \
    >> "$tmp/shadowed/story.lua"
"$bin" check "$tmp/shadowed" 2>&1
