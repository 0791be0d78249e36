#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Usage: expect-exit.sh CODE [--file PATH] COMMAND [ARGS...]
# Runs COMMAND, prints its output, and fails unless it exits with CODE (and,
# with --file, unless PATH exists and is not empty afterwards).
want=$1; shift
file=
if [ "$1" = "--file" ]; then file=$2; shift 2; rm -f "$file"; fi
"$@" 2>&1
got=$?
if [ "$got" -ne "$want" ]; then
  echo "expect-exit: '$*' exited $got, expected $want" >&2
  exit 1
fi
if [ -n "$file" ] && [ ! -s "$file" ]; then
  echo "expect-exit: '$file' was not written" >&2
  exit 1
fi
exit 0
