#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# The manual page is clean roff (no groff warning) and tells everything the
# help does: every command of `attune --help`, and every option of it and of
# each `attune COMMAND --help`.
# Usage: man-page.sh ATTUNE_BINARY MAN_PAGE
set -eu
bin=$1 page=$2
command -v groff >/dev/null 2>&1 || { echo "skip: no groff"; exit 77; }
warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
[ -z "$warnings" ] || { echo "$warnings"; echo "man-page: groff warns"; exit 1; }
# The page as a reader sees it, as plain text on long lines.
text=$(groff -man -Tascii -P-cbou -rLL=250n "$page" 2>/dev/null)
missing=0
lack() { echo "man-page: $1"; missing=1; }

# The first word of each line under "Commands:" in the help, but "(none)".
commands=$("$bin" --help | sed -n '/^Commands:/,/^$/p' |
           awk 'NR > 1 && $1 ~ /^[a-z]/ {print $1}' | sort -u)
[ -n "$commands" ] || { echo "man-page: no commands found in attune --help"; exit 1; }
for c in $commands; do
    echo "$text" | grep -q "^ *attune $c" || lack "command '$c' is not in the synopsis"
    echo "$text" | grep -q "^ *$c\( \|$\)" || lack "command '$c' is not described"
done

options=$( { "$bin" --help; for c in $commands; do "$bin" "$c" --help; done; } |
           grep -o -- '--[a-z][a-z-]*' | sort -u)
for o in $options -h; do
    echo "$text" | grep -q -- "$o\([^a-z-]\|$\)" || lack "option '$o' is not described"
done
[ "$missing" = 0 ] || exit 1
echo "man-page: ok ($(echo $commands | wc -w) commands, $(echo $options | wc -w) options)"
