#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Usage: no-escape.sh CODE [--input TEXT] COMMAND [ARGS...]
# Runs COMMAND (TEXT, with printf escapes, on its standard input; else none),
# prints its output, and fails unless it exits with CODE and nothing it wrote
# to stdout or stderr holds a raw control character a terminal acts on: C0
# but tab and newline, DEL, or a C1 control (raw 0x80..0x9f bytes count only
# as part of U+0080..U+009F, "\302\200".."\302\237"). A story's text must
# reach the terminal escaped ("\x1b"), whatever the story holds.
want=$1; shift
input=
if [ "$1" = "--input" ]; then input=$2; shift 2; fi
out=$(mktemp) || exit 1
trap 'rm -f "$out"' EXIT
printf "$input" | "$@" >"$out" 2>&1
got=$?
cat "$out"
if [ "$got" -ne "$want" ]; then
  echo "no-escape: '$*' exited $got, expected $want" >&2
  exit 1
fi
c0=$(LC_ALL=C tr -d -c '\000-\010\013-\037\177' <"$out" | wc -c)
c1=$(LC_ALL=C grep -c "$(printf '\302')[$(printf '\200')-$(printf '\237')]" "$out")
if [ "$c0" -ne 0 ] || [ "$c1" -ne 0 ]; then
  echo "no-escape: '$*' wrote $c0 raw control byte(s) and $c1 line(s) with a C1 control" >&2
  exit 1
fi
exit 0
