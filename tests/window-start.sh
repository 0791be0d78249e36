# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Sourced by the window tests inside their xvfb-run shell: start the game and
# wait for its window. Usage: start_window NAME_PATTERN LOG COMMAND [ARGS...]
# Sets $pid and $wid. A start that shows no window within 20 s prints what
# the display and the game said, and the game is started once more; a second
# start without a window fails the test. (Seen only while another test run
# used Xvfb on the same machine, e.g. in a chroot: X11's abstract sockets are
# shared, so two `xvfb-run -a` can take the same display number and the game
# opens its window on the other run's server. CTest's RESOURCE_LOCK keeps one
# run's window tests apart, not two runs'.)
start_window() {
    pattern=$1 log=$2
    shift 2
    for try in 1 2; do
        "$@" 2>>"$log" &
        pid=$!
        for i in $(seq 200); do
            wid=$(xdotool search --name "$pattern" 2>/dev/null | head -1)
            [ -n "$wid" ] && return 0
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        echo "start $try: no window (display: $(xdotool getdisplaygeometry 2>&1))"
        if kill -0 "$pid" 2>/dev/null; then echo "the game is running"; else echo "the game is not running"; fi
        echo "the game said:"
        tail -n 20 "$log"
        kill "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
    done
    exit 1
}
