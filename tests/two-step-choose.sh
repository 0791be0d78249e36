#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# An input script's `choose` chooses on a beat shown in two steps (175 %
# text: the line, then the answers) as on any other: the feedback follows.
# Usage: two-step-choose.sh ATTUNE_BINARY
set -eu
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/Attune/attune"
printf 'text_size = 175%%\nguide_seen = on\n' > "$tmp/Attune/attune/settings.txt"
printf 'expect beat\nchoose 1\nwait 300\nexpect feedback\nquit\n' > "$tmp/script"
XDG_DATA_HOME=$tmp "$bin" play safe-here --size 1280x720 --input-script "$tmp/script"
echo "two-step-choose: ok"
