#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Set up, build, and open the game. Extra arguments go to the game
# (e.g. tools/run.sh --fullscreen).
set -eu
cd "$(dirname "$0")/.."
tools/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATTUNE_TESTS=OFF >/dev/null
cmake --build build -j "$(nproc)" --target attune
exec ./build/attune "$@"
