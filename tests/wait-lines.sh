# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Sourced by the tests that read a running program's output (check-watch.sh,
# window-watch.sh). wait_lines FILE PATTERN COUNT waits, up to 120 s (the
# sanitizers, a busy machine), until PATTERN is on COUNT lines of FILE;
# calls the caller's `fail` if the program ($pid) ends first or time runs out.
wait_lines() {
    n=0
    while [ "$(grep -c -- "$2" "$1" || true)" -lt "$3" ]; do
        kill -0 "$pid" 2>/dev/null || fail "it ended while waiting for '$2'"
        n=$((n + 1))
        [ $n -gt 1200 ] && fail "no '$2' (x$3) within 120 s"
        sleep 0.1
    done
}
